import type { AccessLogDraft } from '../shared/store-ports';
import type { Callback, Person } from './callback';
import type { CallbackDeps } from './callback-deps';

export type HolderView =
  { kind: 'holder'; callback: Callback } | { kind: 'shared'; callback: Callback } | { kind: 'not_found' };

/**
 * Decides what a user sees of a callback: the holder sees the citizen's data (and the reading is
 * written to the access log), everybody else the shared card without it.
 */
export async function viewCallback(
  deps: CallbackDeps,
  callbackId: string,
  viewer: Person,
): Promise<HolderView> {
  const callback = await deps.store.callbacks.getCallback(callbackId);
  return callback ? viewLoadedCallback(deps, callback, viewer) : { kind: 'not_found' };
}

/** The same decision for a callback the caller has just loaded or saved. */
export async function viewLoadedCallback(
  deps: CallbackDeps,
  callback: Callback,
  viewer: Person,
): Promise<Exclude<HolderView, { kind: 'not_found' }>> {
  const read = holderRead(deps, callback, viewer, deps.now());
  if (!read) return { kind: 'shared', callback };
  await deps.store.accessLog.logAccess(read);
  return { kind: 'holder', callback };
}

/**
 * The access-log line of the holder seeing the citizen's data, or null when `viewer` gets the
 * shared card. A change that shows the holder card at once saves this line with the change.
 */
export function holderRead(
  deps: Pick<CallbackDeps, 'citizenKey'>,
  callback: Callback,
  viewer: Person,
  at: Date,
): AccessLogDraft | null {
  const isHolder = callback.status === 'claimed' && callback.holder?.id === viewer.id;
  if (!isHolder || !callback.citizen) return null;
  return {
    at,
    user: viewer,
    action: 'read',
    callbackId: callback.id,
    citizenKey: deps.citizenKey(callback.citizen.phone),
    details: { what: 'holder_card', reference: callback.reference },
  };
}

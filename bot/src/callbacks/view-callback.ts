import type { AccessLogDraft } from '../access-log/access-log-store';
import type { Callback, Person } from './callback';
import type { CallbackDeps } from './callback-deps';
import { centerMember } from './center-member';

export type HolderView =
  | { kind: 'holder'; callback: Callback }
  | { kind: 'shared'; callback: Callback }
  /** The holder on record is no longer a member of the center's team: no citizen data. */
  | { kind: 'not_member'; callback: Callback }
  | { kind: 'not_found' };

/**
 * Decides what a user sees of a callback, e.g. when Teams refreshes a card by itself: the holder
 * sees the citizen's data (and the reading is written to the access log) while Teams says they
 * are a member of the center's team, as for every action; everybody else the shared card.
 */
export async function viewCallback(
  deps: CallbackDeps,
  callbackId: string,
  viewer: Person & { teamsUserId?: string },
  signal?: AbortSignal,
): Promise<HolderView> {
  const callback = await deps.store.callbacks.getCallback(callbackId);
  if (!callback) return { kind: 'not_found' };
  if (holderRead(deps, callback, viewer, deps.now())) {
    if (!(await centerMember(deps, callback, viewer, 'holder_card', signal)))
      return { kind: 'not_member', callback };
  }
  return viewLoadedCallback(deps, callback, viewer);
}

/**
 * The same decision for a callback the caller has just loaded or saved, after the caller has
 * checked the viewer's membership (as every action does).
 */
export async function viewLoadedCallback(
  deps: CallbackDeps,
  callback: Callback,
  viewer: Person,
): Promise<Extract<HolderView, { kind: 'holder' | 'shared' }>> {
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

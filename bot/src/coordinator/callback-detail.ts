import type { CitizenDetails } from '../callbacks/callback';
import { parseReference } from '../callbacks/reference';
import { AppError } from '../shared/errors';
import { canAccessCenter } from './roles';
import { detailOf, historyLineOf, type CallbackDetail, type HistoryLine } from './callback-views';
import type { StatsDeps, Viewer } from './stats-deps';
import { isCoordinator } from './viewer-scope';

export interface CallbackDetailView {
  callback: CallbackDetail;
  history: HistoryLine[];
  canSeePersonalData: boolean;
  citizen: CitizenDetails | null;
}

/**
 * One callback with its full history. The citizen's data is shown only to those who need it
 * (design §3): a coordinator, or the staff member who holds the callback now, as on the card in
 * Teams; every such view goes into the access log. A callback of another center is "not found":
 * the tab must not confirm it exists.
 */
export async function viewCallbackDetail(
  deps: StatsDeps,
  viewer: Viewer,
  idOrReference: string,
): Promise<CallbackDetailView> {
  const callback = parseReference(idOrReference)
    ? await deps.callbacks.getByReference(idOrReference)
    : await deps.callbacks.getCallback(idOrReference);
  if (!callback || !canAccessCenter(viewer, callback.centerCode)) {
    throw new AppError('CALLBACK_NOT_FOUND', `no visible callback ${idOrReference}`, { userId: viewer.id });
  }
  const holdsIt = callback.status === 'claimed' && callback.holder?.id === viewer.id;
  const canSeePersonalData = isCoordinator(viewer) || holdsIt;
  const history = await deps.callbacks.events(callback.id);
  const citizen = canSeePersonalData ? callback.citizen : null;
  if (citizen) {
    await deps.accessLog.logAccess({
      at: deps.now(),
      user: { id: viewer.id, name: viewer.name },
      action: 'read',
      callbackId: callback.id,
      citizenKey: deps.citizenKey(citizen.phone),
      details: { what: 'tab_detail', reference: callback.reference },
    });
  }
  return {
    callback: detailOf(callback, deps.now()),
    history: history.map(historyLineOf),
    canSeePersonalData,
    citizen,
  };
}

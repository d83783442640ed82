import type { CitizenDetails } from '../callbacks/callback';
import { detailOf, historyLineOf, type CallbackDetail, type HistoryLine } from './callback-views';
import { citizenRequest } from './citizen-request';
import { accessLogLines, type AccessLogLine } from './search-access-log';
import type { StatsDeps, Viewer } from './stats-deps';

interface CitizenCallback {
  callback: CallbackDetail;
  citizen: CitizenDetails;
  history: HistoryLine[];
}

export interface CitizenData {
  /** The number as stored (8 digits), whatever spelling was typed. */
  phone: string;
  callbacks: CitizenCallback[];
  /** Every access-log line about this citizen before this request, oldest first. */
  accessLog: AccessLogLine[];
}

/**
 * Everything held about a citizen, found by their phone number (GDPR art. 15): every callback
 * that still holds their data, with its history, and the access log about them. Coordinators
 * only; the look-up is itself written to the access log.
 */
export async function viewCitizenData(
  deps: StatsDeps,
  viewer: Viewer,
  typedPhone: string,
): Promise<CitizenData> {
  const { phone, citizenKey } = citizenRequest(deps, viewer, typedPhone, 'citizen_data');
  const now = deps.now();
  const found = await deps.callbacks.citizenCallbacks(phone);
  const callbacks: CitizenCallback[] = [];
  for (const callback of found) {
    if (!callback.citizen) continue;
    const history = await deps.callbacks.events(callback.id);
    callbacks.push({
      callback: detailOf(callback, now),
      citizen: callback.citizen,
      history: history.map(historyLineOf),
    });
  }
  const accessLog = await accessLogLines(deps, citizenKey);
  await deps.accessLog.logAccess({
    at: now,
    user: { id: viewer.id, name: viewer.name },
    action: callbacks.length > 0 ? 'read' : 'search',
    citizenKey,
    details: {
      what: 'citizen_data',
      callbacks: callbacks.length,
      ...(callbacks.length > 0 ? { reference: callbacks.map((c) => c.callback.reference).join(', ') } : {}),
    },
  });
  return { phone, callbacks, accessLog };
}

import type { Person } from '../callbacks/callback';
import { normalizeDanishPhone } from '../callbacks/phone';
import { AppError } from '../shared/errors';
import type { AccessAction, AccessLogEntry } from '../shared/store-ports';
import type { StatsDeps, Viewer } from './stats-deps';
import { isCoordinator } from './viewer-scope';

export interface AccessLogLine {
  at: Date;
  user: Person;
  action: AccessAction;
  reference: string | null;
  details: AccessLogEntry['details'];
}

/**
 * Everything logged about one citizen, found by their phone number (a citizen may ask who has
 * seen their data). Coordinators only; the search is itself an access and is logged.
 */
export async function searchAccessLog(
  deps: StatsDeps,
  viewer: Viewer,
  phone: string,
): Promise<{ entries: AccessLogLine[] }> {
  if (!isCoordinator(viewer)) {
    throw new AppError('FORBIDDEN', `user ${viewer.id} may not search the access log`, {
      reason: 'coordinators_only',
    });
  }
  const normalized = normalizeDanishPhone(phone);
  if (!normalized) throw new AppError('PHONE_INVALID', 'not a Danish phone number');
  const citizenKey = deps.citizenKey(normalized);
  const found = await deps.accessLog.accessLogFor(citizenKey);
  const references = new Map<string, string | null>();
  const referenceOf = async (entry: AccessLogEntry): Promise<string | null> => {
    const named = entry.details?.reference;
    if (typeof named === 'string') return named;
    if (!entry.callbackId) return null;
    if (!references.has(entry.callbackId)) {
      const callback = await deps.callbacks.getCallback(entry.callbackId);
      references.set(entry.callbackId, callback?.reference ?? null);
    }
    return references.get(entry.callbackId) ?? null;
  };
  const entries: AccessLogLine[] = [];
  for (const entry of found) {
    entries.push({
      at: entry.at,
      user: entry.user,
      action: entry.action,
      reference: await referenceOf(entry),
      details: entry.details,
    });
  }
  await deps.accessLog.logAccess({
    at: deps.now(),
    user: { id: viewer.id, name: viewer.name },
    action: 'search',
    citizenKey,
    details: { what: 'access_log_search', found: entries.length },
  });
  return { entries };
}

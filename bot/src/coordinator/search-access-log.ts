import type { Person } from '../callbacks/callback';
import type { AccessAction, AccessLogEntry } from '../access-log/access-log-store';
import type { StatsDeps, Viewer } from './stats-deps';
import { citizenRequest } from './citizen-request';

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
  const { citizenKey } = citizenRequest(deps, viewer, phone, 'access_log');
  const entries = await accessLogLines(deps, citizenKey);
  await deps.accessLog.logAccess({
    at: deps.now(),
    user: { id: viewer.id, name: viewer.name },
    action: 'search',
    citizenKey,
    details: { what: 'access_log_search', found: entries.length },
  });
  return { entries };
}

/** The access-log lines about one citizen, oldest first, each with the callback's reference. */
export async function accessLogLines(deps: StatsDeps, citizenKey: string): Promise<AccessLogLine[]> {
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
  const lines: AccessLogLine[] = [];
  for (const entry of found) {
    lines.push({
      at: entry.at,
      user: entry.user,
      action: entry.action,
      reference: await referenceOf(entry),
      details: entry.details,
    });
  }
  return lines;
}

import type { Callback } from '../callbacks/callback';
import { cleanLine } from '../callbacks/clean-text';
import { normalizeTypedPhone } from '../callbacks/phone';
import { AppError } from '../shared/errors';
import type { NewAccessLogEntry } from '../access-log/access-log-store';
import type { StatsDeps, Viewer } from './stats-deps';
import { isCoordinator } from './viewer-scope';

/** Only digits and what people put between them: a (part of a) phone number. */
const phoneLike = /^[\d\s+().\-\u2010-\u2015/]+$/;

/**
 * What a search by the citizen's data looks for, for coordinators only (need to know, design §3).
 * A phone number is matched as stored (8 digits), however it was typed; part of one by its digits.
 */
export function citizenSearchText(viewer: Viewer, typed: string | undefined): string | undefined {
  const cleaned = cleanLine(typed ?? '');
  if (!cleaned) return undefined;
  if (!isCoordinator(viewer)) {
    throw new AppError('FORBIDDEN', `user ${viewer.id} may not search by a citizen's data`, {
      reason: 'citizen_search',
    });
  }
  if (!phoneLike.test(cleaned) || !/\d/.test(cleaned)) return cleaned;
  return normalizeTypedPhone(cleaned) ?? cleaned.replace(/\D/g, '');
}

/**
 * Every callback a search by the citizen's data found is an access to that citizen's data,
 * logged under them (not the search text, which is itself personal data); a search that found
 * nothing is logged without a citizen.
 */
export async function logCitizenSearch(
  deps: StatsDeps,
  viewer: Viewer,
  found: readonly Callback[],
): Promise<void> {
  const at = deps.now();
  const user = { id: viewer.id, name: viewer.name };
  const lines: NewAccessLogEntry[] = found.map((c) => ({
    at,
    user,
    action: 'search',
    callbackId: c.id,
    citizenKey: c.citizen ? deps.citizenKey(c.citizen.phone) : null,
    details: { what: 'tab_citizen_search', reference: c.reference },
  }));
  await deps.accessLog.logAccesses(
    lines.length > 0
      ? lines
      : [
          {
            at,
            user,
            action: 'search',
            callbackId: null,
            citizenKey: null,
            details: { what: 'tab_citizen_search', found: 0 },
          },
        ],
  );
}

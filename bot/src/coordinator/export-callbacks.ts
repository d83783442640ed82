import type { Callback } from '../callbacks/callback';
import { AppError } from '../shared/errors';
import type { NewAccessLogEntry } from '../access-log/access-log-store';
import { logCitizenSearch } from './citizen-search';
import { filterFor, type CallbackQuery } from './list-callbacks';
import type { StatsDeps, Viewer } from './stats-deps';
import { isCoordinator } from './viewer-scope';

/** An export is for a follow-up meeting, not a copy of the database. */
const maxExportRows = 50_000;
const page = 5_000;

export interface CallbackExport {
  callbacks: Callback[];
  personal: boolean;
  /** More callbacks matched than an export holds. */
  truncated: boolean;
}

/**
 * The filtered list for a spreadsheet. Personal data goes in only when asked for, and only for
 * coordinators: a file of many citizens' names and numbers is a bigger risk than one callback
 * on screen, so center staff export without it. Every export is logged; with personal data,
 * once per citizen, so that a citizen's access-log search shows it.
 */
export async function exportCallbacks(
  deps: StatsDeps,
  viewer: Viewer,
  query: CallbackQuery,
  personal: boolean,
): Promise<CallbackExport> {
  if (personal && !isCoordinator(viewer)) {
    throw new AppError('FORBIDDEN', `user ${viewer.id} may not export personal data`, {
      reason: 'personal_export',
    });
  }
  const filter = filterFor(deps, viewer, query);
  const callbacks: Callback[] = [];
  let total = 0;
  for (let offset = 0; offset < maxExportRows; offset += page) {
    const found = await deps.stats.findCallbacks({
      ...filter,
      limit: Math.min(page, maxExportRows - offset),
      offset,
    });
    total = found.total;
    callbacks.push(...found.items);
    if (found.items.length < page) break;
  }
  if (filter.citizenText) await logCitizenSearch(deps, viewer, callbacks);
  const at = deps.now();
  const user = { id: viewer.id, name: viewer.name };
  const perCitizen: NewAccessLogEntry[] = personal
    ? callbacks.flatMap((c) =>
        c.citizen
          ? [
              {
                at,
                user,
                action: 'export' as const,
                callbackId: c.id,
                citizenKey: deps.citizenKey(c.citizen.phone),
                details: { what: 'csv_export', reference: c.reference },
              },
            ]
          : [],
      )
    : [];
  await deps.accessLog.logAccesses([
    {
      at,
      user,
      action: 'export',
      callbackId: null,
      citizenKey: null,
      details: {
        what: 'csv_export',
        personal,
        rows: callbacks.length,
        centers: filter.centerCodes.join(','),
      },
    },
    ...perCitizen,
  ]);
  return { callbacks, personal, truncated: total > callbacks.length };
}

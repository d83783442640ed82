import { randomUUID } from 'node:crypto';
import { AppError } from '../shared/errors';
import type { AccessLogDraft } from '../access-log/access-log-store';
import type { Person } from './callback';
import type { ErasedCallback } from './callback-store';
import type { CallbackDeps } from './callback-deps';
import { journalEvent, journalFields, keyCheckInput, type ErasureJournalEntry } from './erasure-journal';
import { eraseOnRequest } from './erasure-on-request';

export interface CitizenErasureResult {
  /** References of the callbacks whose citizen's data was erased. */
  references: string[];
  /** Of those, how many were open or held and are now closed ("slettet efter anmodning"). */
  closed: number;
  journal: ErasureJournalEntry | null;
}

/** Enough tries to get past a colleague acting on one of the callbacks at the same moment. */
const maxTries = 5;

/**
 * Erases everything held about a citizen, found by their (normalized) phone number: name, phone
 * and description of every callback that still holds them, with the request itself in the access
 * log and the erasure journal. Access-log lines already written stay: they hold a keyed hash,
 * not the number. `replay` makes an erasure again after a backup was restored: only callbacks
 * booked before the original request, journalled under the original entry.
 */
export async function eraseCitizen(
  deps: Pick<CallbackDeps, 'store' | 'citizenKey' | 'now' | 'logger' | 'outboxChanged'>,
  phone: string,
  by: Person,
  replay?: { id: string; at: Date },
): Promise<CitizenErasureResult> {
  const citizenKey = deps.citizenKey(phone);
  for (let attempt = 1; ; attempt++) {
    const now = deps.now();
    const found = await deps.store.callbacks.citizenCallbacks(phone);
    const changes = found
      .filter((c) => !replay || c.bookedAt < replay.at)
      .map((c) => eraseOnRequest(c, by, now, !replay));
    const references = changes.map((c) => c.callback.reference);
    const closed = changes.filter((c) => c.closed).length;
    const journal: ErasureJournalEntry | null =
      changes.length > 0
        ? {
            id: replay?.id ?? randomUUID(),
            at: replay?.at ?? now,
            reason: 'request',
            citizenKey,
            keyCheck: deps.citizenKey(keyCheckInput),
            callbacks: changes.length,
          }
        : null;
    const saved = await deps.store.callbacks.eraseOnRequest({
      changes,
      accessLog: [requestLine(by, now, citizenKey, changes, closed, replay !== undefined)],
      ...(journal ? { journal } : {}),
    });
    if (saved) {
      if (journal) deps.logger.info(journalEvent, journalFields(journal));
      deps.logger.info('citizen.erased', {
        callbacks: changes.length,
        closed,
        user: by.id,
        replay: !!replay,
      });
      if (closed > 0) deps.outboxChanged();
      return { references, closed, journal };
    }
    if (attempt >= maxTries) {
      deps.logger.warn('citizen.erasure_conflict', { user: by.id });
      throw new AppError('CALLBACK_VERSION_CONFLICT', 'the callbacks kept changing during the erasure');
    }
  }
}

function requestLine(
  by: Person,
  at: Date,
  citizenKey: string,
  changes: readonly ErasedCallback[],
  closed: number,
  replay: boolean,
): AccessLogDraft {
  return {
    at,
    user: by,
    action: 'delete',
    citizenKey,
    details: {
      what: replay ? 'citizen_erasure_replayed' : 'citizen_erasure',
      callbacks: changes.length,
      closed,
      ...(changes.length > 0 ? { reference: changes.map((c) => c.callback.reference).join(', ') } : {}),
    },
  };
}

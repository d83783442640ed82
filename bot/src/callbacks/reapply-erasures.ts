import { AppError } from '../shared/errors';
import type { CallbackDeps } from './callback-deps';
import { eraseCitizen } from './erase-citizen';
import { keyCheckInput, type ErasureJournalEntry } from './erasure-journal';

export type ReapplyDeps = Pick<CallbackDeps, 'store' | 'citizenKey' | 'now' | 'logger' | 'outboxChanged'>;

export interface ReapplyResult {
  /** Journal entries at or after `since` that were applied. */
  entries: number;
  /** Callbacks whose citizen's data was erased again. */
  callbacks: number;
}

/** Who the history and the access log name for an erasure made again after a restore. */
const restoreActor = { id: 'system', name: 'Sletning gentaget efter gendannelse' };

/**
 * After a backup is restored, makes again every erasure journalled at or after `since` (the
 * backup's time, or earlier: an erasure already in the backup finds nothing more to erase). A
 * retention entry erases by its cut-off; a request entry erases the callbacks, booked before the
 * request, whose phone number has the journalled keyed hash. Every entry is journalled in the
 * restored database too, so that a later restore has it. Refuses, before changing anything,
 * entries written with another ACCESS_LOG_KEY: with it no number would ever match.
 */
export async function reapplyErasures(
  deps: ReapplyDeps,
  journal: readonly ErasureJournalEntry[],
  since: Date,
): Promise<ReapplyResult> {
  const due = [...journal]
    .filter((e) => e.at >= since)
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
  const keyCheck = deps.citizenKey(keyCheckInput);
  const foreign = due.filter((e) => e.reason === 'request' && e.keyCheck !== keyCheck);
  if (foreign.length > 0) {
    throw new AppError(
      'CONFIG_INVALID',
      `ACCESS_LOG_KEY is not the key ${foreign.length} journal entries were written with (first: ${foreign[0]!.id}); set that key`,
      { entries: foreign.length },
    );
  }
  const latest = due.at(-1)?.at;
  const phoneOf = new Map<string, string>();
  if (latest) {
    for (const phone of await deps.store.callbacks.citizenPhones(latest))
      phoneOf.set(deps.citizenKey(phone), phone);
  }
  let callbacks = 0;
  for (const entry of due) {
    if (entry.reason === 'retention') {
      callbacks += await deps.store.callbacks.eraseCitizenData(entry.closedBefore, deps.now());
    } else {
      const phone = phoneOf.get(entry.citizenKey);
      if (phone) {
        const erased = await eraseCitizen(deps, phone, restoreActor, { id: entry.id, at: entry.at });
        callbacks += erased.references.length;
      }
    }
    await deps.store.erasures.record([entry]);
  }
  deps.logger.info('erasure.reapplied', { entries: due.length, callbacks, since: since.toISOString() });
  return { entries: due.length, callbacks };
}

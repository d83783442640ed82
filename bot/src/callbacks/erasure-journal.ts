/**
 * The erasure journal: what was erased and when, without the data itself, so that erasures made
 * after a backup can be made again in the restored database (docs/runbook.md). A citizen is
 * named only by the keyed hash of their phone number, as in the access log.
 */
export const erasureReasons = ['retention', 'request'] as const;
export type ErasureReason = (typeof erasureReasons)[number];

export type ErasureJournalEntry =
  | {
      id: string;
      at: Date;
      reason: 'retention';
      /** Callbacks finished before this time had their citizen's data erased. */
      closedBefore: Date;
      callbacks: number;
    }
  | {
      id: string;
      at: Date;
      reason: 'request';
      /** Keyed hash of the citizen's phone number (see citizen-key.ts). */
      citizenKey: string;
      callbacks: number;
    };

export interface ErasureJournalStore {
  /** Adds entries; one already journalled (same id) is left as it is. */
  record(entries: readonly ErasureJournalEntry[]): Promise<void>;
  /** Entries made at or after `since`, oldest first. */
  since(since: Date): Promise<ErasureJournalEntry[]>;
}

/** The journal entry as a log line: the copy of the journal that outlives a lost database. */
export function journalFields(entry: ErasureJournalEntry): Record<string, string | number> {
  const common = {
    id: entry.id,
    at: entry.at.toISOString(),
    reason: entry.reason,
    callbacks: entry.callbacks,
  };
  return entry.reason === 'request'
    ? { ...common, citizenKey: entry.citizenKey }
    : { ...common, closedBefore: entry.closedBefore.toISOString() };
}

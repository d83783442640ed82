import { z } from 'zod';

/**
 * The erasure journal: what was erased and when, without the data itself, so that erasures made
 * after a backup can be made again in the restored database (docs/runbook.md). A citizen is
 * named only by the keyed hash of their phone number, as in the access log.
 */
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
      /**
       * The same keyed hash of a fixed text: re-applying with another ACCESS_LOG_KEY would
       * silently match nobody, so it is refused when this differs.
       */
      keyCheck: string;
      callbacks: number;
    };

/** Hashed with the citizen key to tell whether two journals were written with the same key. */
export const keyCheckInput = 'erasure-journal key check';

export interface ErasureJournalStore {
  /** Adds entries; one already journalled (same id) is left as it is. */
  record(entries: readonly ErasureJournalEntry[]): Promise<void>;
  /** Entries made at or after `since`, oldest first. */
  since(since: Date): Promise<ErasureJournalEntry[]>;
}

export const journalEvent = 'erasure.journal';

/** The journal entry as a log line: the copy of the journal that outlives a lost database. */
export function journalFields(entry: ErasureJournalEntry): Record<string, string | number> {
  const common = {
    id: entry.id,
    at: entry.at.toISOString(),
    reason: entry.reason,
    callbacks: entry.callbacks,
  };
  return entry.reason === 'request'
    ? { ...common, citizenKey: entry.citizenKey, keyCheck: entry.keyCheck }
    : { ...common, closedBefore: entry.closedBefore.toISOString() };
}

const instant = z.iso.datetime({ offset: true }).transform((v) => new Date(v));
const lineSchema = z.discriminatedUnion('reason', [
  z.object({
    id: z.string().min(1).max(100),
    at: instant,
    reason: z.literal('retention'),
    closedBefore: instant,
    callbacks: z.number().int().min(0),
  }),
  z.object({
    id: z.string().min(1).max(100),
    at: instant,
    reason: z.literal('request'),
    citizenKey: z.string().regex(/^[0-9a-f]{16,64}$/),
    keyCheck: z.string().regex(/^[0-9a-f]{16,64}$/),
    callbacks: z.number().int().min(0),
  }),
]);

/**
 * One line of a journal file: the app's own log (any line; those of event `erasure.journal` are
 * entries) or `erasures export`. Returns null for other lines, a reason for a broken entry.
 */
export function parseJournalLine(line: string): ErasureJournalEntry | null | { invalid: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || (value as { event?: unknown }).event !== journalEvent) {
    return null;
  }
  const parsed = lineSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { invalid: `${issue.path.join('.') || 'linje'}: ${issue.message}` };
  }
  return parsed.data;
}

/** Counters for a later /metrics endpoint: totals and the same per kind of entry. */
export interface OutcomeCounts {
  delivered: number;
  retried: number;
  /** Given back to the outbox by the local rate limiter: not a failure. */
  deferred: number;
  dead: number;
}

export interface DispatcherMetrics extends OutcomeCounts {
  byKind: Record<string, OutcomeCounts>;
}

export type Outcome = keyof OutcomeCounts;

const zero = (): OutcomeCounts => ({ delivered: 0, retried: 0, deferred: 0, dead: 0 });

export function createMetrics() {
  const totals = zero();
  const byKind = new Map<string, OutcomeCounts>();
  return {
    count(kind: string, outcome: Outcome): void {
      totals[outcome] += 1;
      const counts = byKind.get(kind) ?? zero();
      counts[outcome] += 1;
      byKind.set(kind, counts);
    },
    /** A copy: callers may keep or serialise it without seeing later counts change. */
    snapshot(): DispatcherMetrics {
      return { ...totals, byKind: Object.fromEntries([...byKind].map(([k, c]) => [k, { ...c }])) };
    },
  };
}

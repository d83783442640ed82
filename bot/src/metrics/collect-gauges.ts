import { callbackStatuses } from '../callbacks/callback';
import type { CallbackStore } from '../callbacks/callback-store';
import type { DispatcherMetrics } from '../outbox/dispatcher-metrics';
import type { Logger } from '../shared/logger';
import type { OutboxStore } from '../shared/outbox-store';
import type { AppMetrics } from './app-metrics';

/** What the gauges are read from on each scrape; the composition root passes the real parts. */
export interface GaugeSources {
  callbacks: Pick<CallbackStore, 'countCallbacks'>;
  outbox: Pick<OutboxStore, 'backlog'>;
  dispatcher: { metrics(): DispatcherMetrics };
  knowledge: { guideCount(): number; problemCount(): number; loadedAt(): Date };
  now: () => Date;
  logger: Logger;
  /** Seconds the process has run; process.uptime by default. */
  uptime?: () => number;
  residentMemory?: () => number;
}

/**
 * Reads the current state into the gauges just before /metrics renders. Callback and outbox
 * numbers come from the database, so with several instances on one PostgreSQL every instance
 * reports the same totals: aggregate them with max(), not sum(). When the database does not
 * answer, those series are left out (rather than frozen at old values) and storage_up is 0.
 */
export function gaugeCollector(metrics: AppMetrics, sources: GaugeSources): () => Promise<void> {
  const uptime = sources.uptime ?? (() => process.uptime());
  const residentMemory = sources.residentMemory ?? (() => process.memoryUsage.rss());

  const fromStorage = async () => {
    const now = sources.now();
    const [counts, overdue, backlog] = await Promise.all([
      Promise.all(callbackStatuses.map((s) => sources.callbacks.countCallbacks({ statuses: [s] }))),
      sources.callbacks.countCallbacks({ overdueAt: now }),
      sources.outbox.backlog(now),
    ]);
    callbackStatuses.forEach((status, i) => metrics.callbacks.set({ status }, counts[i]!));
    metrics.callbacksOverdue.set({}, overdue);
    for (const state of ['pending', 'due', 'leased', 'dead'] as const)
      metrics.outboxEntries.set({ state }, backlog[state]);
    metrics.outboxOldestDueAge.set({}, (backlog.oldestDueAgeMs ?? 0) / 1000);
    metrics.outboxMaxAttempts.set({}, backlog.maxAttempts);
  };

  const storageGauges = [
    metrics.callbacks,
    metrics.callbacksOverdue,
    metrics.outboxEntries,
    metrics.outboxOldestDueAge,
    metrics.outboxMaxAttempts,
  ];

  return async () => {
    try {
      await fromStorage();
      metrics.storageUp.set({}, 1);
    } catch (error) {
      for (const g of storageGauges) g.clear();
      metrics.storageUp.set({}, 0);
      sources.logger.warn('metrics.storage_unavailable', { error });
    }

    const deliveries = sources.dispatcher.metrics();
    for (const [kind, counts] of Object.entries(deliveries.byKind)) {
      for (const [outcome, total] of Object.entries(counts)) {
        metrics.outboxDeliveries.setTotal({ kind, outcome }, total);
      }
    }
    metrics.remindersSent.setTotal({}, deliveries.byKind.reminder?.delivered ?? 0);
    metrics.escalationsSent.setTotal({}, deliveries.byKind.escalation?.delivered ?? 0);

    metrics.guidesLoaded.set({}, sources.knowledge.guideCount());
    metrics.guideProblems.set({}, sources.knowledge.problemCount());
    metrics.guidesLoadedAt.set({}, sources.knowledge.loadedAt().getTime() / 1000);
    metrics.uptime.set({}, uptime());
    metrics.residentMemory.set({}, residentMemory());
  };
}

/** The knowledge base as the collector reads it. */
export const knowledgeGauges = (knowledge: {
  current(): { all(): readonly unknown[] };
  problems: readonly unknown[];
  loadedAt: Date;
}): GaugeSources['knowledge'] => ({
  guideCount: () => knowledge.current().all().length,
  problemCount: () => knowledge.problems.length,
  loadedAt: () => knowledge.loadedAt,
});

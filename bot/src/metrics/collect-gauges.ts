import type { Counter } from 'prom-client';
import { callbackStatuses } from '../callbacks/callback';
import type { CallbackStore } from '../callbacks/callback-store';
import type { DispatcherMetrics } from '../outbox/dispatcher-metrics';
import type { Logger } from '../shared/logger';
import type { OutboxStore } from '../outbox/outbox-store';
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
}

/**
 * Reads the current state into the gauges just before /metrics renders. Callback and outbox
 * numbers come from the database, so with several instances on one PostgreSQL every instance
 * reports the same totals: aggregate them with max(), not sum(). When the database does not
 * answer, those series are left out (rather than frozen at old values) and storage_up is 0.
 */
export function gaugeCollector(metrics: AppMetrics, sources: GaugeSources): () => Promise<void> {
  const uptime = sources.uptime ?? (() => process.uptime());
  const deliveryTotals = totals(metrics.outboxDeliveries);
  const reminderTotals = totals(metrics.remindersSent);
  const escalationTotals = totals(metrics.escalationsSent);

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
    metrics.outboxOldestUndeliveredAge.set({}, (backlog.oldestUndeliveredAgeMs ?? 0) / 1000);
    metrics.outboxMaxAttempts.set({}, backlog.maxAttempts);
  };

  return async () => {
    try {
      await fromStorage();
      metrics.storageUp.set({}, 1);
      metrics.showStorageSeries(true);
    } catch (error) {
      metrics.storageUp.set({}, 0);
      metrics.showStorageSeries(false);
      sources.logger.warn('metrics.storage_unavailable', { error });
    }

    const deliveries = sources.dispatcher.metrics();
    for (const [kind, counts] of Object.entries(deliveries.byKind)) {
      for (const [outcome, total] of Object.entries(counts)) {
        deliveryTotals({ kind, outcome }, total);
      }
    }
    reminderTotals({}, deliveries.byKind.reminder?.delivered ?? 0);
    escalationTotals({}, deliveries.byKind.escalation?.delivered ?? 0);

    metrics.guidesLoaded.set({}, sources.knowledge.guideCount());
    metrics.guideProblems.set({}, sources.knowledge.problemCount());
    metrics.guidesLoadedAt.set({}, sources.knowledge.loadedAt().getTime() / 1000);
    metrics.uptime.set({}, uptime());
  };
}

/**
 * For totals counted elsewhere (the dispatcher counts its deliveries) and copied on each scrape:
 * the counter goes up by what was added since the last scrape.
 */
function totals(counter: Counter): (labels: Record<string, string>, total: number) => void {
  const copied = new Map<string, number>();
  return (labels, total) => {
    const key = JSON.stringify(labels);
    const added = total - (copied.get(key) ?? 0);
    if (added > 0) counter.inc(labels, added);
    copied.set(key, Math.max(total, copied.get(key) ?? 0));
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

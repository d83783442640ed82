import type { CallbackFilter } from '../../bot/src/callbacks/callback-store';
import type { DispatcherMetrics } from '../../bot/src/outbox/dispatcher-metrics';
import { createMetrics } from '../../bot/src/metrics/app-metrics';
import { gaugeCollector, type GaugeSources } from '../../bot/src/metrics/collect-gauges';
import type { OutboxBacklog } from '../../bot/src/outbox/outbox-store';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import { parseExposition, valueOf } from './parse-exposition';

const now = new Date('2026-11-27T09:30:00Z');
const byStatus: Record<string, number> = { open: 5, claimed: 2, closed: 40, moved: 1 };
const backlog: OutboxBacklog = {
  pending: 7,
  due: 3,
  leased: 1,
  dead: 2,
  oldestUndeliveredAgeMs: 90_000,
  maxAttempts: 6,
};
const deliveries: DispatcherMetrics = {
  delivered: 12,
  retried: 4,
  deferred: 1,
  dead: 2,
  byKind: {
    post_callback: { delivered: 6, retried: 4, deferred: 1, dead: 2 },
    reminder: { delivered: 5, retried: 0, deferred: 0, dead: 0 },
    escalation: { delivered: 1, retried: 0, deferred: 0, dead: 0 },
  },
};

function sources(overrides: Partial<GaugeSources> = {}): GaugeSources {
  return {
    callbacks: {
      countCallbacks: async (filter: CallbackFilter) =>
        filter.overdueAt ? 3 : (filter.statuses ?? []).reduce((n, s) => n + (byStatus[s] ?? 0), 0),
    },
    outbox: { backlog: async () => backlog },
    dispatcher: { metrics: () => deliveries },
    knowledge: { guideCount: () => 63, problemCount: () => 2, loadedAt: () => now },
    now: () => now,
    logger: createMemoryLogger(),
    uptime: () => 120,
    ...overrides,
  };
}

async function scrape(s: GaugeSources) {
  const metrics = createMetrics();
  await gaugeCollector(metrics, s)();
  return parseExposition(await metrics.render()).samples;
}

describe('what the gauges say on a scrape', () => {
  test.each([
    ['kontaktcenter_callbacks', { status: 'open' }, 5],
    ['kontaktcenter_callbacks', { status: 'claimed' }, 2],
    ['kontaktcenter_callbacks', { status: 'closed' }, 40],
    ['kontaktcenter_callbacks_overdue', {}, 3],
    ['kontaktcenter_outbox_entries', { state: 'due' }, 3],
    ['kontaktcenter_outbox_entries', { state: 'dead' }, 2],
    ['kontaktcenter_outbox_oldest_undelivered_age_seconds', {}, 90],
    ['kontaktcenter_outbox_max_attempts', {}, 6],
    ['kontaktcenter_outbox_deliveries_total', { kind: 'post_callback', outcome: 'retried' }, 4],
    ['kontaktcenter_reminders_sent_total', {}, 5],
    ['kontaktcenter_escalations_sent_total', {}, 1],
    ['kontaktcenter_guides_loaded', {}, 63],
    ['kontaktcenter_guide_problems', {}, 2],
    ['kontaktcenter_storage_up', {}, 1],
    ['kontaktcenter_process_uptime_seconds', {}, 120],
  ])('%s %j is %d', async (name, labels, expected) => {
    expect(valueOf(await scrape(sources()), name, labels)).toBe(expected);
  });

  test('nothing undelivered: the oldest undelivered age is 0, not missing', async () => {
    const samples = await scrape(
      sources({
        outbox: { backlog: async () => ({ ...backlog, pending: 0, due: 0, oldestUndeliveredAgeMs: null }) },
      }),
    );
    expect(valueOf(samples, 'kontaktcenter_outbox_oldest_undelivered_age_seconds')).toBe(0);
  });

  test('database down: storage_up is 0, no stale database numbers, the rest still reported', async () => {
    const logger = createMemoryLogger();
    const down = async () => {
      throw new Error('connection refused');
    };
    const samples = await scrape(
      sources({ callbacks: { countCallbacks: down }, outbox: { backlog: down }, logger }),
    );
    expect(valueOf(samples, 'kontaktcenter_storage_up')).toBe(0);
    expect(samples.filter((s) => s.name.startsWith('kontaktcenter_callbacks'))).toEqual([]);
    expect(samples.filter((s) => s.name.startsWith('kontaktcenter_outbox_entries'))).toEqual([]);
    expect(valueOf(samples, 'kontaktcenter_reminders_sent_total')).toBe(5);
    expect(valueOf(samples, 'kontaktcenter_guides_loaded')).toBe(63);
    expect(logger.lines.map((l) => l.event)).toContain('metrics.storage_unavailable');
  });

  test('the database coming back restores the series', async () => {
    const metrics = createMetrics();
    let up = false;
    const collect = gaugeCollector(
      metrics,
      sources({
        outbox: {
          backlog: async () => {
            if (!up) throw new Error('down');
            return backlog;
          },
        },
      }),
    );
    await collect();
    up = true;
    await collect();
    const samples = parseExposition(await metrics.render()).samples;
    expect(valueOf(samples, 'kontaktcenter_storage_up')).toBe(1);
    expect(valueOf(samples, 'kontaktcenter_outbox_entries', { state: 'pending' })).toBe(7);
  });
});

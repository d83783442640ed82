import type { Counter, Gauge, Histogram } from './instruments';
import { createRegistry, type MetricsRegistry } from './registry';

/**
 * Every series the product exposes on GET /metrics, named once here. docs/runbook.md explains
 * the alerts built on them; rename nothing without updating it and the dashboards.
 */
export interface AppMetrics {
  registry: MetricsRegistry;
  httpRequests: Counter;
  httpDuration: Histogram;
  searchDuration: Histogram;
  searches: Counter;
  callbacks: Gauge;
  callbacksOverdue: Gauge;
  outboxEntries: Gauge;
  outboxOldestDueAge: Gauge;
  outboxMaxAttempts: Gauge;
  outboxDeliveries: Counter;
  remindersSent: Counter;
  escalationsSent: Counter;
  teamsThrottled: Counter;
  guidesLoaded: Gauge;
  guideProblems: Gauge;
  guidesLoadedAt: Gauge;
  storageUp: Gauge;
  uptime: Gauge;
  residentMemory: Gauge;
}

const prefix = 'kontaktcenter_';

/** A bot turn includes the replies sent to Teams, so it runs from tens of ms to seconds. */
const requestBuckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** A search runs in memory: well under 50 ms is expected, 250 ms is a problem. */
const searchBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

export function createMetrics(registry: MetricsRegistry = createRegistry()): AppMetrics {
  const counter = (name: string, help: string, labelNames: string[] = []) =>
    registry.counter({ name: prefix + name, help, labelNames });
  const gauge = (name: string, help: string, labelNames: string[] = []) =>
    registry.gauge({ name: prefix + name, help, labelNames });

  const metrics: AppMetrics = {
    registry,
    httpRequests: counter('http_requests_total', 'HTTP requests answered, by route pattern and status.', [
      'method',
      'route',
      'status',
    ]),
    httpDuration: registry.histogram({
      name: prefix + 'http_request_duration_seconds',
      help: 'Time to answer an HTTP request; for /api/messages this is one bot turn.',
      labelNames: ['method', 'route'],
      buckets: requestBuckets,
    }),
    searchDuration: registry.histogram({
      name: prefix + 'guide_search_duration_seconds',
      help: 'Time of one guide search in the loaded catalog.',
      buckets: searchBuckets,
    }),
    searches: counter('guide_searches_total', 'Guide searches, by whether anything was found.', ['result']),
    callbacks: gauge('callbacks', 'Callbacks in storage, by status.', ['status']),
    callbacksOverdue: gauge('callbacks_overdue', 'Open or claimed callbacks past their deadline.'),
    outboxEntries: gauge('outbox_entries', 'Outbox entries: pending, due now, leased, dead.', ['state']),
    outboxOldestDueAge: gauge(
      'outbox_oldest_due_age_seconds',
      'How long the oldest due outbox entry has waited; 0 when nothing is due.',
    ),
    outboxMaxAttempts: gauge(
      'outbox_max_attempts',
      'The most delivery attempts among pending outbox entries.',
    ),
    outboxDeliveries: counter(
      'outbox_deliveries_total',
      'Outbox deliveries by this instance, by kind and outcome (delivered, retried, deferred, dead).',
      ['kind', 'outcome'],
    ),
    remindersSent: counter('reminders_sent_total', 'Deadline reminders delivered to center channels.'),
    escalationsSent: counter('escalations_sent_total', 'Overdue escalations delivered to the coordinators.'),
    teamsThrottled: counter(
      'teams_throttled_total',
      'Sends held back for rate limits: source "teams" is a 429 from Teams, "local" the own limiter.',
      ['source'],
    ),
    guidesLoaded: gauge('guides_loaded', 'Guides in the catalog in use.'),
    guideProblems: gauge('guide_problems', 'Guide files skipped at the last load because they are invalid.'),
    guidesLoadedAt: gauge('guides_loaded_timestamp_seconds', 'When the guides were last (re)loaded.'),
    storageUp: gauge('storage_up', '1 when the database answered at the last scrape, else 0.'),
    uptime: gauge('process_uptime_seconds', 'Seconds since the process started.'),
    residentMemory: gauge('process_resident_memory_bytes', 'Resident memory of the process.'),
  };
  // Series that alerts divide by or take rates of exist from the start, at 0.
  for (const result of ['hits', 'no_hits']) metrics.searches.inc({ result }, 0);
  for (const source of ['teams', 'local']) metrics.teamsThrottled.inc({ source }, 0);
  metrics.remindersSent.inc({}, 0);
  metrics.escalationsSent.inc({}, 0);
  return metrics;
}

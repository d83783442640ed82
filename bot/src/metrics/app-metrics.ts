import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Every series the product exposes on GET /metrics, named once here. docs/runbook.md explains
 * the alerts built on them; rename nothing without updating it and the dashboards. The metrics
 * library is prom-client, for the whole project (decision 0031).
 */
export interface AppMetrics {
  registry: Registry;
  /** The series read from the database on each scrape (callbacks, outbox). */
  storageRegistry: Registry;
  /** Leaves the database series out (the database did not answer) rather than report stale ones. */
  showStorageSeries(shown: boolean): void;
  /** The Prometheus text of this app's series and the process's (memory, CPU, event-loop delay). */
  render(): Promise<string>;
  /** The registries render() reads, for exporters other than /metrics (otel-bridge.ts). */
  registries(): Registry[];
  contentType: string;
  httpRequests: Counter;
  httpDuration: Histogram;
  searchDuration: Histogram;
  searches: Counter;
  callbacks: Gauge;
  callbacksOverdue: Gauge;
  outboxEntries: Gauge;
  outboxOldestUndeliveredAge: Gauge;
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
}

const prefix = 'kontaktcenter_';

/** A bot turn includes the replies sent to Teams, so it runs from tens of ms to seconds. */
const requestBuckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** A search runs in memory: well under 50 ms is expected, 250 ms is a problem. */
const searchBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

let processMetrics: Registry | undefined;

/**
 * prom-client's default collectors (resident memory, heap, CPU, event-loop delay, GC, handles),
 * prefixed like every other series. One registry per process: they describe the process, and each
 * collector set starts its own event-loop monitor, which several apps in one test process share.
 */
function processRegistry(): Registry {
  if (!processMetrics) {
    processMetrics = new Registry();
    collectDefaultMetrics({ register: processMetrics, prefix, eventLoopMonitoringPrecision: 10 });
  }
  return processMetrics;
}

export function createMetrics(registry: Registry = new Registry()): AppMetrics {
  const registers = [registry];
  const storageRegistry = new Registry();
  let storageShown = true;
  const counter = (name: string, help: string, labelNames: string[] = []) =>
    new Counter({ name: prefix + name, help, labelNames, registers });
  const gauge = (name: string, help: string, labelNames: string[] = [], from = registry) =>
    new Gauge({ name: prefix + name, help, labelNames, registers: [from] });
  const process = processRegistry();

  const metrics: AppMetrics = {
    registry,
    storageRegistry,
    showStorageSeries: (shown) => {
      storageShown = shown;
    },
    registries: () => [registry, ...(storageShown ? [storageRegistry] : []), process],
    render: async () =>
      (await registry.metrics()) +
      (storageShown ? await storageRegistry.metrics() : '') +
      (await process.metrics()),
    contentType: registry.contentType,
    httpRequests: counter('http_requests_total', 'HTTP requests answered, by route pattern and status.', [
      'method',
      'route',
      'status',
    ]),
    httpDuration: new Histogram({
      name: prefix + 'http_request_duration_seconds',
      help: 'Time to answer an HTTP request; for /api/messages this is one bot turn.',
      labelNames: ['method', 'route'],
      buckets: requestBuckets,
      registers,
    }),
    searchDuration: new Histogram({
      name: prefix + 'guide_search_duration_seconds',
      help: 'Time of one guide search in the loaded catalog.',
      buckets: searchBuckets,
      registers,
    }),
    searches: counter('guide_searches_total', 'Guide searches, by whether anything was found.', ['result']),
    callbacks: gauge('callbacks', 'Callbacks in storage, by status.', ['status'], storageRegistry),
    callbacksOverdue: gauge(
      'callbacks_overdue',
      'Open or claimed callbacks past their deadline.',
      [],
      storageRegistry,
    ),
    outboxEntries: gauge(
      'outbox_entries',
      'Outbox entries: pending, due now, leased, dead.',
      ['state'],
      storageRegistry,
    ),
    outboxOldestUndeliveredAge: gauge(
      'outbox_oldest_undelivered_age_seconds',
      'How long the oldest undelivered outbox entry has been due (due now, in retry backoff or leased); 0 when none.',
      [],
      storageRegistry,
    ),
    outboxMaxAttempts: gauge(
      'outbox_max_attempts',
      'The most delivery attempts among pending outbox entries.',
      [],
      storageRegistry,
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
  };
  // Series that alerts divide by or take rates of exist from the start, at 0.
  for (const result of ['hits', 'no_hits']) metrics.searches.inc({ result }, 0);
  for (const source of ['teams', 'local']) metrics.teamsThrottled.inc({ source }, 0);
  metrics.remindersSent.inc(0);
  metrics.escalationsSent.inc(0);
  return metrics;
}

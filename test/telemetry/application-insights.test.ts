import net from 'node:net';
import { startServerProcess, type ServerProcess } from '../integration/server-process';
import { startFakeIngestion, type Envelope } from './fake-ingestion';

/**
 * On App Service nothing can scrape /metrics, so with APPLICATIONINSIGHTS_CONNECTION_STRING set
 * the server pushes its series and request traces to Application Insights (decision 0050). Tested
 * offline against a stand-in ingestion endpoint, and against one that does not answer at all.
 */
const phone = '22334455';
const quiet = { APPLICATIONINSIGHTS_STATSBEAT_DISABLED_ALL: 'true', OTEL_METRIC_EXPORT_INTERVAL: '1000' };

async function until<T>(find: () => T | undefined, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error('not received in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('with an Application Insights connection string', () => {
  let ingestion: Awaited<ReturnType<typeof startFakeIngestion>>;
  let server: ServerProcess;

  beforeAll(async () => {
    ingestion = await startFakeIngestion();
    server = await startServerProcess({
      ...quiet,
      APPLICATIONINSIGHTS_CONNECTION_STRING: ingestion.connectionString,
      NODE_EXTRA_CA_CERTS: ingestion.caFile,
      SQLITE_FILE: ':memory:',
    });
  }, 60_000);
  afterAll(async () => {
    await server?.kill('SIGKILL');
    await ingestion?.close();
  });

  const metric = (name: string) => (e: Envelope) =>
    e.data?.baseType === 'MetricData' &&
    JSON.stringify(e.data.baseData?.metrics ?? []).includes(`"name":"${name}"`);

  test('says so at start-up', () => {
    expect(server.logs.map((l) => l.event)).toContain('telemetry.azure_monitor');
  });

  test('the series of /metrics arrive, under the names the runbook uses', async () => {
    await fetch(`${server.url}/api/tab/overview`);
    for (const name of [
      'kontaktcenter_http_requests_total',
      'kontaktcenter_outbox_oldest_undelivered_age_seconds',
      'kontaktcenter_storage_up',
      'kontaktcenter_guides_loaded',
    ]) {
      await until(() => ingestion.envelopes.find(metric(name)));
    }
  }, 30_000);

  test("requests arrive as request telemetry, without a citizen's phone number from the query", async () => {
    const response = await fetch(`${server.url}/api/tab/citizen-data?phone=${phone}`);
    expect(response.status).toBeLessThan(500);
    const request = await until(() =>
      ingestion.envelopes.find(
        (e) => e.data?.baseType === 'RequestData' && String(e.data.baseData?.url).includes('/citizen-data'),
      ),
    );
    expect(String(request.data!.baseData!.url)).not.toContain('?');
    // Give the metrics a round more, then look at everything that was sent.
    await new Promise((r) => setTimeout(r, 1500));
    expect(ingestion.raw.join('\n')).not.toContain(phone);
  }, 30_000);
});

describe('with an ingestion endpoint that does not answer', () => {
  let server: ServerProcess;
  let closedPort: number;

  beforeAll(async () => {
    // A port that was free a moment ago: connections are refused.
    closedPort = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    server = await startServerProcess({
      ...quiet,
      APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=00000000-0000-4000-8000-00000000a1a1;IngestionEndpoint=https://127.0.0.1:${closedPort}/`,
      SQLITE_FILE: ':memory:',
    });
  }, 60_000);
  afterAll(async () => {
    await server?.kill('SIGKILL');
  });

  test('starts, answers at once and keeps answering while exports fail', async () => {
    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      expect((await fetch(`${server.url}/api/tab/overview`)).status).toBe(200);
      expect(Date.now() - started).toBeLessThan(1000);
      await new Promise((r) => setTimeout(r, 1200));
    }
  }, 30_000);

  test('stops on SIGTERM within seconds, exit code 0', async () => {
    const started = Date.now();
    expect(await server.kill('SIGTERM')).toBe(0);
    expect(Date.now() - started).toBeLessThan(8000);
  }, 15_000);
});

describe('without a connection string', () => {
  test('it is off: the server starts as always, without the telemetry line', async () => {
    const server = await startServerProcess({
      SQLITE_FILE: ':memory:',
      APPLICATIONINSIGHTS_CONNECTION_STRING: '',
    });
    try {
      expect(server.logs.map((l) => l.event)).not.toContain('telemetry.azure_monitor');
      expect(server.logs.map((l) => l.event)).toContain('server.listening');
    } finally {
      await server.kill('SIGKILL');
    }
  }, 60_000);
});

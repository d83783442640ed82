import { testUser } from '../support/teams-fixtures';
import { startHarness, type Harness } from '../integration/harness';
import { parseExposition, valueOf } from './parse-exposition';

const agent = testUser('Alex Wilber');
const token = 'scrape-token-0123456789';

describe('GET /metrics, as Prometheus scrapes it', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { METRICS_TOKEN: token } });
  });
  afterAll(() => h.stop());

  const scrape = async (headers: Record<string, string> = { authorization: `Bearer ${token}` }) =>
    fetch(`${h.app.url}/metrics`, { headers });

  test('without the token, or with a wrong one, the answer is 401 and no numbers', async () => {
    const refused: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong-token-0123456789' },
      { authorization: token },
    ];
    for (const headers of refused) {
      const response = await scrape(headers);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await response.text()).not.toContain('kontaktcenter_');
    }
  });

  test('searches with and without hits, and the bot requests, show up in the text format', async () => {
    await h.say(agent, 'det gule kort er vaek');
    await h.say(agent, 'xyzzy qwerty plugh');
    await fetch(`${h.app.url}/no/such/path/123`);
    const response = await scrape();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const { samples } = parseExposition(await response.text());

    expect(valueOf(samples, 'kontaktcenter_guide_searches_total', { result: 'hits' })).toBe(1);
    expect(valueOf(samples, 'kontaktcenter_guide_searches_total', { result: 'no_hits' })).toBe(1);
    expect(valueOf(samples, 'kontaktcenter_guide_search_duration_seconds_count')).toBe(2);
    const messages = { method: 'POST', route: '/api/messages' };
    expect(valueOf(samples, 'kontaktcenter_http_requests_total', { ...messages, status: '200' })).toBe(2);
    expect(valueOf(samples, 'kontaktcenter_http_request_duration_seconds_count', messages)).toBe(2);
    // A probe of a random path is one "unmatched" series, not one series per path.
    expect(valueOf(samples, 'kontaktcenter_http_requests_total', { route: 'unmatched', status: '404' })).toBe(
      1,
    );
    expect(samples.some((s) => s.labels.route?.includes('/no/such'))).toBe(false);
  });

  test('state read on scrape: guides, storage, callbacks, outbox and process', async () => {
    const { samples } = parseExposition(await (await scrape()).text());
    expect(valueOf(samples, 'kontaktcenter_guides_loaded')).toBe(h.app.knowledge.current().all().length);
    expect(valueOf(samples, 'kontaktcenter_guide_problems')).toBe(0);
    expect(valueOf(samples, 'kontaktcenter_storage_up')).toBe(1);
    expect(valueOf(samples, 'kontaktcenter_callbacks', { status: 'open' })).toBe(0);
    expect(valueOf(samples, 'kontaktcenter_outbox_entries', { state: 'dead' })).toBe(0);
    expect(valueOf(samples, 'kontaktcenter_process_uptime_seconds')).toBeGreaterThan(0);
  });

  test("the process: memory, heap and event-loop delay, from prom-client's default collectors", async () => {
    const { samples } = parseExposition(await (await scrape()).text());
    expect(valueOf(samples, 'kontaktcenter_process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(valueOf(samples, 'kontaktcenter_nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    for (const series of ['lag_seconds', 'lag_p99_seconds', 'lag_max_seconds'])
      expect(valueOf(samples, `kontaktcenter_nodejs_eventloop_${series}`)).toBeGreaterThanOrEqual(0);
  });
});

import { createMetrics } from '../../bot/src/metrics/app-metrics';
import { countedThrottle } from '../../bot/src/metrics/counted-throttle';
import { timedCatalog } from '../../bot/src/metrics/timed-catalog';
import type { GuideCatalog, GuideHit } from '../../bot/src/guides/guide-catalog';
import type { Guide } from '../../bot/src/guides/guide';
import { RateLimitedError, type SendThrottle } from '../../bot/src/outbox/send-throttle';
import { parseExposition, valueOf } from './parse-exposition';

const samplesOf = async (metrics: ReturnType<typeof createMetrics>) =>
  parseExposition(await metrics.render()).samples;

const catalogFinding = (ids: string[]): GuideCatalog => {
  const guides = ids.map((id) => ({ id }) as unknown as Guide);
  const search = (query: string) =>
    query.includes('pas') ? guides.map((guide): GuideHit => ({ guide, score: 1, confidence: 1 })) : [];
  return {
    search,
    answer: (query) => ({ guides: search(query), referrals: [], referralFirst: false }),
    get: (id) => guides.find((g) => g.id === id),
    referral: () => undefined,
    matchingSection: () => null,
    all: () => guides,
  };
};

describe('searches are timed and counted by whether they found anything', () => {
  test('hits and misses are counted apart and each search is timed', async () => {
    const metrics = createMetrics();
    let t = 0;
    const catalog = timedCatalog(
      () => catalogFinding(['pas-bestilling']),
      metrics,
      () => (t += 4),
    );
    expect(
      catalog()
        .search('pas')
        .map((h) => h.guide.id),
    ).toEqual(['pas-bestilling']);
    catalog().search('pas');
    catalog().search('hvad som helst');
    const samples = await samplesOf(metrics);
    expect(valueOf(samples, 'kontaktcenter_guide_searches_total', { result: 'hits' })).toBe(2);
    expect(valueOf(samples, 'kontaktcenter_guide_searches_total', { result: 'no_hits' })).toBe(1);
    expect(valueOf(samples, 'kontaktcenter_guide_search_duration_seconds_count')).toBe(3);
    expect(valueOf(samples, 'kontaktcenter_guide_search_duration_seconds_sum')).toBeCloseTo(0.012);
  });

  test('after a reload the new catalog is searched', () => {
    const metrics = createMetrics();
    let current = catalogFinding(['gammel']);
    const catalog = timedCatalog(() => current, metrics);
    current = catalogFinding(['ny']);
    expect(catalog().search('pas')[0]?.guide.id).toBe('ny');
    expect(catalog().get('ny')?.id).toBe('ny');
    expect(catalog().all()).toHaveLength(1);
  });
});

describe('rate limiting is counted by where it came from', () => {
  const inner = (acquire: SendThrottle['acquire']): SendThrottle & { backedOff: number[] } => {
    const backedOff: number[] = [];
    return { acquire, backOff: (_key, seconds) => backedOff.push(seconds), backedOff };
  };

  test('a 429 from Teams is counted as "teams" and still backs the conversation off', async () => {
    const metrics = createMetrics();
    const throttle = inner(async () => undefined);
    countedThrottle(throttle, metrics.teamsThrottled).backOff('19:abc@thread.tacv2', 5);
    expect(throttle.backedOff).toEqual([5]);
    expect(
      valueOf(await samplesOf(metrics), 'kontaktcenter_teams_throttled_total', { source: 'teams' }),
    ).toBe(1);
  });

  test('our own limiter handing an entry back is counted as "local" and rethrown', async () => {
    const metrics = createMetrics();
    const throttle = inner(async (key) => {
      throw new RateLimitedError(key, 30_000);
    });
    await expect(countedThrottle(throttle, metrics.teamsThrottled).acquire('19:abc')).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    expect(
      valueOf(await samplesOf(metrics), 'kontaktcenter_teams_throttled_total', { source: 'local' }),
    ).toBe(1);
  });

  test('other failures of acquire (an aborted lease) are not rate limiting', async () => {
    const metrics = createMetrics();
    const throttle = inner(async () => {
      throw new Error('aborted');
    });
    await expect(countedThrottle(throttle, metrics.teamsThrottled).acquire('19:abc')).rejects.toThrow(
      'aborted',
    );
    expect(
      valueOf(await samplesOf(metrics), 'kontaktcenter_teams_throttled_total', { source: 'local' }),
    ).toBe(0);
  });
});

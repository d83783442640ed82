import type { GuideCatalog } from '../guides/guide-catalog';
import type { AppMetrics } from './app-metrics';

/**
 * The catalog as the bot and the tab see it, with each search timed and counted. Wrapping the
 * catalog in the composition root measures every entry point (chat, card, tab) without the
 * handlers knowing about metrics. The wrapper follows reloads: it asks `current` every time.
 */
export function timedCatalog(
  current: () => GuideCatalog,
  metrics: Pick<AppMetrics, 'searchDuration' | 'searches'>,
  clock: () => number = () => performance.now(),
): () => GuideCatalog {
  const wrappers = new WeakMap<GuideCatalog, GuideCatalog>();
  const timed = <T>(search: () => T, found: (result: T) => boolean): T => {
    const started = clock();
    const result = search();
    metrics.searchDuration.observe({}, (clock() - started) / 1000);
    metrics.searches.inc({ result: found(result) ? 'hits' : 'no_hits' });
    return result;
  };
  const wrap = (catalog: GuideCatalog): GuideCatalog => ({
    search: (query, options) =>
      timed(
        () => catalog.search(query, options),
        (hits) => hits.length > 0,
      ),
    answer: (query) =>
      timed(
        () => catalog.answer(query),
        (a) => a.guides.length + a.referrals.length > 0,
      ),
    get: (id) => catalog.get(id),
    referral: (id) => catalog.referral(id),
    matchingSection: (query, guideId) => catalog.matchingSection(query, guideId),
    all: () => catalog.all(),
  });
  return () => {
    const catalog = current();
    let wrapped = wrappers.get(catalog);
    if (!wrapped) {
      wrapped = wrap(catalog);
      wrappers.set(catalog, wrapped);
    }
    return wrapped;
  };
}

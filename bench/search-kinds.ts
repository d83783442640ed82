import path from 'node:path';
import { synonymFiles } from '../bot/src/guides/load-catalog';
import { loadGuides } from '../bot/src/guides/load-guides';
import { buildGuideIndex, type GuideIndex } from '../bot/src/guides/search/guide-index';
import { loadSynonyms } from '../bot/src/guides/search/synonyms';
import { measureQuality, readQueries, type QueryOutcome } from './search-eval';
import { searchSets } from './search-sets';

/**
 * Where each set loses, by kind, in counts only (so it may be run on the held-out sets, whose
 * queries are never listed): answerable queries with no hits, with hits but the right guide below
 * third place or not on the card, guides shown that are not labelled relevant, and unanswerable
 * queries answered. `npx tsx bench/search-kinds.ts`
 */
function main(): void {
  const root = path.resolve(__dirname, '..');
  const built = new Map<string, GuideIndex>();
  for (const set of searchSets()) {
    let index = built.get(set.dir);
    if (!index) {
      const synonyms = loadSynonyms(synonymFiles(set.dir, path.join(root, 'knowledge', 'synonyms.yaml')));
      index = buildGuideIndex(loadGuides(set.dir).guides, synonyms);
      built.set(set.dir, index);
    }
    const q = measureQuality(index, readQueries(set.queries));
    const f = (n: number) => n.toFixed(3);
    console.log(
      `\n# ${set.name}: MRR@10 ${f(q.mrr)}, Recall@3 ${f(q.recall3)}, unanswerable with no hits ${f(q.noneAbstain)}, ` +
        `right guide shown ${f(q.shownRight)}, shown relevant ${f(q.shownRelevant)}`,
    );
    for (const kind of [...new Set(q.outcomes.map((o) => o.query.kind))].sort()) {
      console.log(`${kind.padEnd(9)} ${counts(q.outcomes.filter((o) => o.query.kind === kind))}`);
    }
  }
}

function counts(list: QueryOutcome[]): string {
  const answerable = list.filter((o) => o.query.relevant.length > 0);
  const right = (o: QueryOutcome) => (id: string) => o.query.relevant.includes(id);
  const none = list.filter((o) => o.query.relevant.length === 0);
  const n = (ok: (o: QueryOutcome) => boolean) => answerable.filter(ok).length;
  return [
    `queries ${list.length}`,
    `no hits ${n((o) => o.ids.length === 0)}`,
    `below 3rd ${n((o) => o.ids.length > 0 && (o.rank === null || o.rank > 3))}`,
    `not 1st ${n((o) => o.rank !== 1)}`,
    `not shown ${n((o) => !o.shown.some(right(o)))}`,
    `shown not relevant ${answerable.reduce((s, o) => s + o.shown.filter((id) => !right(o)(id)).length, 0)}`,
    `unanswerable answered ${none.filter((o) => o.ids.length > 0).length}/${none.length}`,
  ].join(', ');
}

main();

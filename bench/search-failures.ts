import path from 'node:path';
import { synonymFiles } from '../bot/src/guides/load-catalog';
import { loadGuides } from '../bot/src/guides/load-guides';
import { buildGuideIndex } from '../bot/src/guides/search/guide-index';
import { loadSynonyms } from '../bot/src/guides/search/synonyms';
import { measureQuality, readQueries, type QueryOutcome } from './search-eval';
import { isHeldOut, searchSets } from './search-sets';

/**
 * For tuning by kind: the queries of one set that miss, grouped by kind, with what came instead
 * (`--card`: also the guides shown beside a right one that are not labelled relevant).
 *   npx tsx bench/search-failures.ts [--set "blind a"] [--kind synonym] [--card]
 * Refuses held-out sets: they are judged by their aggregate figures only (bench/blind/README.md).
 */
function main(argv: string[]): void {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const name = value('--set') ?? 'blind a';
  const set = searchSets().find((s) => s.name === name);
  if (!set)
    throw new Error(
      `no set named "${name}" (${searchSets()
        .map((s) => s.name)
        .join(', ')})`,
    );
  if (set.heldOut || isHeldOut(set.queries)) throw new Error(`"${name}" is held out: aggregate figures only`);
  const root = path.resolve(__dirname, '..');
  const synonyms = loadSynonyms(synonymFiles(set.dir, path.join(root, 'knowledge', 'synonyms.yaml')));
  const index = buildGuideIndex(loadGuides(set.dir).guides, synonyms);
  const quality = measureQuality(index, readQueries(set.queries));
  const kind = value('--kind');
  const card = argv.includes('--card');
  const listed = quality.outcomes.filter(
    (o) => (!kind || o.query.kind === kind) && (card ? noisy(o) : missed(o)),
  );
  for (const k of [...new Set(listed.map((o) => o.query.kind))].sort()) {
    console.log(`\n## ${k}`);
    for (const o of listed.filter((x) => x.query.kind === k)) {
      const want = o.query.relevant.join(',') || '(none)';
      console.log(
        `${o.rank ?? '-'}\t${o.query.q}\t→ ${want}\t| got ${o.ids.slice(0, 3).join(', ')} | shown ${o.shown.join(', ')}`,
      );
    }
  }
}

/** A right guide not in the top 3, or an unanswerable query answered. */
const missed = (o: QueryOutcome) =>
  o.query.relevant.length === 0 ? o.ids.length > 0 : o.rank === null || o.rank > 3;
/** The card shows a guide not labelled relevant (next to a right one or instead of it). */
const noisy = (o: QueryOutcome) => o.shown.some((id) => !o.query.relevant.includes(id));

main(process.argv.slice(2));

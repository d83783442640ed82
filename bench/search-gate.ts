import path from 'node:path';
import { synonymFiles } from '../bot/src/guides/load-catalog';
import { loadGuides } from '../bot/src/guides/load-guides';
import { abstentionRule, confidenceOf, type Evidence } from '../bot/src/guides/search/confidence';
import { buildGuideIndex } from '../bot/src/guides/search/guide-index';
import { chooseAnswer } from '../bot/src/guides/search/second-chance';
import { loadSynonyms } from '../bot/src/guides/search/synonyms';
import { readQueries } from './search-eval';
import { isHeldOut, searchSets } from './search-sets';

/**
 * For tuning the abstention rule (confidence.ts) on the tuning sets only: per set, what a variant
 * of the rule would give — answerable queries with a right guide in the top 3, answerable ones
 * refused, unanswerable ones answered — beside the rule as it is. Held-out sets are never read.
 *   npx tsx bench/search-gate.ts
 */
type Gate = (e: Evidence) => number;

const rule = abstentionRule;
/**
 * Variants tried for decisions 0058 and 0060. Before 0060 none traded better than one answer per
 * wrongly answered question; requiring a short query to name its guide (`unnamedUpTo`) did.
 */
const variants: Record<string, Gate> = {
  current: (e) => confidenceOf(e),
  'unnamed never': (e) => confidenceOf(e, { ...rule, unnamedUpTo: 0 }),
  'unnamed up to 4': (e) => confidenceOf(e, { ...rule, unnamedUpTo: 4 }),
  'unnamed up to 12': (e) => confidenceOf(e, { ...rule, unnamedUpTo: 12 }),
  'unnamed always': (e) => confidenceOf(e, { ...rule, unnamedUpTo: Infinity }),
  'short up to 4': (e) => confidenceOf(e, { ...rule, shortUpTo: 4 }),
  'short up to 6': (e) => confidenceOf(e, { ...rule, shortUpTo: 6 }),
  'short up to 8': (e) => confidenceOf(e, { ...rule, shortUpTo: 8 }),
  'prominence 0.20': (e) => confidenceOf(e, { ...rule, prominence: 0.2 }),
  'prominence 0.15': (e) => confidenceOf(e, { ...rule, prominence: 0.15 }),
  'two concepts 0.55': (e) => confidenceOf(e, { ...rule, coverageOfOneOrTwo: 0.55 }),
  'two concepts 0.50': (e) => confidenceOf(e, { ...rule, coverageOfOneOrTwo: 0.5 }),
  'sentence 0.20/0.05': (e) => confidenceOf(e, { ...rule, sentenceCoverage: 0.2, sentenceProminence: 0.05 }),
  'sentence 0.30/0.15': (e) => confidenceOf(e, { ...rule, sentenceCoverage: 0.3, sentenceProminence: 0.15 }),
};

interface Row {
  relevant: string[];
  kind: string;
  candidates: { id: string; raw: number; evidence: Evidence }[];
}

function outcome(rows: readonly Row[], gate: Gate) {
  let top3 = 0;
  let refused = 0;
  let answeredNone = 0;
  let answerable = 0;
  let none = 0;
  for (const row of rows) {
    const docs = row.candidates.map((c, doc) => ({ doc, raw: c.raw }));
    const answer = chooseAnswer(docs, (doc) => gate(row.candidates[doc]!.evidence));
    const ids = answer ? answer.ranked.map((r) => row.candidates[r.doc]!.id) : [];
    if (row.relevant.length === 0) {
      none++;
      if (ids.length > 0) answeredNone++;
      continue;
    }
    answerable++;
    if (ids.length === 0) refused++;
    if (ids.slice(0, 3).some((id) => row.relevant.includes(id))) top3++;
  }
  return { answerable, none, top3, refused, answeredNone };
}

function main(): void {
  const root = path.resolve(__dirname, '..');
  const sets = searchSets().filter((s) => !s.heldOut && !isHeldOut(s.queries));
  const totals = new Map<string, number[]>();
  for (const set of sets) {
    const synonyms = loadSynonyms(synonymFiles(set.dir, path.join(root, 'knowledge', 'synonyms.yaml')));
    const index = buildGuideIndex(loadGuides(set.dir).guides, synonyms);
    const rows: Row[] = readQueries(set.queries).map((q) => ({
      relevant: q.relevant,
      kind: q.kind,
      candidates: index.candidates(q.q).map((c) => ({ id: c.guide.id, raw: c.raw, evidence: c.evidence })),
    }));
    console.log(`\n# ${set.name}`);
    for (const [name, gate] of Object.entries(variants)) {
      const o = outcome(rows, gate);
      const t = totals.get(name) ?? [0, 0, 0, 0, 0];
      [o.answerable, o.top3, o.refused, o.none, o.answeredNone].forEach((v, i) => (t[i]! += v));
      totals.set(name, t);
      console.log(
        `${name.padEnd(20)} R@3 ${(o.top3 / o.answerable).toFixed(3)} refused ${o.refused}/${o.answerable}  none answered ${o.answeredNone}/${o.none}`,
      );
    }
  }
  console.log('\n# all tuning sets');
  for (const [name, [a, t3, r, n, an]] of totals)
    console.log(
      `${name.padEnd(20)} R@3 ${(t3! / a!).toFixed(3)} (${t3}) refused ${r}/${a}  none answered ${an}/${n}`,
    );
}

main();

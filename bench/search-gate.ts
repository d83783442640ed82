import path from 'node:path';
import { synonymFiles } from '../bot/src/guides/load-catalog';
import { loadGuides } from '../bot/src/guides/load-guides';
import { confidenceOf, type Evidence } from '../bot/src/guides/search/confidence';
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
/** `lead`: the candidate's raw score over the next one's (Infinity when alone). */
type Gate = (e: Evidence, lead: number) => number;

interface Rule {
  needTwo: number;
  needMore: number;
  prominent: number;
  longCoverage: number;
  longProminent: number;
  /** Coverage from which a lower prominence suffices in a short query. */
  fullCoverage: number;
  fullProminent: number;
  /** From this lead over the next candidate, short queries need `leadFactor` of the usual. */
  lead: number;
  leadFactor: number;
  /** Short also when it has at most this many concepts, however many words were typed. */
  shortConcepts: number;
}
const base: Rule = {
  needTwo: 0.6,
  needMore: 0.5,
  prominent: 0.25,
  longCoverage: 0.3,
  longProminent: 0.15,
  fullCoverage: 2,
  fullProminent: 0,
  lead: Infinity,
  leadFactor: 1,
  shortConcepts: 0,
};
const ruleOf =
  (r: Rule): Gate =>
  (e, lead) => {
    if (e.typedWords <= 4 || e.concepts <= r.shortConcepts) {
      const f = lead >= r.lead ? r.leadFactor : 1;
      const needed = f * (e.concepts <= 2 ? r.needTwo : r.needMore);
      const prominent = f * (e.coverage >= r.fullCoverage ? r.fullProminent : r.prominent);
      if (e.coverage < needed || e.prominence < prominent) return 0;
    } else if (e.coverage < r.longCoverage && e.prominence < r.longProminent) return 0;
    return Math.min(1, 0.6 * e.coverage + 0.4 * e.prominence);
  };
const variants: Record<string, Gate> = {
  current: (e) => confidenceOf(e),
  base: ruleOf(base),
  prom20: ruleOf({ ...base, prominent: 0.2 }),
  prom15: ruleOf({ ...base, prominent: 0.15 }),
  need55: ruleOf({ ...base, needTwo: 0.55 }),
  need50: ruleOf({ ...base, needTwo: 0.5 }),
  full85p15: ruleOf({ ...base, fullCoverage: 0.85, fullProminent: 0.15 }),
  full85p0: ruleOf({ ...base, fullCoverage: 0.85, fullProminent: 0 }),
  full99p0: ruleOf({ ...base, fullCoverage: 0.99, fullProminent: 0 }),
  long25: ruleOf({ ...base, longCoverage: 0.25, longProminent: 0.1 }),
  long35: ruleOf({ ...base, longCoverage: 0.35, longProminent: 0.2 }),
  short2: ruleOf({ ...base, shortConcepts: 2 }),
  short3: ruleOf({ ...base, shortConcepts: 3 }),
  short3p15: ruleOf({ ...base, shortConcepts: 3, prominent: 0.15 }),
  short2p15: ruleOf({ ...base, shortConcepts: 2, prominent: 0.15 }),
  lead2x8: ruleOf({ ...base, lead: 2, leadFactor: 0.8 }),
  lead2x6: ruleOf({ ...base, lead: 2, leadFactor: 0.6 }),
  lead3x6: ruleOf({ ...base, lead: 3, leadFactor: 0.6 }),
  lead15x8: ruleOf({ ...base, lead: 1.5, leadFactor: 0.8 }),
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
    const leadOf = (doc: number) => {
      const next = docs.find((d) => d.doc !== doc && d.raw <= docs[doc]!.raw);
      return next ? docs[doc]!.raw / next.raw : Infinity;
    };
    const answer = chooseAnswer(docs, (doc) => gate(row.candidates[doc]!.evidence, leadOf(doc)));
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
        `${name.padEnd(12)} R@3 ${(o.top3 / o.answerable).toFixed(3)} refused ${o.refused}/${o.answerable}  none answered ${o.answeredNone}/${o.none}`,
      );
    }
  }
  console.log('\n# all tuning sets');
  for (const [name, [a, t3, r, n, an]] of totals)
    console.log(
      `${name.padEnd(12)} R@3 ${(t3! / a!).toFixed(3)} refused ${r}/${a}  none answered ${an}/${n}`,
    );
}

main();

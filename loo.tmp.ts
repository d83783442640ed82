// Leave-one-out of vocabulary additions on the tuning sets only.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { synonymFiles } from './bot/src/guides/load-catalog';
import { loadGuides } from './bot/src/guides/load-guides';
import type { Guide } from './bot/src/guides/guide';
import { buildGuideIndex } from './bot/src/guides/search/guide-index';
import { loadSynonyms, type SynonymTable } from './bot/src/guides/search/synonyms';
import { readWords, termKey } from './bot/src/guides/search/analyzer';
import { readQueries, type EvalQuery } from './bench/search-eval';
import { isHeldOut, searchSets } from './bench/search-sets';

const files = process.argv.slice(2);
const additions = new Map<string, string[]>();
for (const f of files) {
  const y = parse(fs.readFileSync(f, 'utf8')) as { terms: Record<string, (string | number)[] | string> };
  for (const [term, list] of Object.entries(y.terms ?? {})) {
    const l = (Array.isArray(list) ? list : [list]).map((s) => String(s).trim()).filter(Boolean);
    additions.set(term, [...(additions.get(term) ?? []), ...l]);
  }
}
const keyOf = (s: string) => s.normalize('NFC').toLocaleLowerCase('da').trim();

function withAdditions(base: SynonymTable, skip: string | null): SynonymTable {
  const meanings = (base.meanings ?? []).map((m) => {
    if (m.context || m.means.length !== 1) return m;
    const add = additions.get(m.means[0]!);
    if (!add || m.means[0] === skip) return m;
    const have = new Set(m.said.map(keyOf));
    return { ...m, said: [...m.said, ...add.filter((a) => !have.has(keyOf(a)))] };
  });
  return { groups: base.groups, meanings };
}

type Outcome = { top3: boolean; answered: boolean };
function outcome(index: ReturnType<typeof buildGuideIndex<Guide>>, q: EvalQuery): Outcome {
  const ids = index.search(q.q).map((h) => h.guide.id);
  return { top3: ids.slice(0, 3).some((i) => q.relevant.includes(i)), answered: ids.length > 0 };
}
const score = (q: EvalQuery, o: Outcome) => (q.relevant.length === 0 ? (o.answered ? -1 : 0) : o.top3 ? 1 : 0);

const sets = searchSets().filter((s) => !s.heldOut && !isHeldOut(s.queries));
// Report unknown terms
{
  const base = loadSynonyms(synonymFiles(sets[0]!.dir, path.join(__dirname, 'knowledge', 'synonyms.yaml')));
  const known = new Set((base.meanings ?? []).filter((m) => !m.context && m.means.length === 1).map((m) => m.means[0]!));
  const unknown = [...additions.keys()].filter((t) => !known.has(t));
  console.log('terms', additions.size, 'phrases', [...additions.values()].flat().length, 'unknown terms', unknown.join(', '));
}
const termKeys = new Map([...additions].map(([t, l]) => [t, l.map((p) => readWords(p).filter((w) => !w.stop).map((w) => termKey(w.surface)))]));
const perTerm = new Map<string, { gain: number; answers: number; none: number }>();
let tot = { old: 0, full: 0 };
for (const set of sets) {
  const base = loadSynonyms(synonymFiles(set.dir, path.join(__dirname, 'knowledge', 'synonyms.yaml')));
  const guides = loadGuides(set.dir).guides;
  const queries = readQueries(set.queries);
  const oldIdx = buildGuideIndex(guides, base);
  const fullIdx = buildGuideIndex(guides, withAdditions(base, null));
  const diff: { q: EvalQuery; full: Outcome }[] = [];
  for (const q of queries) {
    const a = outcome(oldIdx, q), b = outcome(fullIdx, q);
    tot.old += score(q, a); tot.full += score(q, b);
    if (score(q, a) !== score(q, b)) diff.push({ q, full: b });
  }
  console.log(`# ${set.name}: ${diff.length} changed`);
  for (const d of diff) console.log(`   ${score(d.q, d.full) > 0 || (d.q.relevant.length === 0 && !d.full.answered) ? 'GAIN' : 'LOSS'} ${d.q.q}`);
  if (diff.length === 0) continue;
  for (const [term, phrases] of termKeys) {
    const relevant = diff.filter(({ q }) => {
      const qk = new Set(readWords(q.q).map((w) => termKey(w.surface)));
      return phrases.some((p) => p.some((k) => qk.has(k)));
    });
    if (relevant.length === 0) continue;
    const idx = buildGuideIndex(guides, withAdditions(base, term));
    for (const { q, full } of relevant) {
      const without = outcome(idx, q);
      const g = score(q, full) - score(q, without);
      if (g === 0) continue;
      const r = perTerm.get(term) ?? { gain: 0, answers: 0, none: 0 };
      r.gain += g;
      if (q.relevant.length > 0) r.answers += g; else r.none += g;
      perTerm.set(term, r);
      console.log(`      ${term}: ${g > 0 ? '+' : ''}${g} ${q.q}`);
    }
  }
}
console.log('total score old', tot.old, 'full', tot.full);
const remove = [...perTerm].filter(([, r]) => r.gain < 0 || (r.gain === 0 && (r.answers !== 0 || r.none !== 0))).map(([t]) => t);
console.log('REMOVE', JSON.stringify(remove));
console.log('PERTERM', JSON.stringify(Object.fromEntries(perTerm)));

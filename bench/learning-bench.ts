import path from 'node:path';
import { synonymFiles } from '../bot/src/guides/load-catalog';
import { loadGuides } from '../bot/src/guides/load-guides';
import { buildGuideIndex } from '../bot/src/guides/search/guide-index';
import { maxShown, shownHits } from '../bot/src/guides/search/shown';
import { loadSynonyms } from '../bot/src/guides/search/synonyms';
import { normalizeQueryForStatistics } from '../bot/src/inquiries/record-search';
import type { KeywordDecision, KeywordPair, RecentSearch } from '../bot/src/learning/keyword-learning';
import { pairsForUse } from '../bot/src/learning/pairing-rule';
import { learnedFrom, suggestionsFrom } from '../bot/src/learning/suggestion-rule';
import { withLearnedKeywords } from '../bot/src/learning/with-learned-keywords';
import { measureQuality, readQueries, type EvalQuery } from './search-eval';
import { findEvalDir, searchSets } from './search-sets';
import type { Row } from './table';

const repo = path.resolve(__dirname, '..');
const blind = path.join(__dirname, 'blind');

/**
 * A simulated week of agents (decision 0055): every query of blind set a (the tuning set) whose
 * card does not show a relevant guide is typed by two agents, each of whom then opens the right
 * guide another way; the pairs go through the product's pairing and suggestion rules, a
 * coordinator accepts every suggestion, and the index is rebuilt with the learned keywords.
 * Quality is then measured on the held-out blind set — other people's paraphrases of the same needs, never
 * seen by the simulation — and on set a itself, before and after.
 */
export function benchLearning(evalDir = findEvalDir()): { rows: Row[]; notes: string[] } | null {
  if (!evalDir) return null;
  const dir = path.join(evalDir, 'guides');
  // The held-out set of the round over these guides (bench/search-sets.ts).
  const heldOutSet = searchSets(evalDir).find((s) => s.heldOut && s.dir === dir);
  if (!heldOutSet) return null;
  const { guides } = loadGuides(dir);
  const synonyms = loadSynonyms(synonymFiles(dir, path.join(repo, 'knowledge', 'synonyms.yaml')));
  const before = buildGuideIndex(guides, synonyms);
  const week = readQueries(path.join(blind, 'eval-blind-a.jsonl'));
  const heldOut = readQueries(heldOutSet.queries);

  const pairs: KeywordPair[] = [];
  const start = Date.UTC(2026, 10, 23, 8);
  week
    .filter((q) => q.relevant.length > 0)
    .forEach((query, i) => {
      const shown = shownHits(before.search(query.q, { limit: maxShown })).map((h) => h.guide.id);
      if (shown.some((id) => query.relevant.includes(id))) return;
      for (const agent of ['agent-1', 'agent-2']) {
        const at = new Date(start + i * 600_000 + (agent === 'agent-1' ? 0 : 86_400_000));
        const search: RecentSearch = {
          id: `${agent}-${i}`,
          at,
          userId: agent,
          chat: `${agent}-chat`,
          words: normalizeQueryForStatistics(query.q),
          shown,
        };
        const use = {
          at: new Date(at.getTime() + 60_000),
          userId: agent,
          chat: search.chat,
          guideId: query.relevant[0]!,
          use: 'opened' as const,
        };
        pairs.push(...pairsForUse([search], use));
      }
    });
  const suggestions = suggestionsFrom(pairs, []);
  const coordinator = { id: 'coordinator', name: 'Koordinator' };
  const decisions: KeywordDecision[] = suggestions.map((s) => ({
    id: s.id,
    words: s.query,
    guideId: s.guideId,
    decision: 'accepted',
    by: coordinator,
    at: new Date(start + 7 * 86_400_000),
  }));
  const after = buildGuideIndex(withLearnedKeywords(guides, learnedFrom(decisions)), synonyms);

  const row = (
    metric: string,
    queries: EvalQuery[],
    read: (q: ReturnType<typeof measureQuality>) => number,
  ): Row => ({
    metric,
    before: round(read(measureQuality(before, queries))),
    after: round(read(measureQuality(after, queries))),
  });
  const rows: Row[] = [
    {
      metric: 'blind a queries the card answered wrongly (the week’s reformulations)',
      before: pairs.length / 2,
      after: '',
    },
    { metric: 'suggestions (≥ 2 agents), all accepted', before: suggestions.length, after: '' },
    row(`${heldOutSet.name} (held out): MRR@10`, heldOut, (q) => q.mrr),
    row(`${heldOutSet.name} (held out): Recall@3`, heldOut, (q) => q.recall3),
    row(`${heldOutSet.name} (held out): unanswerable with no hits`, heldOut, (q) => q.noneAbstain),
    row(`${heldOutSet.name} (held out): right guide among those shown`, heldOut, (q) => q.shownRight),
    row('blind a (the week itself): MRR@10', week, (q) => q.mrr),
    row('blind a (the week itself): unanswerable with no hits', week, (q) => q.noneAbstain),
  ];
  return {
    rows,
    notes: [
      `${guides.length} guides (${path.relative(repo, dir)}); the week: ${path.relative(repo, path.join(blind, 'eval-blind-a.jsonl'))}, held out: ${path.basename(heldOutSet.queries)} (aggregates only).`,
    ],
  };
}

const round = (n: number) => n.toFixed(3);

import { createHash } from 'node:crypto';
import type { KeywordDecision, KeywordPair, KeywordSuggestion, LearnedKeyword } from './keyword-learning';

/**
 * Words typed by one agent only may be a citizen's name: never suggested. Two different agents
 * reaching the same guide from the same words is a pattern worth a coordinator's look.
 */
const minAgents = 2;

/** One stable id per (words, guide), so a decision sticks to the suggestion across instances. */
export const suggestionId = (words: string, guideId: string): string =>
  'kw' +
  createHash('sha256')
    .update(`${words}\u0000${guideId}`)
    .digest('base64url')
    .replace(/[^a-zA-Z]/g, '')
    .slice(0, 20);

/** Pairs grouped by (words, guide), those from enough agents and not yet decided, most agents first. */
export function suggestionsFrom(
  pairs: readonly KeywordPair[],
  decisions: readonly KeywordDecision[],
  knownGuide: (guideId: string) => boolean = () => true,
): KeywordSuggestion[] {
  const decided = new Set(decisions.map((d) => d.id));
  const groups = new Map<string, { words: string; guideId: string; pairs: KeywordPair[] }>();
  for (const pair of pairs) {
    const id = suggestionId(pair.words, pair.guideId);
    const group = groups.get(id) ?? { words: pair.words, guideId: pair.guideId, pairs: [] };
    group.pairs.push(pair);
    groups.set(id, group);
  }
  return [...groups]
    .filter(([id, g]) => !decided.has(id) && knownGuide(g.guideId))
    .map(([id, g]) => ({
      id,
      query: g.words,
      guideId: g.guideId,
      agents: new Set(g.pairs.map((p) => p.userId)).size,
      times: g.pairs.length,
      pairs: g.pairs.map((p) => ({ at: p.at, use: p.use })).sort((a, b) => a.at.getTime() - b.at.getTime()),
    }))
    .filter((s) => s.agents >= minAgents)
    .sort((a, b) => b.agents - a.agents || b.times - a.times || a.id.localeCompare(b.id));
}

/** The keywords in force: the latest decision per suggestion, where it is "accepted". */
export function learnedFrom(decisions: readonly KeywordDecision[]): LearnedKeyword[] {
  const latest = new Map<string, KeywordDecision>();
  for (const d of [...decisions].sort((a, b) => a.at.getTime() - b.at.getTime())) latest.set(d.id, d);
  return [...latest.values()]
    .filter((d) => d.decision === 'accepted')
    .map((d) => ({ id: d.id, guideId: d.guideId, words: d.words, acceptedBy: d.by, acceptedAt: d.at }));
}

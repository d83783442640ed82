import type { Guide } from '../guides/guide';
import type { LearnedKeyword } from './keyword-learning';

/**
 * The guides as the index sees them: each with the keywords its center wrote plus those the
 * coordinators accepted from the agents' searches. The files are never changed by the bot.
 */
export function withLearnedKeywords(guides: readonly Guide[], learned: readonly LearnedKeyword[]): Guide[] {
  if (learned.length === 0) return [...guides];
  const byGuide = new Map<string, string[]>();
  for (const k of learned) byGuide.set(k.guideId, [...(byGuide.get(k.guideId) ?? []), k.words]);
  return guides.map((g) => {
    const extra = byGuide.get(g.id)?.filter((w) => !g.keywords.includes(w));
    return extra?.length ? { ...g, keywords: [...g.keywords, ...extra] } : g;
  });
}

/** The front-matter line with the learned keywords added, for the center to paste into its file. */
export function keywordsLine(guide: Guide, learned: readonly LearnedKeyword[]): string {
  const [withLearned] = withLearnedKeywords([guide], learned);
  return `keywords: [${withLearned!.keywords.map(yamlWord).join(', ')}]`;
}

const yamlWord = (word: string) =>
  /^[\p{L}\p{N} .-]+$/u.test(word) && !/^[-\d]/.test(word) ? word : JSON.stringify(word);

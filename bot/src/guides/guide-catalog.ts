import type { Guide } from './guide';
import type { Section } from './markdown-sections';

export interface GuideHit {
  guide: Guide;
  score: number;
  /** The guide's own confidence as an answer (0: not one on its own); see search/shown.ts. */
  confidence: number;
}

/** The guides as currently loaded; replaced as a whole when the knowledge folder changes. */
export interface GuideCatalog {
  search(query: string, options?: { center?: string; limit?: number }): GuideHit[];
  get(id: string): Guide | undefined;
  /** The one section of a guide a query points to (not its short answer), or null. */
  matchingSection(query: string, guideId: string): Section | null;
  all(): readonly Guide[];
}

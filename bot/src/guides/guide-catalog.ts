import type { Guide } from './guide';

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
  all(): readonly Guide[];
}

import type { Guide } from './guide';

export interface GuideHit {
  guide: Guide;
  score: number;
}

/** The guides as currently loaded; replaced as a whole when the knowledge folder changes. */
export interface GuideCatalog {
  search(query: string, options?: { center?: string; limit?: number }): GuideHit[];
  get(id: string): Guide | undefined;
  all(): readonly Guide[];
}

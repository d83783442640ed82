import type { Guide } from './guide';
import type { Referral } from './referral';
import type { Section } from './markdown-sections';

export interface GuideHit {
  guide: Guide;
  score: number;
  /** The guide's own confidence as an answer (0: not one on its own); see search/shown.ts. */
  confidence: number;
}

/** What the bot's results show for a query: the guides, and apart from them the referrals. */
interface ShownAnswer {
  guides: GuideHit[];
  referrals: Referral[];
  /** The best answer is a referral: its card comes before the guides. */
  referralFirst: boolean;
}

/** The guides and referrals as currently loaded; replaced as a whole when the knowledge folder changes. */
export interface GuideCatalog {
  /** Guides only, best first (referrals rank with them but are left out). */
  search(query: string, options?: { center?: string; limit?: number }): GuideHit[];
  /** Exactly what the results card shows (`kb search --shown`): guides, and referrals apart. */
  answer(query: string): ShownAnswer;
  get(id: string): Guide | undefined;
  referral(id: string): Referral | undefined;
  /** The one section of a guide a query points to (not its short answer), or null. */
  matchingSection(query: string, guideId: string): Section | null;
  all(): readonly Guide[];
}

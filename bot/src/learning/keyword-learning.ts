import type { Person } from '../callbacks/callback';

/** How an agent used a guide after a search that did not show it. */
export const guideUses = ['opened', 'solved', 'booked'] as const;
export type GuideUse = (typeof guideUses)[number];

/**
 * A search the bot answered, kept for a few minutes so a later use of a guide in the same chat
 * can be paired with it. The words are the statistics form: lower case, every phone- or
 * CPR-shaped digit group masked (decision 0021).
 */
export interface RecentSearch {
  id: string;
  at: Date;
  userId: string;
  /** A hash of the Teams conversation: "in the same chat". */
  chat: string;
  words: string;
  /** The guides the card showed, best first. */
  shown: string[];
}

/** Failed words → the guide the agent then found another way and used. */
export interface KeywordPair {
  /** The search it came from: a search gives at most one pair. */
  searchId: string;
  at: Date;
  userId: string;
  words: string;
  guideId: string;
  use: GuideUse;
}

export const keywordDecisions = ['accepted', 'rejected', 'removed'] as const;
export type KeywordDecisionKind = (typeof keywordDecisions)[number];

/** A coordinator's decision on a suggestion; an accepted one is a keyword of the guide. */
export interface KeywordDecision {
  id: string;
  words: string;
  guideId: string;
  decision: KeywordDecisionKind;
  by: Person;
  at: Date;
}

/** Words at least two agents paired with the same guide, waiting for a coordinator. */
export interface KeywordSuggestion {
  id: string;
  query: string;
  guideId: string;
  /** Different agents who produced the pair. */
  agents: number;
  times: number;
  pairs: { at: Date; use: GuideUse }[];
}

/** A keyword the coordinators accepted: applied when the index is built, on every instance. */
export interface LearnedKeyword {
  id: string;
  guideId: string;
  words: string;
  acceptedBy: Person;
  acceptedAt: Date;
}

import type { KeywordDecision, KeywordPair, RecentSearch } from './keyword-learning';

/** Where the agents' searches, the pairs they make and the coordinators' decisions are kept. */
export interface LearningStore {
  /** A search the bot answered. */
  recordSearch(search: RecentSearch): Promise<void>;
  /** Searches before `before`: past the pairing window nothing reads them again. */
  forgetSearches(before: Date): Promise<number>;
  /** The agent's searches in that chat since `since` that no use of a guide has closed yet. */
  openSearches(userId: string, chat: string, since: Date): Promise<RecentSearch[]>;
  /** Stores the pairs of a use and closes every search of that chat up to it, in one transaction. */
  recordUse(
    pairs: readonly KeywordPair[],
    closes: { userId: string; chat: string; upTo: Date },
  ): Promise<void>;
  pairs(): Promise<KeywordPair[]>;
  recordDecision(decision: KeywordDecision): Promise<void>;
  decisions(): Promise<KeywordDecision[]>;
  /** Changes whenever a decision is recorded: other instances rebuild their index when it does. */
  decisionsVersion(): Promise<string>;
  /** Retention: pairs (they hold agents' words) older than `before`. */
  erasePairs(before: Date): Promise<number>;
}

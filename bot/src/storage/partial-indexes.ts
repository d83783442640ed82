import { sql } from 'kysely';

/**
 * The predicates of the partial indexes, repeated word for word by the queries: SQLite uses a
 * partial index only when the query's WHERE contains its terms. The migrations that created the
 * indexes keep their own copies (migrations are frozen, live code does not import them);
 * test/storage/partial-indexes.test.ts checks that both say the same.
 */

/** Migration 002: callbacks whose time to claim needs measuring. */
export const claimPending = sql.raw(
  'claimed_at is not null and (claim_working_of is null or claim_working_of <> claimed_at)',
);
/** Migration 002: callbacks whose time to close needs measuring. */
export const closePending = sql.raw(
  'closed_at is not null and (close_working_of is null or close_working_of <> closed_at)',
);
/** Migration 004: inquiries solved on the call not yet folded into the daily rollups. */
export const inquiryPending = sql.raw(`kind = 'solved_on_call' and rolled_up is null`);
/** Migration 004: callbacks changed since they were last folded into the daily rollups. */
export const callbackPending = sql.raw('(rollup_version is null or rollup_version <> version)');
/** Migration 005: searches that found nothing (the knowledge-gap report). */
export const unansweredSearch = sql.raw(`kind = 'search' and hit_count = 0`);
/** Migration 005: inquiries whose search text retention has not erased yet. */
export const searchTextKept = sql.raw('query_normalized is not null');

import * as migration002 from '../../bot/src/storage/migrations/002-statistics';
import * as migration004 from '../../bot/src/storage/migrations/004-overview-rollups';
import * as migration005 from '../../bot/src/storage/migrations/005-private-inquiries';
import * as live from '../../bot/src/storage/partial-indexes';

/**
 * Migrations are frozen, so the live queries carry their own copies of the partial indexes'
 * predicates. SQLite uses a partial index only when the query repeats its predicate word for
 * word: the copies must stay the same SQL text as the migrations that created the indexes.
 */
const sqlText = (predicate: { toOperationNode(): unknown }) => predicate.toOperationNode();

describe('partial-index predicates: the live copies say what the migrations say', () => {
  test.each([
    ['claimPending', live.claimPending, migration002.claimPending],
    ['closePending', live.closePending, migration002.closePending],
    ['inquiryPending', live.inquiryPending, migration004.inquiryPending],
    ['callbackPending', live.callbackPending, migration004.callbackPending],
    ['unansweredSearch', live.unansweredSearch, migration005.unansweredSearch],
    ['searchTextKept', live.searchTextKept, migration005.searchTextKept],
  ])('%s', (_name, copy, original) => {
    expect(sqlText(copy)).toEqual(sqlText(original));
  });

  test('every live predicate is checked', () => {
    expect(Object.keys(live).sort()).toEqual([
      'callbackPending',
      'claimPending',
      'closePending',
      'inquiryPending',
      'searchTextKept',
      'unansweredSearch',
    ]);
  });
});

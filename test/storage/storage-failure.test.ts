import { unavailableReason } from '../../bot/src/storage/storage-failure';

const error = (code: string | undefined, message: string) =>
  Object.assign(new Error(message), code ? { code } : {});

describe('which database errors mean "unavailable" (not saved, tell the user) and which are about the data', () => {
  test.each([
    ['SQLITE_FULL', 'database or disk is full', true],
    ['SQLITE_IOERR_WRITE', 'disk I/O error', true],
    ['SQLITE_BUSY', 'database is locked', true],
    ['SQLITE_READONLY', 'attempt to write a readonly database', true],
    ['SQLITE_CANTOPEN', 'unable to open database file', true],
    ['SQLITE_CONSTRAINT_UNIQUE', 'UNIQUE constraint failed: callbacks.idempotency_key', false],
    ['SQLITE_ERROR', 'no such table: nothing', false],
    ['57P01', 'terminating connection due to administrator command', true],
    ['57P03', 'the database system is starting up', true],
    ['08006', 'connection failure', true],
    ['53100', 'could not extend file: No space left on device', true],
    ['25006', 'cannot execute INSERT in a read-only transaction', true],
    ['40001', 'could not serialize access', true],
    ['23505', 'duplicate key value violates unique constraint', false],
    ['42P01', 'relation "nothing" does not exist', false],
    ['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432', true],
    ['ECONNRESET', 'read ECONNRESET', true],
    [undefined, 'Connection terminated unexpectedly', true],
    [undefined, 'Client has encountered a connection error and is not queryable', true],
    [undefined, 'timeout exceeded when trying to connect', true],
    [undefined, 'Cannot read properties of undefined', false],
  ])('%s %s → %s', (code, message, unavailable) => {
    const reason = unavailableReason(error(code, message));
    expect(reason !== null).toBe(unavailable);
    if (reason) expect(reason).toContain(message);
  });
});

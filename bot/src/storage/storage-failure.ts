import { AppError, type SavedOutcome } from '../shared/errors';
import type { SqlContext } from './sql-context';

/**
 * Errors that say the database cannot be used right now (down, restarting, unreachable, disk
 * full, I/O error, locked for too long), as opposed to errors about the query or the data (a
 * unique key, a syntax error), which the repositories handle or which are bugs. The former come
 * back as AppError STORAGE_FAILED, so that the use cases can tell the user "not saved" truthfully.
 */
const sqliteUnavailable = [
  'SQLITE_FULL',
  'SQLITE_IOERR',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_READONLY',
  'SQLITE_CANTOPEN',
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
  'SQLITE_NOMEM',
  'SQLITE_PROTOCOL',
];
/** SQLSTATE classes: connection, insufficient resources (53100 disk full), operator intervention, system. */
const postgresUnavailableClasses = ['08', '53', '57', '58'];
/** Read-only transaction (a replica after failover), serialization and deadlock: nothing was saved. */
const postgresUnavailableStates = ['25006', '40001', '40P01'];
/** pg's own errors when the socket is gone or cannot be opened; they carry no SQLSTATE. */
const lostConnection =
  /Connection terminated|not queryable|timeout exceeded when trying to connect|Connection terminated due to connection timeout|Client was closed/i;
const networkCodes = /^E[A-Z]+$/;

/** A short, data-free reason when `error` means the database is unavailable; null otherwise. */
export function unavailableReason(error: unknown): string | null {
  const e = (error ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : String(error);
  const reason = () => (code ? `${code}: ${message}` : message).slice(0, 200);
  if (code.startsWith('SQLITE_')) return sqliteUnavailable.some((c) => code.startsWith(c)) ? reason() : null;
  if (/^[0-9A-Z]{5}$/.test(code) && !networkCodes.test(code))
    return postgresUnavailableClasses.includes(code.slice(0, 2)) || postgresUnavailableStates.includes(code)
      ? reason()
      : null;
  if (networkCodes.test(code) || lostConnection.test(message)) return reason();
  return null;
}

/** `saved`: see unsavedOutcome in shared/errors. */
export function storageFailure(reason: string, saved: SavedOutcome): AppError {
  return new AppError('STORAGE_FAILED', `the database is unavailable: ${reason}`, { reason, saved });
}

export interface WriteHealth {
  /** The last real write that failed because the database was unavailable, unless one succeeded since. */
  lastFailure(): { at: Date; reason: string } | null;
}

/**
 * The context the repositories get: write() and run() turn "database unavailable" errors into
 * STORAGE_FAILED (saying whether the change may have been saved), and the outcome of the last
 * write is kept for readiness, because a full disk can fail every booking while a tiny probe
 * write still fits.
 */
export function guardedContext(
  ctx: SqlContext,
  now: () => Date = () => new Date(),
): { ctx: SqlContext; health: WriteHealth } {
  let failure: { at: Date; reason: string } | null = null;
  const failed = (error: unknown, saved: SavedOutcome): unknown => {
    const reason = unavailableReason(error);
    if (reason === null) return error;
    failure = { at: now(), reason };
    return storageFailure(reason, saved);
  };
  // PostgreSQL may have committed when the connection broke after the COMMIT was sent; SQLite
  // commits in this process, so a failed commit saved nothing.
  const uncertainCommit: SavedOutcome = ctx.dialect === 'postgres' ? 'unknown' : 'no';
  return {
    health: { lastFailure: () => failure },
    ctx: {
      ...ctx,
      async write(fn) {
        let committing = false;
        try {
          const result = await ctx.write(async (trx) => {
            const value = await fn(trx);
            committing = true;
            return value;
          });
          failure = null;
          return result;
        } catch (error) {
          throw failed(error, committing ? uncertainCommit : 'no');
        }
      },
      async run(fn) {
        try {
          return await ctx.run(fn);
        } catch (error) {
          // One statement in its own transaction: if the connection broke, it may have committed.
          throw failed(error, uncertainCommit);
        }
      },
    },
  };
}

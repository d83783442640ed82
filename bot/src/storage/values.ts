import { sql, type SqlBool } from 'kysely';
import { AppError } from '../shared/errors';

/** Conversions between stored columns and the plain values the ports return. */

export function toMs(date: Date): number {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new AppError('STORAGE_FAILED', 'invalid date', {});
  return ms;
}

export const toMsOrNull = (date: Date | null | undefined): number | null => (date ? toMs(date) : null);
export const fromMs = (ms: number): Date => new Date(Number(ms));
export const fromMsOrNull = (ms: number | null): Date | null => (ms === null ? null : fromMs(ms));

export const toJson = (value: unknown): string => JSON.stringify(value ?? null);

export function fromJson<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}

/** A stored enum value, checked on the way out so that a bad row fails loudly rather than spreading. */
export function oneOf<T extends string>(allowed: readonly T[], value: string, column: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new AppError('STORAGE_FAILED', `unexpected value in ${column}`, { column, value });
}

/** Lower-cased, NFC text for LIKE searches: SQLite's lower() and LIKE fold only ASCII, not æøå. */
export const searchable = (...parts: (string | null | undefined)[]): string =>
  parts
    .filter((p): p is string => typeof p === 'string' && p !== '')
    .join(' \u0001 ')
    .normalize('NFC')
    .toLowerCase();

/** A LIKE pattern matching `text` anywhere, with its own % and _ taken literally (escape '\'). */
export const containsPattern = (text: string): string =>
  `%${text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function isUniqueViolation(error: unknown, column: string): boolean {
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown } | null;
  if (!e) return false;
  if (e.code === '23505') return typeof e.constraint === 'string' && e.constraint.includes(column);
  if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return typeof e.message === 'string' && e.message.includes(column);
  }
  return false;
}

/** A filter on an empty list of values matches nothing (`in ()` would be a syntax error). */
export const noRows = sql<SqlBool>`1 = 0`;

import { sql, type RawBuilder } from 'kysely';
import type { LocalClock } from '../../coordinator/stats-store';

const dayMs = 86_400_000;

/**
 * The local calendar day of an epoch-ms column, as a day number (days since 1970-01-01 on the
 * local calendar): (utc + offset) / day, with the offset switching at daylight-saving changes.
 * Built from literals only (numbers the server computed, never user input), so that PostgreSQL
 * sees the same expression in SELECT and GROUP BY.
 */
export function localDayOf(column: string, clock: LocalClock): RawBuilder<number> {
  const ref = sql.ref(column);
  const later = [...clock.changes].sort((a, b) => b.at.getTime() - a.at.getTime());
  const offset =
    later.length === 0
      ? sql.lit(clock.offsetMs)
      : sql`case ${sql.join(
          later.map((c) => sql`when ${ref} >= ${sql.lit(c.at.getTime())} then ${sql.lit(c.offsetMs)}`),
          sql` `,
        )} else ${sql.lit(clock.offsetMs)} end`;
  return sql<number>`(${ref} + ${offset}) / ${sql.lit(dayMs)}`;
}

/** Day number -> 'YYYY-MM-DD'. */
export const dayString = (dayNumber: number): string =>
  new Date(Number(dayNumber) * dayMs).toISOString().slice(0, 10);

/** 'YYYY-MM-DD' -> day number, as the daily rollups key their rows. */
export const dayNumber = (localDate: string): number => Date.parse(`${localDate}T00:00:00Z`) / dayMs;

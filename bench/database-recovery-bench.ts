import { setTimeout as sleep } from 'node:timers/promises';
import {
  bindChannels,
  bookingScene,
  newBooking,
  openBookingForm,
  pressBook,
} from '../test/faults/support/booking-load';
import { readyz } from '../test/faults/support/readiness';
import { startThrowawayPostgres, throwawayPostgresNeed } from '../test/faults/support/throwaway-postgres';
import { startProcessHarness } from './app-process-harness';
import { formatNumber as fmt, summarize, type Row } from './table';

export interface DatabaseRecoveryOptions {
  /** `pg_ctl restart -m fast` rounds. */
  restarts: number;
  /** Then one stop of this long before starting again (0: none). */
  stopMs: number;
  /** How long to wait for recovery before counting a round as failed. */
  giveUpMs: number;
}

export const databaseRecoveryDefaults: DatabaseRecoveryOptions = {
  restarts: 5,
  stopMs: 15_000,
  giveUpMs: 60_000,
};

interface Round {
  kind: 'restart' | 'stop';
  /** From the fault's command (restart, or start after the stop) to the first booking confirmed. */
  fromCommandMs: number;
  /** From the database accepting connections again to /readyz 200. */
  readyMs: number;
  /** From the database accepting connections again to the first booking confirmed. */
  bookingMs: number;
}

/**
 * Recovery after PostgreSQL restarts, without restarting the app: one app process (as `npm start`
 * runs it) on a throwaway PostgreSQL server, an agent booking every 100 ms; the server is
 * restarted (`pg_ctl restart -m fast`) and stopped for a while, and the time from the database
 * being back to the app being ready and confirming bookings again is measured. Target ≤ 5 s.
 */
export async function benchDatabaseRecovery(
  options: { quick?: boolean } & Partial<DatabaseRecoveryOptions> = {},
): Promise<{ rows: Row[]; notes: string[] }> {
  const need = throwawayPostgresNeed();
  if (!need.available) return { rows: [], notes: [`Database recovery not measured: ${need.missing}.`] };
  const o = {
    ...databaseRecoveryDefaults,
    ...(options.quick ? { restarts: 2, stopMs: 5_000 } : {}),
    ...options,
  };
  const scene = bookingScene(1);
  const agent = scene.agents[0]!;
  const pg = await startThrowawayPostgres();
  try {
    const h = await startProcessHarness({
      env: { DATABASE_URL: pg.url, OUTBOX_POLL_MS: '200' },
      teams: scene.teams,
    });
    try {
      await bindChannels(h.url, h.emulator, scene.staff[0]!, scene.places);
      const form = await openBookingForm(h, agent, scene.places[0]!.code);
      const rounds: Round[] = [];
      const measure = async (kind: Round['kind'], fault: () => Promise<void>, pause = async () => {}) => {
        await pause();
        const issued = Date.now();
        await fault();
        const back = Date.now();
        let readyMs: number | undefined;
        let bookingMs: number | undefined;
        while ((readyMs === undefined || bookingMs === undefined) && Date.now() - back < o.giveUpMs) {
          const next = sleep(100);
          if (readyMs === undefined && (await readyz(h.url).catch(() => null))?.status === 200)
            readyMs = Date.now() - back;
          if (bookingMs === undefined) {
            const answer = await pressBook(h, agent, newBooking(form));
            if (answer.kind === 'acknowledged') bookingMs = Date.now() - back;
          }
          await next;
        }
        rounds.push({
          kind,
          fromCommandMs: bookingMs === undefined ? NaN : bookingMs + back - issued,
          readyMs: readyMs ?? NaN,
          bookingMs: bookingMs ?? NaN,
        });
      };
      for (let i = 0; i < o.restarts; i++) {
        await sleep(1000);
        await measure('restart', () => pg.restart());
      }
      if (o.stopMs > 0) {
        await measure(
          'stop',
          () => pg.start(),
          async () => {
            await pg.stop();
            await sleep(o.stopMs);
          },
        );
      }
      const alive = (await readyz(h.url)).status === 200;
      const restarts = rounds.filter((r) => r.kind === 'restart');
      const stop = rounds.find((r) => r.kind === 'stop');
      const worst = (ms: number[]) => (ms.some(Number.isNaN) ? 'never' : fmt(Math.max(...ms)));
      const rows: Row[] = [
        {
          metric: `after \`pg_ctl restart -m fast\` (${restarts.length}×): database back → /readyz 200, median / worst (ms)`,
          value: `${fmt(summarize(restarts.map((r) => r.readyMs)).p50)} / ${worst(restarts.map((r) => r.readyMs))}`,
          target: '',
        },
        {
          metric: 'database back → first booking confirmed, median / worst (ms)',
          value: `${fmt(summarize(restarts.map((r) => r.bookingMs)).p50)} / ${worst(restarts.map((r) => r.bookingMs))}`,
          target: '≤ 5000',
        },
        {
          metric: 'restart command → first booking confirmed, median / worst (ms)',
          value: `${fmt(summarize(restarts.map((r) => r.fromCommandMs)).p50)} / ${worst(restarts.map((r) => r.fromCommandMs))}`,
          target: '',
        },
      ];
      if (stop)
        rows.push(
          {
            metric: `after a ${o.stopMs / 1000} s stop: database back → /readyz 200 (ms)`,
            value: worst([stop.readyMs]),
            target: '',
          },
          {
            metric: 'database back → first booking confirmed (ms)',
            value: worst([stop.bookingMs]),
            target: '≤ 5000',
          },
        );
      rows.push({
        metric: 'the same app process throughout (no restart), ready at the end',
        value: alive ? 'yes' : 'no',
        target: 'yes',
      });
      return {
        rows,
        notes: [
          `One app process (as \`npm start\` runs it) on a throwaway PostgreSQL 127.0.0.1:${pg.port}. ` +
            'From the moment the database accepts connections again, an agent books every 100 ms and /readyz is polled.',
        ],
      };
    } finally {
      await h.stop();
    }
  } finally {
    await pg.destroy();
  }
}

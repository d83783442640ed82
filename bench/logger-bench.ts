import fs from 'node:fs';
import { createRequire } from 'node:module';
import { createLogger, type Logger } from '../bot/src/shared/logger';
import { machineLine, markdownTable } from './table';

/**
 * `npx tsx bench/logger-bench.ts`: what one hot-path log line costs with our own JSON logger and
 * with pino, the logger restify 12 already brings (loaded from restify's own dependencies, so the
 * comparison adds no package). Both write synchronously to /dev/null, so the numbers are the
 * formatting plus one write. Decision 0057 records the result.
 */
type PinoLike = {
  info(fields: Record<string, unknown>, msg: string): void;
  debug(fields: Record<string, unknown>, msg: string): void;
  child(fields: Record<string, unknown>): PinoLike;
};
type PinoFactory = ((options: object, destination: unknown) => PinoLike) & {
  destination(options: { dest: number; sync: boolean }): unknown;
  stdTimeFunctions: { isoTime: () => string };
};

const lines = Number(process.argv[2] ?? 200_000);
const rounds = 5;
const fd = fs.openSync('/dev/null', 'w');
const pino = createRequire(require.resolve('restify'))('pino') as PinoFactory;

// A line as the callback use cases write it: an event name and a few ids, no citizen data.
const fields = { callbackId: 'c0f9a3e2-5b1d-4c1e-9a7e-2f1d3b4c5a6e', centerCode: 'CSO', attempts: 2 };

const own: Logger = createLogger({ level: 'info', sink: (line) => fs.writeSync(fd, line + '\n') });
const ownChild = own.child({ instance: 'bench-1' });
const pinoLogger = pino(
  { level: 'info', base: undefined, timestamp: pino.stdTimeFunctions.isoTime },
  pino.destination({ dest: fd, sync: true }),
);
const pinoChild = pinoLogger.child({ instance: 'bench-1' });
// The same without the write: the formatting alone.
const ownUnwritten = createLogger({ level: 'info', sink: () => undefined });
const pinoUnwritten = pino(
  { level: 'info', base: undefined, timestamp: pino.stdTimeFunctions.isoTime },
  { write: () => undefined },
);

const cases: { name: string; run: () => void }[] = [
  { name: 'own: info line', run: () => own.info('callback.claimed', fields) },
  { name: 'pino: info line', run: () => pinoLogger.info(fields, 'callback.claimed') },
  { name: 'own: child logger line', run: () => ownChild.info('callback.claimed', fields) },
  { name: 'pino: child logger line', run: () => pinoChild.info(fields, 'callback.claimed') },
  { name: 'own: info line, formatting only', run: () => ownUnwritten.info('callback.claimed', fields) },
  { name: 'pino: info line, formatting only', run: () => pinoUnwritten.info(fields, 'callback.claimed') },
  { name: 'own: debug line, filtered out', run: () => own.debug('callback.claimed', fields) },
  { name: 'pino: debug line, filtered out', run: () => pinoLogger.debug(fields, 'callback.claimed') },
];

/** Nanoseconds per line, the best of a few rounds (the least disturbed by the machine's other work). */
function measure(run: () => void): number {
  for (let i = 0; i < lines / 10; i++) run();
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < lines; i++) run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / lines);
  }
  return best;
}

const rows = cases.map(({ name, run }) => {
  const ns = measure(run);
  return { case: name, 'ns per line': Math.round(ns), 'lines per second': Math.round(1e9 / ns) };
});
process.stdout.write(`${machineLine()}\n\n${markdownTable(rows)}\n`);
fs.closeSync(fd);

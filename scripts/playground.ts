import path from 'node:path';
import { createLogger, type LogLevel } from '../bot/src/shared/logger';
import { hasDisplay } from './playground/playground-cli';
import { playgroundConfigFile, root, startTryOut, type RunningTryOut } from './playground/start-try-out';

/**
 * `npm run playground [-- --keep]`: the bot and the Microsoft 365 Agents Playground together, to
 * try the app without a tenant. docs/playground.md walks through it. Ctrl+C stops both.
 */
const say = (text: string) => process.stdout.write(`${text}\n`);

async function main(): Promise<void> {
  const keepData = process.argv.includes('--keep');
  // The bot's JSON log would bury the instructions; LOG_LEVEL=info shows it all.
  const logLevel = (process.env.LOG_LEVEL?.trim() || 'error') as LogLevel;
  const openBrowser = process.env.TEAMSAPPTESTER_BROWSER !== 'none' && hasDisplay(process.env);
  let tryOut: RunningTryOut;
  try {
    tryOut = await startTryOut({
      env: process.env,
      logger: createLogger({ level: logLevel }),
      openBrowser,
      keepData,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`playground: kunne ikke starte: ${message}\n`);
    if (/EADDRINUSE/.test(message)) {
      process.stderr.write('Kører botten allerede (npm start)? Stop den, eller vælg en anden PORT=...\n');
    }
    process.exit(1);
  }

  for (const name of tryOut.ignored) {
    say(`Bemærk: ${name} ignoreres i prøven (playground sender intet token; botten kører lokalt).`);
  }
  say(
    [
      '',
      `Microsoft 365 Agents Playground: http://localhost:${tryOut.playground.port}${openBrowser ? ' (åbnes i browseren)' : ''}`,
      `Botten:                          ${tryOut.botEndpoint} (lokal tilstand, ${keepData ? 'data fra sidst' : 'frisk database'})`,
      `Teams-opsætning:                 ${path.relative(root, playgroundConfigFile)}`,
      '',
      'Prøv: skriv »@Kontaktcenter tilknyt CSO« i kanalen »CSO tilbagekald«, søg »hjemmehjælp« i',
      'Personal Chat, book et tilbagekald, og tag opgaven i kanalen. Se docs/playground.md.',
      'Stop med Ctrl+C.',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const force = setTimeout(() => process.exit(code || 1), 10_000);
    force.unref();
    await tryOut.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  void tryOut.playground.exited.then((code) => {
    if (stopping) return;
    process.stderr.write(`playground: Agents Playground stoppede (kode ${code}); stopper botten.\n`);
    void stop(code ?? 1);
  });
}

void main();

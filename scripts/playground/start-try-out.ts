import fs from 'node:fs';
import path from 'node:path';
import { startApp, type RunningApp } from '../../bot/src/app';
import { loadConfig } from '../../bot/src/config/config';
import type { Logger } from '../../bot/src/shared/logger';
import { repoRoot } from '../../bot/src/config/repo-root';
import { startCardRelay } from './card-relay';
import { startPlaygroundCli, type RunningPlayground } from './playground-cli';

/**
 * The local try-out: the bot in process, in local mode, with its own SQLite file, and the Agents
 * Playground in front of it playing Teams with the team, channels and people of
 * .m365agentsplayground.yml. No tenant, no tunnel, no network.
 */
export const root = repoRoot(__dirname);
export const playgroundConfigFile = path.join(root, '.m365agentsplayground.yml');
const defaultPlaygroundPort = 56150;

export interface TryOutOptions {
  /** The environment the bot's settings come from (process.env for `npm run playground`). */
  env: Record<string, string | undefined>;
  logger: Logger;
  openBrowser: boolean;
  /** Keep the callbacks and channel bindings of the last try-out instead of starting afresh. */
  keepData?: boolean;
  onPlaygroundOutput?: (line: string) => void;
}

export interface RunningTryOut {
  app: RunningApp;
  botEndpoint: string;
  playground: RunningPlayground;
  /** Settings the try-out overrode, e.g. a MICROSOFT_APP_ID it had to ignore. */
  ignored: string[];
  stop(): Promise<void>;
}

/**
 * The bot's environment for the try-out. The playground sends no token, so the bot must run in
 * local mode, which accepts anyone: it listens on loopback only, and never on a real database.
 */
export function tryOutEnvironment(env: Record<string, string | undefined>): {
  env: Record<string, string | undefined>;
  sqliteFile: string;
  ignored: string[];
} {
  const ignored = ['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD', 'DATABASE_URL'].filter((name) =>
    env[name]?.trim(),
  );
  const sqliteFile = path.resolve(
    env.PLAYGROUND_SQLITE_FILE?.trim() || path.join(root, 'data', 'playground.sqlite'),
  );
  return {
    env: {
      ...env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: env.PORT?.trim() || '3978',
      MICROSOFT_APP_ID: undefined,
      MICROSOFT_APP_PASSWORD: undefined,
      DATABASE_URL: undefined,
      SQLITE_FILE: sqliteFile,
      // New callbacks reach the channel within a fraction of a second.
      OUTBOX_POLL_MS: env.OUTBOX_POLL_MS?.trim() || '200',
    },
    sqliteFile,
    ignored,
  };
}

export async function startTryOut(options: TryOutOptions): Promise<RunningTryOut> {
  const { env, sqliteFile, ignored } = tryOutEnvironment(options.env);
  if (!options.keepData) {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(sqliteFile + suffix, { force: true });
  }
  fs.mkdirSync(path.dirname(sqliteFile), { recursive: true });
  const app = await startApp(loadConfig(env), options.logger);
  const botEndpoint = `http://127.0.0.1:${app.port}/api/messages`;
  const relay = await startCardRelay(botEndpoint);
  let playground: RunningPlayground;
  try {
    playground = await startPlaygroundCli({
      botEndpoint: relay.botUrl,
      port: Number(options.env.PLAYGROUND_PORT?.trim() || defaultPlaygroundPort),
      serviceUrl: relay.url,
      configFile: playgroundConfigFile,
      logFile: path.join(path.dirname(sqliteFile), 'playground', 'agentsplayground.log'),
      openBrowser: options.openBrowser,
      ...(options.onPlaygroundOutput ? { onOutput: options.onPlaygroundOutput } : {}),
    });
  } catch (error) {
    await relay.stop();
    await app.stop();
    throw error;
  }
  relay.setTarget(playground.url);
  return {
    app,
    botEndpoint,
    playground,
    ignored,
    stop: async () => {
      await playground.stop();
      await relay.stop();
      await app.stop();
    },
  };
}

import { startApp } from './app';
import { loadSettings } from './config/load-settings';
import { nextSteps } from './http/next-steps';
import { isAppError } from './shared/errors';
import { createLogger } from './shared/logger';

/** Entry point of `npm start` and of the production build. */
async function main(): Promise<void> {
  let config;
  let tabAuth;
  try {
    ({ config, tabAuth } = loadSettings(process.env));
  } catch (error) {
    const message = isAppError(error) ? error.message.replace(/^CONFIG_INVALID: /, '') : String(error);
    process.stderr.write(`Invalid configuration: ${message}\n`);
    process.exit(1);
  }
  const logger = createLogger({ level: config.logLevel });
  const app = await startApp(config, logger, undefined, tabAuth);
  // For the person at the terminal; in production the log is for machines (decision 0047).
  if (config.env !== 'production') {
    process.stdout.write(nextSteps(app.url, config.microsoftApp ? 'authenticated' : 'local') + '\n');
  }

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('server.shutdown', { signal });
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('server.shutdown_failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGHUP', () => app.knowledge.reload('SIGHUP'));
  process.on('unhandledRejection', (error) => logger.error('process.unhandled_rejection', { error }));
}

main().catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${isAppError(error) ? error.message : String(error)}\n`);
  process.exit(1);
});

import { loadSettings } from './config/load-settings';
import { nextSteps } from './http/next-steps';
import { isAppError } from './shared/errors';
import { createLogger } from './shared/logger';
import { startAzureMonitor } from './telemetry/azure-monitor';

/** Entry point of `npm start` and of the production build. */
async function main(): Promise<void> {
  let config;
  let tabAuth;
  let unknown;
  try {
    ({ config, tabAuth, unknown } = loadSettings(process.env));
  } catch (error) {
    const message = isAppError(error) ? error.message.replace(/^CONFIG_INVALID: /, '') : String(error);
    process.stderr.write(`Invalid configuration: ${message}\n`);
    process.exit(1);
  }
  const logger = createLogger({ level: config.logLevel });
  // A misspelt setting is otherwise silently ignored and its default used (unknown-settings.ts).
  for (const { setting, meant } of unknown) logger.warn('config.unknown_setting', { setting, meant });
  // Before the app, so that its first requests and database calls are traced (decision 0050).
  const { connectionString } = config.telemetry;
  const telemetry = connectionString ? startAzureMonitor(connectionString, logger) : null;
  // Loaded after telemetry starts: OpenTelemetry traces the http module only for code that loads
  // it afterwards, and the app brings restify, which brings http.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startApp } = require('./app') as typeof import('./app');
  const app = await startApp(config, logger, undefined, tabAuth);
  telemetry?.reportMetrics(app.metricSource);
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
    app
      .stop()
      .then(() => telemetry?.stop())
      .then(
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

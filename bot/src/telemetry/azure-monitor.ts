import type { Span } from '@opentelemetry/api';
import type { PromSource } from '../metrics/otel-bridge';
import type { Logger } from '../shared/logger';
import { redactedUrlAttributes } from './redact-urls';

/**
 * Metrics and traces to Application Insights through the Azure Monitor OpenTelemetry distro, when
 * APPLICATIONINSIGHTS_CONNECTION_STRING is set (decision 0050): on App Service nothing can scrape
 * /metrics, so the series are pushed instead. Off when unset: the distro is then never loaded.
 *
 * Traces: incoming requests (request telemetry: counts, failures, duration percentiles) and
 * outgoing calls to Teams, Entra, Graph and PostgreSQL (dependency telemetry), with every URL's
 * query string removed. No logs are sent (the JSON log stays on stdout), and no live metrics
 * (they would show raw request URLs). An unreachable endpoint costs nothing but failed exports:
 * the exporter retries in the background and never holds a request.
 */
export interface Telemetry {
  /** Reports the prom-client series (otel-bridge.ts) with each metrics export. */
  reportMetrics(source: PromSource): void;
  /** Sends what is buffered, giving up after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<void>;
}

export function startAzureMonitor(connectionString: string, logger: Logger): Telemetry {
  // The cloud role name in Application Insights; the operator may choose another.
  process.env.OTEL_SERVICE_NAME ??= 'kontaktcenter';
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when switched on */
  const distro = require('@azure/monitor-opentelemetry') as typeof import('@azure/monitor-opentelemetry');
  const api = require('@opentelemetry/api') as typeof import('@opentelemetry/api');
  const { reportPromMetrics } = require('../metrics/otel-bridge') as typeof import('../metrics/otel-bridge');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const redact = (span: Span) => {
    const attributes = (span as unknown as { attributes?: Record<string, unknown> }).attributes ?? {};
    span.setAttributes(redactedUrlAttributes(attributes as Parameters<typeof redactedUrlAttributes>[0]));
  };
  const http = {
    enabled: true,
    requestHook: redact,
    // The platform's health probes and scrapes would be most of the requests, and say nothing.
    ignoreIncomingRequestHook: (req: { url?: string }) => /^\/(healthz|readyz|metrics)\b/.test(req.url ?? ''),
  };
  distro.useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    enableLiveMetrics: false,
    instrumentationOptions: {
      http,
      postgreSql: { enabled: true },
      azureSdk: { enabled: false },
      mongoDb: { enabled: false },
      mySql: { enabled: false },
      redis: { enabled: false },
      redis4: { enabled: false },
      bunyan: { enabled: false },
      winston: { enabled: false },
      console: { enabled: false },
    },
  });
  logger.info('telemetry.azure_monitor', {
    message: 'Metrics and traces go to Application Insights (APPLICATIONINSIGHTS_CONNECTION_STRING).',
  });
  return {
    reportMetrics: (source) => reportPromMetrics(api.metrics.getMeter('kontaktcenter'), source),
    stop: async (timeoutMs = 3000) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
        timer.unref();
      });
      await Promise.race([distro.shutdownAzureMonitor().catch(() => undefined), timeout]);
      clearTimeout(timer);
    },
  };
}

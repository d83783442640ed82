import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot as findRepoRoot } from './repo-root';
import { configInvalid, isSecretSetting, type ConfigProblem } from './config-problems';

/**
 * All configuration, validated once at start-up from the environment. Tests build a Config
 * literal (see `testConfig`) and never touch process.env. `.env.example` documents each setting.
 */
const repoRoot = findRepoRoot();

const optionalText = z.string().trim().optional();
/** Entra ids are GUIDs: a name or a domain here fails only later, at the first token, far from the cause. */
const entraId = (what: string) =>
  z
    .string()
    .trim()
    .pipe(z.guid(`must be ${what} (a GUID such as 9d3c6a1e-…), not a name or a domain`))
    .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  // Unset: 127.0.0.1 while anything is unauthenticated (local mode), else 0.0.0.0 (app.ts).
  HOST: z.string().trim().min(1).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  MICROSOFT_APP_ID: entraId("the bot's Entra application (client) id"),
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TENANT_ID: entraId('the Entra directory (tenant) id'),
  MICROSOFT_APP_TYPE: z.enum(['SingleTenant', 'UserAssignedMSI', 'MultiTenant']).default('SingleTenant'),
  // Where the Bot Connector's token signing keys are announced, and how long checking a token may take.
  BOT_OPENID_METADATA_URL: z
    .url({ protocol: /^https?$/ })
    .default('https://login.botframework.com/v1/.well-known/openidconfiguration'),
  BOT_AUTH_TIMEOUT_MS: z.coerce.number().int().min(500).max(30_000).default(5000),
  BOT_NAME: z.string().trim().min(1).default('Kontaktcenter'),
  // Who may bind and move centers' channels: Entra object ids, separated by commas or spaces.
  BINDING_ADMINS: z
    .string()
    .transform((raw) => raw.split(/[\s,;]+/).filter(Boolean))
    .pipe(z.array(z.guid('must be Entra object ids (GUIDs), separated by commas')))
    .default([]),
  KNOWLEDGE_DIR: z.string().trim().min(1).default(path.join(repoRoot, 'knowledge')),
  CENTERS_FILE: optionalText,
  SYNONYMS_FILE: optionalText,
  KNOWLEDGE_WATCH: z.enum(['true', 'false']).default('true'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  SQLITE_FILE: z
    .string()
    .trim()
    .min(1)
    .default(path.join(repoRoot, 'data', 'kontaktcenter.sqlite')),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  ACCESS_LOG_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(730),
  ACCESS_LOG_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  CALENDAR_FILE: optionalText,
  REMINDER_LEAD_MINUTES: z.coerce.number().int().min(0).max(10_080).default(120),
  NOT_REACHED_MIN_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(2),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  JOBS_INTERVAL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  LEARNED_KEYWORDS_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(2_000),
  // A user's turn (a card button, a booking): each call to Teams, and all of them together, must
  // leave room in Teams' 10-15 s window for the invoke answer (decision 0043). A call is cut
  // short when the budget runs out, so a per-call timeout above the budget is harmless.
  TURN_TEAMS_TIMEOUT_MS: z.coerce.number().int().min(500).max(10_000).default(3_000),
  TURN_BUDGET_MS: z.coerce.number().int().min(1000).max(10_000).default(5_000),
  // The outbox's own Teams calls (bot/src/outbox): short, so that a lease fits in 30 s (decision 0033).
  OUTBOX_TEAMS_TIMEOUT_MS: z.coerce.number().int().min(1000).max(60_000).default(8_000),
  INSTANCE_ID: z
    .string()
    .trim()
    .regex(/^[^#\s]{1,200}$/, 'must be 1-200 characters without spaces or #')
    .optional(),
  // Set by Azure App Service for each instance (stable across restarts); the default INSTANCE_ID.
  WEBSITE_INSTANCE_ID: optionalText,
  // Resource-specific consent ChannelMessage.Read.Group granted (decision 0032).
  CHANNEL_MESSAGE_READ_GRANTED: z.enum(['true', 'false']).default('false'),
  // Metrics (bot/src/http/metrics.ts): when set, GET /metrics requires `Authorization: Bearer <token>`.
  METRICS_TOKEN: z.string().trim().min(16, 'must be at least 16 characters').optional(),
  // Metrics and traces to Application Insights (bot/src/telemetry, decision 0050); unset: off.
  APPLICATIONINSIGHTS_CONNECTION_STRING: z
    .string()
    .trim()
    .regex(
      /(^|;)\s*InstrumentationKey=[^;]+/i,
      'must be the connection string of an Application Insights resource (InstrumentationKey=…;IngestionEndpoint=…)',
    )
    .optional(),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  /** Absent: chosen at start-up by mode (listen-address.ts). */
  host?: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  botName: string;
  /** Entra object ids (lower case) of those who may bind and move channels; empty: local try-out. */
  bindingAdmins: readonly string[];
  /** Absent in local mode: the bot then accepts unauthenticated requests, like the emulator. */
  microsoftApp: { id: string; password?: string; tenantId?: string; type: string } | null;
  /** How the bot endpoint checks the Bot Connector's tokens (authenticated mode only). */
  botAuth: { openIdMetadataUrl: string; timeoutMs: number };
  knowledge: { dir: string; centersFile: string; synonymsFile: string; watch: boolean };
  storage: { databaseUrl?: string; sqliteFile: string };
  retentionDays: number;
  accessLog: { retentionDays: number; key: string };
  calendarFile: string;
  callbacks: { reminderLeadMinutes: number; notReachedMinAttempts: number };
  jobs: { outboxPollMs: number; intervalMs: number; learnedKeywordsPollMs: number };
  /** Calls to Teams while a user waits for the answer (card buttons, bookings); no retries. */
  turn: {
    /** Per call to Teams (the budget cuts it shorter when less is left). */
    teamsTimeoutMs: number;
    /** All of a card action's calls to Teams together; then the user is told to try again. */
    budgetMs: number;
  };
  outbox: {
    /** Per Teams call made by the outbox; the lease is derived from it (see outboxLeaseMs). */
    teamsTimeoutMs: number;
    /** Stable across restarts of this instance, different for every live instance. */
    instanceId: string;
    /** The team owners granted ChannelMessage.Read.Group: check the channel before a resend. */
    channelMessageRead: boolean;
  };
  /** Bearer token for GET /metrics; required in production; absent: /metrics is open (local only). */
  metricsToken?: string;
  /** Application Insights, for hosts that cannot be scraped (App Service); absent: off. */
  telemetry: { connectionString?: string };
}

/** The names of the settings read here (for unknown-settings.ts). */
export const configSettings: readonly string[] = Object.keys(envSchema.shape);

/** Only for local development: the access log's citizen keys are then not secret. */
const developmentAccessLogKey = 'local-development-access-log-key';

export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty setting (`KNOWLEDGE_DIR=` copied from .env.example) means "use the default".
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = envSchema.safeParse(given);
  const problems: ConfigProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const setting = String(issue.path[0] ?? 'configuration');
        const shown = isSecretSetting(setting) ? '' : ` (got ${JSON.stringify(env[setting])})`;
        return { setting, message: `${issue.message}${shown}` };
      });
  // Checks across settings read the given text, so they are made even when a value is invalid.
  problems.push(...missingTogether(given), ...unresolvedReferences(given));
  if (problems.length > 0 || !parsed.success) throw configInvalid(problems);
  const e = parsed.data;
  const knowledgeDir = path.resolve(e.KNOWLEDGE_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    botName: e.BOT_NAME,
    bindingAdmins: e.BINDING_ADMINS.map((id) => id.toLowerCase()),
    microsoftApp: e.MICROSOFT_APP_ID
      ? {
          id: e.MICROSOFT_APP_ID,
          password: e.MICROSOFT_APP_PASSWORD,
          tenantId: e.MICROSOFT_APP_TENANT_ID,
          type: e.MICROSOFT_APP_TYPE,
        }
      : null,
    botAuth: { openIdMetadataUrl: e.BOT_OPENID_METADATA_URL, timeoutMs: e.BOT_AUTH_TIMEOUT_MS },
    knowledge: {
      dir: knowledgeDir,
      centersFile: path.resolve(e.CENTERS_FILE ?? path.join(repoRoot, 'knowledge', 'centers.yaml')),
      synonymsFile: path.resolve(e.SYNONYMS_FILE ?? path.join(repoRoot, 'knowledge', 'synonyms.yaml')),
      watch: e.KNOWLEDGE_WATCH === 'true',
    },
    storage: { databaseUrl: e.DATABASE_URL, sqliteFile: e.SQLITE_FILE },
    retentionDays: e.RETENTION_DAYS,
    accessLog: {
      retentionDays: e.ACCESS_LOG_RETENTION_DAYS,
      key: e.ACCESS_LOG_KEY ?? developmentAccessLogKey,
    },
    calendarFile: path.resolve(e.CALENDAR_FILE ?? path.join(repoRoot, 'knowledge', 'calendar.yaml')),
    callbacks: {
      reminderLeadMinutes: e.REMINDER_LEAD_MINUTES,
      notReachedMinAttempts: e.NOT_REACHED_MIN_ATTEMPTS,
    },
    jobs: {
      outboxPollMs: e.OUTBOX_POLL_MS,
      intervalMs: e.JOBS_INTERVAL_MS,
      learnedKeywordsPollMs: e.LEARNED_KEYWORDS_POLL_MS,
    },
    turn: { teamsTimeoutMs: e.TURN_TEAMS_TIMEOUT_MS, budgetMs: e.TURN_BUDGET_MS },
    outbox: {
      teamsTimeoutMs: e.OUTBOX_TEAMS_TIMEOUT_MS,
      instanceId: e.INSTANCE_ID ?? instanceIdOf(e.WEBSITE_INSTANCE_ID ?? os.hostname()),
      channelMessageRead: e.CHANNEL_MESSAGE_READ_GRANTED === 'true',
    },
    metricsToken: e.METRICS_TOKEN,
    telemetry: { connectionString: e.APPLICATIONINSIGHTS_CONNECTION_STRING },
  };
}

/** Settings that are required in production, or by another setting that is given. */
function missingTogether(given: Record<string, string | undefined>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const production = given.NODE_ENV === 'production';
  const requiredInProduction = [
    'MICROSOFT_APP_ID',
    'MICROSOFT_APP_TENANT_ID',
    'ACCESS_LOG_KEY',
    'BINDING_ADMINS',
    'METRICS_TOKEN',
  ];
  if (production) {
    for (const setting of requiredInProduction) {
      if (!given[setting]) problems.push({ setting, message: 'is required when NODE_ENV=production' });
    }
    const metadata = given.BOT_OPENID_METADATA_URL;
    if (metadata && /^https?:\/\//.test(metadata) && !metadata.startsWith('https://')) {
      problems.push({
        setting: 'BOT_OPENID_METADATA_URL',
        message: 'must be an https URL when NODE_ENV=production',
      });
    }
  }
  if (
    given.MICROSOFT_APP_ID &&
    given.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' &&
    !given.MICROSOFT_APP_PASSWORD
  ) {
    problems.push({
      setting: 'MICROSOFT_APP_PASSWORD',
      message: 'is required with MICROSOFT_APP_ID (unless MICROSOFT_APP_TYPE=UserAssignedMSI)',
    });
  }
  return problems;
}

/**
 * App Service passes a Key Vault reference it could not resolve (no access, wrong name) on as its
 * own text, which would pass for a long secret: ACCESS_LOG_KEY would silently be the reference.
 */
function unresolvedReferences(given: Record<string, string | undefined>): ConfigProblem[] {
  return Object.entries(given)
    .filter(([, value]) => /^\s*@Microsoft\.KeyVault\(/i.test(value ?? ''))
    .map(([setting]) => ({
      setting,
      message:
        "is a Key Vault reference that App Service could not resolve: give the web app's identity the role Key Vault Secrets User on the vault and check the secret's name",
    }));
}

/** A host-given id made fit for a worker name: '#' separates the instance from its run. */
const instanceIdOf = (given: string): string => given.replace(/[#\s]/g, '_').slice(0, 200) || 'instance';

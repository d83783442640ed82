import { z } from 'zod';
import { configInvalid, type ConfigProblem } from '../../config/config-problems';
import type { RoleTarget } from '../../coordinator/roles';
import { defaultRoleMap, parseRoleTarget, type RoleMap } from './roles';
import type { TabUser } from './tab-user';

/**
 * How the coordinator tab's API checks who is calling. `local`: no Entra app is configured, every
 * request is a development user (never in production, see `isLocalAllowed`). `entra`: Teams SSO
 * tokens are verified against the tenant's signing keys. Tests build a literal, never touch env.
 */
interface LocalTabAuthConfig {
  mode: 'local';
  devUser: TabUser;
}

export interface EntraTabAuthConfig {
  mode: 'entra';
  tenantId: string;
  clientId: string;
  audiences: string[];
  issuerTemplate: string;
  jwksUrl: string;
  /** Needed only to read group membership (on-behalf-of flow). */
  clientSecret?: string;
  /** Entra host, e.g. https://login.microsoftonline.com; the token endpoint is derived from it. */
  authority: string;
  graphBaseUrl: string;
  roleMap: RoleMap;
  /** Entra group object id (lower case) -> role; set to read roles from group membership. */
  roleGroups?: RoleMap;
}

export type TabAuthConfig = LocalTabAuthConfig | EntraTabAuthConfig;

export const localDevUser: TabUser = {
  id: 'local-developer',
  name: 'Lokal udvikler',
  upn: 'udvikler@localhost',
  tenantId: 'local',
  roles: ['coordinator'],
  centerCodes: [],
};

/** Local mode accepts anyone: only outside production. */
export const isLocalAllowed = (nodeEnv: string | undefined): boolean => nodeEnv !== 'production';

const text = z.string().trim().optional();
const url = z.url({ protocol: /^https?$/ }).optional();
const target = z
  .string()
  .trim()
  .regex(/^[^\s]{1,40}$/, 'must be "coordinator" or a center code')
  .transform(parseRoleTarget);
const jsonMap = <K extends z.ZodType<string>>(key: K) =>
  z
    .string()
    .transform((raw, ctx) => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
        return z.NEVER;
      }
    })
    .pipe(z.record(key, target))
    .optional();

const envSchema = z.object({
  NODE_ENV: text,
  MICROSOFT_APP_ID: text,
  MICROSOFT_APP_PASSWORD: text,
  MICROSOFT_APP_TENANT_ID: text,
  TAB_CLIENT_ID: z.guid('must be the Entra application (client) id of the tab (a GUID)').optional(),
  TAB_CLIENT_SECRET: text,
  TAB_TENANT_ID: z.guid('must be the tenant id (a GUID)').optional(),
  TAB_AUDIENCES: text,
  TAB_ISSUER: text,
  TAB_JWKS_URL: url,
  ENTRA_AUTHORITY_HOST: url,
  GRAPH_BASE_URL: url,
  ROLE_GROUPS: jsonMap(z.guid('keys must be group object ids (GUIDs)')),
  ROLE_MAP: jsonMap(z.string().min(1)),
});

/** The names of the settings read here (for unknown-settings.ts). */
export const tabAuthSettings: readonly string[] = Object.keys(envSchema.shape);

export function loadTabAuthConfig(env: Record<string, string | undefined>): TabAuthConfig {
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  // The bot's tenant is the tab's tenant unless said otherwise; a message about it says so.
  const tenantFrom = given.TAB_TENANT_ID ? undefined : 'MICROSOFT_APP_TENANT_ID';
  given.TAB_TENANT_ID ??= given.MICROSOFT_APP_TENANT_ID;
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    throw configInvalid(
      parsed.error.issues.map((issue) => {
        const setting = String(issue.path[0] ?? 'configuration');
        return {
          setting,
          message: issue.message,
          ...(setting === 'TAB_TENANT_ID' && tenantFrom ? { derivedFrom: tenantFrom } : {}),
        };
      }),
    );
  }
  const e = parsed.data;
  // Teams SSO usually reuses the bot's app registration (webApplicationInfo.id = bot id).
  const clientId = e.TAB_CLIENT_ID ?? e.MICROSOFT_APP_ID;
  if (!clientId) return { mode: 'local', devUser: localDevUser };
  const clientFrom = e.TAB_CLIENT_ID ? undefined : 'MICROSOFT_APP_ID';
  const problems: ConfigProblem[] = [];
  if (!e.TAB_TENANT_ID) {
    problems.push({
      setting: 'TAB_TENANT_ID',
      message: `is required for the tab's sign-in with ${clientFrom ? 'MICROSOFT_APP_ID (TAB_CLIENT_ID is not set)' : 'TAB_CLIENT_ID'}`,
      derivedFrom: 'MICROSOFT_APP_TENANT_ID',
    });
  }
  const secretFrom =
    e.TAB_CLIENT_SECRET || clientId !== e.MICROSOFT_APP_ID ? undefined : 'MICROSOFT_APP_PASSWORD';
  const clientSecret = e.TAB_CLIENT_SECRET ?? (secretFrom ? e.MICROSOFT_APP_PASSWORD : undefined);
  if (e.ROLE_GROUPS && !clientSecret) {
    problems.push({
      setting: 'TAB_CLIENT_SECRET',
      message: 'is required with ROLE_GROUPS (group membership is read on behalf of the user)',
      ...(secretFrom ? { derivedFrom: secretFrom } : {}),
    });
  }
  const authority = (e.ENTRA_AUTHORITY_HOST ?? 'https://login.microsoftonline.com').replace(/\/+$/, '');
  const graphBaseUrl = (e.GRAPH_BASE_URL ?? 'https://graph.microsoft.com').replace(/\/+$/, '');
  const jwksUrl = (e.TAB_JWKS_URL ?? `${authority}/{tenantId}/discovery/v2.0/keys`).replaceAll(
    '{tenantId}',
    e.TAB_TENANT_ID ?? '',
  );
  if (e.NODE_ENV === 'production') {
    const urls: [string, string, string | undefined][] = [
      ['ENTRA_AUTHORITY_HOST', authority, undefined],
      ['GRAPH_BASE_URL', graphBaseUrl, undefined],
      ['TAB_JWKS_URL', jwksUrl, e.TAB_JWKS_URL ? undefined : 'ENTRA_AUTHORITY_HOST'],
    ];
    for (const [setting, value, derivedFrom] of urls) {
      if (!value.startsWith('https://'))
        problems.push({
          setting,
          message: 'must be an https URL when NODE_ENV=production',
          ...(derivedFrom ? { derivedFrom } : {}),
        });
    }
  }
  if (problems.length > 0 || !e.TAB_TENANT_ID) throw configInvalid(problems);
  const extraAudiences = (e.TAB_AUDIENCES ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  return {
    mode: 'entra',
    tenantId: e.TAB_TENANT_ID.toLowerCase(),
    clientId,
    audiences: [...new Set([clientId, ...extraAudiences])],
    issuerTemplate: e.TAB_ISSUER ?? `${authority}/{tenantId}/v2.0`,
    jwksUrl,
    clientSecret,
    authority,
    graphBaseUrl,
    roleMap: { ...defaultRoleMap, ...e.ROLE_MAP },
    roleGroups: e.ROLE_GROUPS ? lowerCaseKeys(e.ROLE_GROUPS) : undefined,
  };
}

const lowerCaseKeys = (map: Record<string, RoleTarget>): RoleMap =>
  Object.fromEntries(Object.entries(map).map(([k, v]) => [k.toLowerCase(), v]));

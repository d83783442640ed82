import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * The settings the app package is filled from, read from the environment (or .env). A missing
 * or malformed setting is reported by name; `--dev` fills the missing ones with placeholders
 * that are obviously not real, for a local try-out.
 */
export interface PackageSettings {
  /** The Azure Bot's Microsoft app id; the bot id in the manifest is the same. */
  MICROSOFT_APP_ID: string;
  /** The Entra app the tab's SSO token is issued for. */
  TAB_CLIENT_ID: string;
  /** Where the bot and tab are served, e.g. kontaktcenter.ltk.dk (no scheme, no path; lower-cased). */
  PUBLIC_HOSTNAME: string;
  /** The app version Teams sees; raise it for every upload. */
  APP_VERSION: string;
  /** The Teams app id; keep it stable, or Teams sees a new app instead of an update. */
  TEAMS_APP_ID: string;
  /**
   * 'true': the package asks the team owners for the resource-specific permission
   * ChannelMessage.Read.Group (see channel-read-permission.ts); the server setting of the same name.
   */
  CHANNEL_MESSAGE_READ_GRANTED: 'true' | 'false';
}

type SettingName = keyof PackageSettings;

const requiredSettings: SettingName[] = ['MICROSOFT_APP_ID', 'PUBLIC_HOSTNAME'];

/** Clearly fake values for `--dev`: the package validates, but no tenant will accept the ids. */
const devPlaceholders: Pick<PackageSettings, 'MICROSOFT_APP_ID' | 'PUBLIC_HOSTNAME'> = {
  MICROSOFT_APP_ID: '00000000-0000-4000-8000-00000000b071',
  PUBLIC_HOSTNAME: 'localhost',
};

const guid = z
  .string()
  .regex(
    /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/,
    'skal være et GUID, fx 1b4e28ba-2fa1-11d2-883f-0016d3cca427',
  );
const hostname = z
  .string()
  .regex(
    /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i,
    'skal være et værtsnavn uden https:// og uden sti, fx kontaktcenter.ltk.dk',
  )
  // Host names are case-insensitive, but Teams SSO on Android fails when the Application ID URI
  // (api://<host>/<id>) has upper-case letters, and it must equal the one registered in Entra.
  .transform((host) => host.toLowerCase());
// The manifest schema's own semver pattern: three numbers, no pre-release part.
const version = z
  .string()
  .regex(/^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/, 'skal være x.y.z, fx 1.4.0');

const schema = z.object({
  MICROSOFT_APP_ID: guid,
  TAB_CLIENT_ID: guid,
  PUBLIC_HOSTNAME: hostname,
  APP_VERSION: version,
  TEAMS_APP_ID: guid,
  CHANNEL_MESSAGE_READ_GRANTED: z.enum(['true', 'false'], 'skal være true eller false'),
});

export type SettingsResult =
  { ok: true; settings: PackageSettings; filledForDev: SettingName[] } | { ok: false; problems: string[] };

export function readSettings(
  env: Record<string, string | undefined>,
  options: { dev: boolean; packageVersion: string },
): SettingsResult {
  const given = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const missing = requiredSettings.filter((name) => given(name) === undefined);
  if (missing.length > 0 && !options.dev) {
    return {
      ok: false,
      problems: [
        `Mangler ${missing.length === 1 ? 'indstillingen' : 'indstillingerne'} ${missing.join(', ')}. ` +
          'Sæt dem i miljøet eller i .env (se manifest/README.md), eller brug --dev til en lokal prøve.',
      ],
    };
  }
  const appId = given('MICROSOFT_APP_ID') ?? devPlaceholders.MICROSOFT_APP_ID;
  const candidate = {
    MICROSOFT_APP_ID: appId,
    TAB_CLIENT_ID: given('TAB_CLIENT_ID') ?? appId,
    PUBLIC_HOSTNAME: given('PUBLIC_HOSTNAME') ?? devPlaceholders.PUBLIC_HOSTNAME,
    APP_VERSION: given('APP_VERSION') ?? options.packageVersion,
    TEAMS_APP_ID: given('TEAMS_APP_ID') ?? teamsAppIdFor(appId),
    CHANNEL_MESSAGE_READ_GRANTED: given('CHANNEL_MESSAGE_READ_GRANTED') ?? 'false',
  };
  const parsed = schema.safeParse(candidate);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]) as SettingName;
        return `${name} ${issue.message} (fik ${JSON.stringify(candidate[name])})`;
      }),
    };
  }
  return { ok: true, settings: parsed.data, filledForDev: missing };
}

/**
 * The Teams app id when TEAMS_APP_ID is not set: a name-based (version 5) UUID of the bot's app
 * id, so that every build for the same bot gets the same Teams app and an upload is an update.
 */
export function teamsAppIdFor(microsoftAppId: string): string {
  const namespace = Buffer.from('3f0c9b8e6d4a4c1f9e2b7a5d8c6e1f40', 'hex'); // this project's own
  const hash = createHash('sha1').update(namespace).update(microsoftAppId.toLowerCase()).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

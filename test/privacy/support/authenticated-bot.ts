import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postActivity } from '../../support/bot-client';
import { startConnectorEmulator, type ConnectorEmulator } from '../../support/connector-emulator';
import { startBotFrameworkIssuer, type BotFrameworkIssuer } from '../../support/entra/bot-framework-issuer';
import { channelCreated, type IncomingActivity } from '../../support/teams-activities';
import { testTeam, testUser } from '../../support/teams-fixtures';
import { startTestApp } from '../../integration/test-app';

/**
 * The bot with a Microsoft app id, as in production: every activity must carry a Bot Connector
 * token, checked against the Bot Framework stand-in's keys. The Bot Connector emulator plays
 * Teams' side for anything the bot sends.
 */
export async function startAuthenticatedBot(env: Record<string, string> = {}) {
  const issuer: BotFrameworkIssuer = await startBotFrameworkIssuer();
  const emulator: ConnectorEmulator = await startConnectorEmulator();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontaktcenter-auth-'));
  const appId = randomUUID();
  const app = await startTestApp({
    SQLITE_FILE: path.join(dir, 'auth.sqlite'),
    MICROSOFT_APP_ID: appId,
    MICROSOFT_APP_PASSWORD: 'bot-secret-for-the-tests',
    MICROSOFT_APP_TENANT_ID: randomUUID(),
    BOT_OPENID_METADATA_URL: issuer.metadataUrl,
    BOT_AUTH_TIMEOUT_MS: '1000',
    ...env,
  });
  const owner = testUser('Hanne Holm');
  const team = testTeam('Sundhed og Omsorg');
  let channels = 0;
  /**
   * An activity that leaves a trace when it runs and sends nothing: a channel created in a team,
   * which the bot records. `ran()` tells whether it was recorded.
   */
  const channelEvent = (): { activity: IncomingActivity; ran: () => Promise<boolean> } => {
    const channel = { id: `19:channel-${++channels}@thread.tacv2`, name: `Kanal ${channels}` };
    return {
      activity: channelCreated({ serviceUrl: emulator.serviceUrl, user: owner, team, channel }),
      ran: async () => (await app.store.teams.teamChannels(team.id)).some((c) => c.channelId === channel.id),
    };
  };
  const token = (claims: Record<string, unknown> = {}, options = {}) =>
    issuer.mint({ appId, serviceUrl: emulator.serviceUrl, ...claims }, options);
  return {
    app,
    appId,
    issuer,
    emulator,
    channelEvent,
    token,
    send: (activity: unknown, authorization?: string) =>
      postActivity(app.url, activity, { headers: authorization ? { authorization } : {} }),
    async stop() {
      await app.stop();
      await emulator.close();
      await issuer.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type AuthenticatedBot = Awaited<ReturnType<typeof startAuthenticatedBot>>;

/** Everything written to stderr (and console.error/warn) while `run` runs. */
export async function stderrDuring<T>(run: () => Promise<T>): Promise<{ result: T; written: string }> {
  let written = '';
  const write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
    written += String(chunk);
    return true;
  });
  const error = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    written += args.map(String).join(' ');
  });
  const warn = jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    written += args.map(String).join(' ');
  });
  try {
    return { result: await run(), written };
  } finally {
    write.mockRestore();
    error.mockRestore();
    warn.mockRestore();
  }
}

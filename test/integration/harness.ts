import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postActivity } from '../support/bot-client';
import { startConnectorEmulator, type ConnectorEmulator } from '../support/connector-emulator';
import {
  cardAction,
  channelMention,
  inPersonalChat,
  personalMessage,
  submitAction,
  type IncomingActivity,
} from '../support/teams-activities';
import type { TeamsChannel, TeamsTeam, TeamsUser } from '../support/teams-fixtures';
import { citizenKeyFor } from '../../bot/src/callbacks/citizen-key';
import { loadTabAuthConfig } from '../../bot/src/http/auth';
import { defaultGraphApp } from '../support/connector-emulator';
import { startTestApp, testConfig } from './test-app';

export type Harness = Awaited<ReturnType<typeof startHarness>>;
export type HarnessClient = ReturnType<typeof harnessClient>;

/**
 * The bot over real HTTP, as Teams would reach it, with a Bot Connector emulator as Teams'
 * side. Each harness has its own SQLite file, so suites do not share state.
 */
export async function startHarness(
  options: {
    env?: Record<string, string>;
    now?: () => Date;
    teams?: TeamsTeam[];
    /** The Entra app may read channels through Graph (the emulator's), as with the permission granted. */
    channelRead?: boolean;
    /** Teams' rate limits enforced by the emulator with 429 (decision 0044). */
    rateLimits?: boolean;
  } = {},
) {
  const emulator: ConnectorEmulator = await startConnectorEmulator({
    teams: options.teams ?? [],
    ...(options.rateLimits ? { rateLimits: true } : {}),
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontaktcenter-'));
  const graph = options.channelRead ? channelReadEnv(emulator) : {};
  const app = await startTestApp(
    { SQLITE_FILE: path.join(dir, 'test.sqlite'), OUTBOX_POLL_MS: '50', ...graph, ...options.env },
    options.now,
    options.channelRead ? loadTabAuthConfig(graph) : undefined,
  );
  return {
    app,
    /** How the access log keys a citizen's phone number in this app. */
    citizenKey: citizenKeyFor(testConfig().accessLog.key),
    ...harnessClient(app.url, emulator),
    async stop() {
      await app.stop();
      await emulator.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Settings for reading channels through Graph with the emulator as Entra and Graph: the app of
 * the manifest's webApplicationInfo (TAB_CLIENT_ID) and its secret, the bot itself in local mode.
 */
export const channelReadEnv = (emulator: ConnectorEmulator): Record<string, string> => ({
  CHANNEL_MESSAGE_READ_GRANTED: 'true',
  TAB_CLIENT_ID: defaultGraphApp.clientId,
  TAB_CLIENT_SECRET: defaultGraphApp.clientSecret,
  TAB_TENANT_ID: defaultGraphApp.tenantId,
  ENTRA_AUTHORITY_HOST: emulator.serviceUrl,
  GRAPH_BASE_URL: emulator.serviceUrl,
});

/** What Teams' side does to a bot at `appUrl`, wherever the bot runs (this process or another). */
export function harnessClient(appUrl: string, emulator: ConnectorEmulator) {
  const serviceUrl = emulator.serviceUrl;
  const send = (activity: IncomingActivity) => postActivity(appUrl, activity);
  /** Activities the bot sent to a conversation since `from` (an index into emulator.sent()). */
  const sentTo = (conversationId: string, from = 0) =>
    emulator
      .sent()
      .slice(from)
      .filter((p) => p.conversationId === conversationId)
      .map((p) => p.activity);

  return {
    emulator,
    serviceUrl,
    send,
    /** A 1:1 message; resolves with what the bot answered in that chat. */
    async say(user: TeamsUser, text: string) {
      const mark = emulator.sent().length;
      const activity = personalMessage({ serviceUrl, user, text });
      const response = await send(activity);
      return { response, replies: sentTo(String(activity.conversation.id), mark) };
    },
    async mention(user: TeamsUser, team: TeamsTeam, channel: TeamsChannel, text: string) {
      const mark = emulator.sent().length;
      const activity = channelMention({ serviceUrl, user, team, channel, text });
      const response = await send(activity);
      return {
        response,
        replies: emulator
          .sent()
          .slice(mark)
          .map((p) => p.activity),
      };
    },
    async submit(user: TeamsUser, value: Record<string, unknown>) {
      const mark = emulator.sent().length;
      const activity = submitAction({
        serviceUrl,
        user,
        value,
        conversation: inPersonalChat(user),
        replyToId: '1',
      });
      const response = await send(activity);
      return { response, replies: sentTo(String(activity.conversation.id), mark) };
    },
    /** An Action.Execute press; resolves with the invoke response body Teams would get. */
    async press(
      user: TeamsUser,
      verb: string,
      data: Record<string, unknown>,
      where: { team: TeamsTeam; channel: TeamsChannel; rootId: string } | 'personal' = 'personal',
      trigger: 'manual' | 'automatic' = 'manual',
    ) {
      const conversation =
        where === 'personal'
          ? inPersonalChat(user)
          : ({ kind: 'channel', team: where.team, channel: where.channel, rootId: where.rootId } as const);
      const response = await send(
        cardAction({ serviceUrl, user, verb, data, conversation, replyToId: '1', trigger }),
      );
      return { status: response.status, body: response.body as InvokeBody };
    },
  };
}

export interface InvokeBody {
  statusCode: number;
  type: string;
  value: unknown;
}

/** All text of a card or activity, for assertions on what a user reads. */
export const textOf = (value: unknown): string => JSON.stringify(value).replace(/\u00a0/g, ' ');

/** The Adaptive Card attached to an activity. */
export const cardOf = (activity: Record<string, unknown>): Record<string, unknown> => {
  const attachments = activity.attachments as { content: Record<string, unknown> }[] | undefined;
  if (!attachments?.[0]) throw new Error(`no card in ${JSON.stringify(activity).slice(0, 300)}`);
  return attachments[0].content;
};

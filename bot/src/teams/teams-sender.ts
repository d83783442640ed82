import type { Activity, ConversationParameters } from 'botbuilder';
import { TeamsConnectorClient } from 'botframework-connector';
import type { SendKind } from '../outbox/rate-limiter';
import type { SendThrottle } from '../outbox/send-throttle';
import type { Logger } from '../shared/logger';
import { createConnectorClients, type ConnectorCredentials } from './connector-client';
import { ConnectorFailure, toConnectorFailure } from './connector-failure';
import { sendKindOf } from './sender-alerting-activity';
import { sentActivityIds, threadActivityId, unexpectedResponse } from './sender-responses';
import './tag-mention-serializer';

/**
 * Sends activities to Teams through the Bot Connector REST API (teams-activities.md, "Outgoing").
 * It knows conversations and activities, not callbacks. Every failure is thrown as a
 * ConnectorFailure ({status, retryAfterSeconds, code, message}) for the outbox to classify.
 */
export interface TeamsMember {
  id: string;
  name?: string;
  aadObjectId?: string;
  email?: string;
  userPrincipalName?: string;
  tenantId?: string;
}

interface Target {
  serviceUrl: string;
  /** The outbox lease's signal: no send outlives the lease. */
  signal?: AbortSignal;
  /**
   * Awaited after the rate limiter let the send go and just before the request leaves (the
   * outbox marks the send in flight here); if it throws, nothing is sent.
   */
  beforeSend?: () => Promise<void>;
  /** A send that @mentions a tag: Teams limits those further (set by `createThread` and `reply`). */
  kind?: SendKind;
}

export interface TeamsSender {
  /** A new thread in a channel; keep both ids: the thread for replies, the activity for updates. */
  createThread(
    input: Target & { tenantId: string; channelId: string; activity: Partial<Activity> },
  ): Promise<{ conversationId: string; activityId: string }>;
  /** Replaces a posted activity for everyone (PUT). */
  updateActivity(
    input: Target & { conversationId: string; activityId: string; activity: Partial<Activity> },
  ): Promise<void>;
  /** A message in a conversation; in a thread (CHANNEL;messageid=N) it is a reply in the thread. */
  reply(
    input: Target & { conversationId: string; activity: Partial<Activity>; replyToId?: string },
  ): Promise<{ activityId: string }>;
  /** Opens (or finds) the bot's 1:1 chat with a user and sends there. */
  sendToUser(
    input: Target & { tenantId: string; teamsUserId: string; activity: Partial<Activity> },
  ): Promise<{ conversationId: string; activityId: string }>;
  /**
   * The member, or null when the user is not in the conversation: Teams answers 404, or 400 with
   * the code MemberNotFoundInConversation. Any other failure (403 BotNotInConversationRoster when
   * the bot was removed, a timeout, 429) is thrown.
   */
  getMember(input: Target & { conversationId: string; userId: string }): Promise<TeamsMember | null>;
  /** The Entra group id of a team (its id in Microsoft Graph), from the team's details. */
  teamGroupId(input: Target & { teamId: string }): Promise<string>;
}

export interface TeamsSenderOptions {
  logger: Logger;
  /** The Microsoft app; null in local mode (no token, like CloudAdapter without an app id). */
  credentials: ConnectorCredentials;
  /** Per HTTP request; keep it well inside the outbox lease. */
  timeoutMs?: number;
  /** Books each send against the per-conversation rate limits. */
  throttle?: SendThrottle;
}

/** Rate limits apply per conversation: a channel and all its threads count as one. */
const conversationKeyOf = (conversationId: string): string => conversationId.split(';messageid=')[0]!;

export function createTeamsSender(options: TeamsSenderOptions): TeamsSender {
  const { logger, throttle } = options;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const clientFor = createConnectorClients(options.credentials, logger);
  const bot = options.credentials ? { id: `28:${options.credentials.id}` } : undefined;

  /** One connector call: throttled when it sends, with a timeout, its failure made plain. */
  async function call<T>(
    target: Target,
    conversationKey: string | null,
    request: (
      client: Awaited<ReturnType<typeof clientFor>>,
      http: { timeout: number; abortSignal?: AbortSignal },
    ) => Promise<T>,
  ): Promise<T> {
    if (conversationKey !== null && throttle)
      await throttle.acquire(conversationKey, target.signal, target.kind);
    try {
      const client = await clientFor(target.serviceUrl);
      await target.beforeSend?.();
      return await request(client, {
        timeout: timeoutMs,
        ...(target.signal ? { abortSignal: target.signal } : {}),
      });
    } catch (error) {
      const failure = toConnectorFailure(error, target.signal);
      if (failure.status === 429 && conversationKey !== null && throttle) {
        throttle.backOff(conversationKey, failure.retryAfterSeconds ?? 1);
      }
      logger.debug('teams.send_failed', { serviceUrl: target.serviceUrl, ...failure.toJSON() });
      throw failure;
    }
  }

  return {
    async createThread({ tenantId, channelId, activity, ...target }) {
      const parameters = {
        isGroup: true,
        ...(bot ? { bot } : {}),
        channelData: { channel: { id: channelId }, tenant: { id: tenantId } },
        activity,
      } as ConversationParameters;
      const created = await call({ ...target, kind: sendKindOf(activity) }, channelId, (c, http) =>
        c.conversations.createConversation(parameters, http),
      );
      return threadActivityId(created);
    },

    async updateActivity({ conversationId, activityId, activity, ...target }) {
      const replacement = { ...activity, id: activityId };
      await call(target, conversationKeyOf(conversationId), (c, http) =>
        c.conversations.updateActivity(conversationId, activityId, replacement, http),
      );
    },

    async reply({ conversationId, activity, replyToId, ...target }) {
      const sent = await call(
        { ...target, kind: sendKindOf(activity) },
        conversationKeyOf(conversationId),
        (c, http) =>
          replyToId
            ? c.conversations.replyToActivity(conversationId, replyToId, activity, http)
            : c.conversations.sendToConversation(conversationId, activity, http),
      );
      return { activityId: sentActivityIds(sent) };
    },

    async sendToUser({ tenantId, teamsUserId, activity, ...target }) {
      const parameters = {
        isGroup: false,
        ...(bot ? { bot } : {}),
        members: [{ id: teamsUserId }],
        channelData: { tenant: { id: tenantId } },
        tenantId,
      } as ConversationParameters;
      // Creating the 1:1 conversation returns the same id every time: repeating it is harmless.
      const conversation = await call(target, null, (c, http) =>
        c.conversations.createConversation(parameters, http),
      );
      if (!conversation.id) throw unexpectedResponse('the 1:1 conversation came back without an id');
      const sent = await call(target, conversationKeyOf(conversation.id), (c, http) =>
        c.conversations.sendToConversation(conversation.id, activity, http),
      );
      return { conversationId: conversation.id, activityId: sentActivityIds(sent) };
    },

    async getMember({ conversationId, userId, ...target }) {
      try {
        const member = await call(target, null, (c, http) =>
          c.conversations.getConversationMember(conversationId, userId, http),
        );
        return toMember(member as unknown as Record<string, unknown>);
      } catch (error) {
        if (!isNotMember(error)) throw error;
        const { status, code } = error as ConnectorFailure;
        logger.info('teams.member_not_found', { conversationId, userId, status, code });
        return null;
      }
    },

    async teamGroupId({ teamId, ...target }) {
      const details = await call(target, null, (c, http) =>
        new TeamsConnectorClient(c.credentials, { baseUri: target.serviceUrl }).teams.fetchTeamDetails(
          teamId,
          http,
        ),
      );
      if (!details.aadGroupId) throw unexpectedResponse(`team ${teamId} came back without its group id`);
      return details.aadGroupId;
    },
  };
}

/** Teams' "not a member": 404, or 400 with its own code (decision 0043). */
const isNotMember = (error: unknown): boolean =>
  error instanceof ConnectorFailure &&
  (error.status === 404 || (error.status === 400 && error.code === notMemberCode));

const notMemberCode = 'MemberNotFoundInConversation';

/** Teams' "the bot is not in this conversation": the app was removed from the team. */
export const isBotRemoved = (error: unknown): boolean =>
  error instanceof ConnectorFailure && error.status === 403 && error.code === 'BotNotInConversationRoster';

function toMember(account: Record<string, unknown>): TeamsMember {
  const text = (key: string) => (typeof account[key] === 'string' ? { [key]: account[key] as string } : {});
  // The legacy members list calls the Entra object id `objectId`.
  const aadObjectId = account.aadObjectId ?? account.objectId;
  return {
    id: String(account.id ?? ''),
    ...text('name'),
    ...(typeof aadObjectId === 'string' ? { aadObjectId } : {}),
    ...text('email'),
    ...text('userPrincipalName'),
    ...text('tenantId'),
  };
}

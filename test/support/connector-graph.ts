import { randomBytes } from 'node:crypto';
import type { ConnectorStore } from './connector-store';
import type { ConnectorResult, JsonObject, PostedActivity } from './connector-types';

/**
 * Microsoft Graph and Entra as the outbox reads a channel through them (decision 0032), served by
 * the connector emulator beside the Bot Connector, from the same posted activities:
 *
 *   POST /{tenant}/oauth2/v2.0/token    client-credentials grant, as msal-node sends it
 *   GET  /v1.0/teams/{group-id}/channels/{channel-id}/messages
 *        the channel's thread roots (no replies), newest first, `$top` 1-50 (default 20),
 *        paged with `@odata.nextLink`; only for a team whose owners granted the app the
 *        resource-specific permission ChannelMessage.Read.Group (`grant()`), else 403.
 */
export interface GraphApp {
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

const graphError = (status: number, code: string, message: string): ConnectorResult => ({
  status,
  body: { error: { code, message, innerError: { date: new Date().toISOString() } } },
});

const oauthError = (status: number, error: string, description: string): ConnectorResult => ({
  status,
  body: { error, error_description: description, error_codes: [], timestamp: new Date().toISOString() },
});

export class GraphStandIn {
  /** Entra group ids of the teams that granted ChannelMessage.Read.Group. */
  private readonly granted = new Set<string>();
  private readonly tokens = new Set<string>();
  /** Lifetime of the tokens handed out; under msal's 5-minute margin, every read asks for a new one. */
  tokenLifetimeSeconds = 3599;

  constructor(
    private readonly store: ConnectorStore,
    readonly app: GraphApp,
    /** `from.application.id` of the bot's posts: its Microsoft app id. */
    private readonly botAppId: string,
  ) {}

  grant(groupId: string): void {
    this.granted.add(groupId);
  }

  revoke(groupId: string): void {
    this.granted.delete(groupId);
  }

  token(tenant: string, form: URLSearchParams): ConnectorResult {
    if (form.get('grant_type') !== 'client_credentials') {
      return oauthError(400, 'unsupported_grant_type', 'AADSTS70003: only client_credentials here');
    }
    if (tenant !== this.app.tenantId)
      return oauthError(400, 'invalid_request', 'AADSTS90002: Tenant not found.');
    if (form.get('client_id') !== this.app.clientId || form.get('client_secret') !== this.app.clientSecret) {
      return oauthError(401, 'invalid_client', 'AADSTS7000215: Invalid client secret provided.');
    }
    if (!(form.get('scope') ?? '').split(' ').some((s) => s.endsWith('/.default'))) {
      return oauthError(400, 'invalid_scope', 'AADSTS1002012: a .default scope is required.');
    }
    const accessToken = randomBytes(24).toString('base64url');
    this.tokens.add(accessToken);
    return {
      status: 200,
      body: {
        token_type: 'Bearer',
        expires_in: this.tokenLifetimeSeconds,
        ext_expires_in: this.tokenLifetimeSeconds,
        access_token: accessToken,
      },
    };
  }

  channelMessages(
    groupId: string,
    channelId: string,
    query: Record<string, string>,
    authorization: string | undefined,
    baseUrl: string,
  ): ConnectorResult {
    const bearer = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    if (!bearer || !this.tokens.has(bearer)) {
      return graphError(401, 'InvalidAuthenticationToken', 'Access token validation failure.');
    }
    const team = this.store.directory.teamByGroupId(groupId);
    if (!team || !this.store.directory.channelsOf(team).some((c) => c.id === channelId)) {
      return graphError(404, 'NotFound', 'No team or channel found with these ids.');
    }
    if (!this.granted.has(groupId)) {
      return graphError(
        403,
        'Forbidden',
        "Missing role permissions on the request. API requires one of 'ChannelMessage.Read.Group, ChannelMessage.Read.All'.",
      );
    }
    const top = Number(query.$top ?? 20);
    if (!Number.isInteger(top) || top < 1 || top > 50) {
      return graphError(400, 'BadRequest', `Invalid page size requested: ${query.$top}. Maximum is 50.`);
    }
    const offset = Number(Buffer.from(query.$skiptoken ?? '', 'base64url').toString() || '0');
    const roots = this.store.posted
      .filter((p) => p.kind === 'thread' && p.channelId === channelId)
      .sort((a, b) => b.time.getTime() - a.time.getTime() || Number(b.activityId) - Number(a.activityId));
    const page = roots.slice(offset, offset + top);
    const next = offset + top < roots.length ? offset + top : undefined;
    const path = `/v1.0/teams/${encodeURIComponent(groupId)}/channels/${encodeURIComponent(channelId)}/messages`;
    const nextLink =
      next === undefined
        ? {}
        : {
            '@odata.nextLink': `${baseUrl.replace(/\/$/, '')}${path}?$top=${top}&$skiptoken=${Buffer.from(String(next)).toString('base64url')}`,
          };
    return {
      status: 200,
      body: {
        '@odata.context': `${baseUrl}v1.0/$metadata#teams('${groupId}')/channels('${channelId}')/messages`,
        '@odata.count': page.length,
        ...nextLink,
        value: page.map((p) => this.chatMessage(p, groupId)),
      },
    };
  }

  /** A thread root as Graph's chatMessage: card attachments carry the card as a JSON string. */
  private chatMessage(posted: PostedActivity, groupId: string): JsonObject {
    const current = this.store.current(posted.conversationId, posted.activityId);
    const activity = current ?? posted.activity;
    const updated = this.store.updates.filter((u) => u.activityId === posted.activityId).at(-1)?.time;
    const attachments = (Array.isArray(activity.attachments) ? activity.attachments : []) as JsonObject[];
    const ids = attachments.map((_, i) => `${posted.activityId}-${i}`);
    return {
      id: posted.activityId,
      replyToId: null,
      etag: posted.activityId,
      messageType: 'message',
      createdDateTime: posted.time.toISOString(),
      lastModifiedDateTime: (updated ?? posted.time).toISOString(),
      lastEditedDateTime: updated?.toISOString() ?? null,
      deletedDateTime: current ? null : new Date().toISOString(),
      subject: null,
      summary: typeof activity.summary === 'string' ? activity.summary : null,
      importance: 'normal',
      locale: 'en-us',
      from: {
        application: {
          '@odata.type': '#microsoft.graph.teamworkApplicationIdentity',
          id: this.botAppId,
          displayName: 'Kontaktcenter',
          applicationIdentityType: 'bot',
        },
        device: null,
        user: null,
      },
      body: {
        contentType: 'html',
        content: `${typeof activity.text === 'string' ? activity.text : ''}${ids
          .map((id) => `<attachment id="${id}"></attachment>`)
          .join('')}`,
      },
      channelIdentity: { teamId: groupId, channelId: posted.channelId },
      attachments: attachments.map((a, i) => ({
        id: ids[i],
        contentType: a.contentType,
        contentUrl: null,
        content: JSON.stringify(a.content),
        name: null,
        thumbnailUrl: null,
        teamsAppId: null,
      })),
      mentions: [],
      reactions: [],
    };
  }
}

import type { ConnectorStore } from './connector-store';
import { teamsError, type ConnectorResult, type ConnectorRoute } from './connector-types';

/** The operations of botframework-connector's ConnectorClient and TeamsConnectorClient we serve. */
const table: Array<{ method: string; pattern: string; route: ConnectorRoute }> = [
  { method: 'POST', pattern: 'v3/conversations', route: 'createConversation' },
  { method: 'POST', pattern: 'v3/conversations/:conversationId/activities', route: 'sendToConversation' },
  {
    method: 'POST',
    pattern: 'v3/conversations/:conversationId/activities/:activityId',
    route: 'replyToActivity',
  },
  {
    method: 'PUT',
    pattern: 'v3/conversations/:conversationId/activities/:activityId',
    route: 'updateActivity',
  },
  {
    method: 'DELETE',
    pattern: 'v3/conversations/:conversationId/activities/:activityId',
    route: 'deleteActivity',
  },
  { method: 'GET', pattern: 'v3/conversations/:conversationId/members', route: 'getConversationMembers' },
  {
    method: 'GET',
    pattern: 'v3/conversations/:conversationId/members/:memberId',
    route: 'getConversationMember',
  },
  {
    method: 'GET',
    pattern: 'v3/conversations/:conversationId/pagedmembers',
    route: 'getConversationPagedMembers',
  },
  { method: 'GET', pattern: 'v3/teams/:teamId/conversations', route: 'fetchChannelList' },
  { method: 'GET', pattern: 'v3/teams/:teamId', route: 'fetchTeamDetails' },
  { method: 'POST', pattern: ':tenantId/oauth2/v2.0/token', route: 'graphToken' },
  {
    method: 'GET',
    pattern: 'v1.0/teams/:groupId/channels/:channelId/messages',
    route: 'listChannelMessages',
  },
];

export interface ParsedUrl {
  /** Decoded segments joined with `/`; a conversation id never contains `/`. */
  path: string;
  segments: string[];
  query: Record<string, string>;
}

export interface MatchedRoute {
  route: ConnectorRoute;
  params: Record<string, string>;
}

/** Splits before decoding: ids such as `19:x@thread.tacv2;messageid=1` arrive percent-encoded. */
export function parseUrl(rawUrl: string): ParsedUrl | undefined {
  const url = new URL(rawUrl, 'http://emulator');
  try {
    const segments = url.pathname
      .split('/')
      .filter((s) => s !== '')
      .map((s) => decodeURIComponent(s));
    return { path: `/${segments.join('/')}`, segments, query: Object.fromEntries(url.searchParams) };
  } catch {
    return undefined;
  }
}

export function matchRoute(method: string, segments: string[]): MatchedRoute | undefined {
  for (const entry of table) {
    if (entry.method !== method) continue;
    const pattern = entry.pattern.split('/');
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, i) => {
      const segment = segments[i] ?? '';
      if (part.startsWith(':')) params[part.slice(1)] = segment;
      return part.startsWith(':') || part === segment;
    });
    if (matches) return { route: entry.route, params };
  }
  return undefined;
}

export function handleRoute(
  store: ConnectorStore,
  { route, params }: MatchedRoute,
  query: Record<string, string>,
  body: unknown,
): ConnectorResult {
  const conversationId = params.conversationId ?? '';
  const activityId = params.activityId ?? '';
  switch (route) {
    case 'createConversation':
      return store.createConversation(body);
    case 'sendToConversation':
      return store.sendToConversation(conversationId, body);
    case 'replyToActivity':
      return store.sendToConversation(conversationId, body, activityId);
    case 'updateActivity':
      return store.updateActivity(conversationId, activityId, body);
    case 'deleteActivity':
      return store.deleteActivity(conversationId, activityId);
    case 'getConversationMembers':
      return store.getMembers(conversationId);
    case 'getConversationMember':
      return store.getMember(conversationId, params.memberId ?? '');
    case 'getConversationPagedMembers':
      return store.getPagedMembers(conversationId, query);
    case 'fetchChannelList':
      return store.fetchChannelList(params.teamId ?? '');
    case 'fetchTeamDetails':
      return store.fetchTeamDetails(params.teamId ?? '');
    case 'graphToken':
    case 'listChannelMessages':
      return teamsError(500, 'InternalServerError', `${route} is answered by the Graph stand-in.`);
  }
}

export const unknownRoute = (method: string, path: string): ConnectorResult =>
  teamsError(404, 'NotFound', `The connector emulator does not serve ${method} ${path}.`);

/** Shapes shared by the connector emulator's routes, store, faults and queries. */

export type ConnectorRoute =
  | 'createConversation'
  | 'sendToConversation'
  | 'replyToActivity'
  | 'updateActivity'
  | 'deleteActivity'
  | 'getConversationMembers'
  | 'getConversationMember'
  | 'getConversationPagedMembers'
  | 'fetchChannelList'
  | 'fetchTeamDetails'
  /** Entra's token endpoint (client credentials), for Graph. */
  | 'graphToken'
  /** Graph: GET /v1.0/teams/{group-id}/channels/{channel-id}/messages. */
  | 'listChannelMessages';

export type JsonObject = Record<string, unknown>;

export interface RecordedRequest {
  /** Arrival order, from 1. */
  seq: number;
  method: string;
  /** The path with each segment URL-decoded, e.g. `/v3/conversations/19:x@thread.tacv2;messageid=1/activities`. */
  path: string;
  /** The path and query exactly as sent. */
  rawUrl: string;
  query: Record<string, string>;
  route?: ConnectorRoute;
  conversationId?: string;
  activityId?: string;
  memberId?: string;
  teamId?: string;
  /** Parsed JSON body, or the raw text when it was not JSON, or undefined when empty. */
  body: unknown;
  headers: Record<string, string>;
  authorization?: string;
  time: Date;
  /** The status answered; 0 when the emulator dropped the connection instead of answering. */
  status: number;
  responseBody?: unknown;
  /** The injected fault that decided this request's fate, if any. */
  fault?: ConnectorFault;
}

/**
 * What to do instead of answering normally. Faults are consumed one per matching request, in order.
 * - `status`: answer with that status and a Teams error body; nothing is stored. With `delayMs`
 *   the answer comes that late (a throttled Teams that is slow to say so).
 * - `timeoutMs`: hold the request that long, then destroy the socket (Infinity: until close()).
 * - `delayMs`: process normally but answer late (the activity IS stored on arrival).
 * - `reset`: destroy the connection at once.
 * `processed: true` on `timeoutMs`/`reset` stores the activity before dropping the answer: the
 * Connector got the message but the bot never learns its id (the duplicate-post trap).
 */
export type ConnectorFault =
  | { status: number; retryAfterSeconds?: number; code?: string; message?: string; delayMs?: number }
  | { timeoutMs: number; processed?: boolean }
  | { delayMs: number }
  | { reset: true; processed?: boolean };

export interface FaultMatch {
  method?: string;
  /** Tested against the decoded path. */
  path?: RegExp;
  route?: ConnectorRoute;
  conversationId?: string | RegExp;
}

/** An activity the bot created in a conversation (thread root, send or reply), as first posted. */
export interface PostedActivity {
  kind: 'thread' | 'send' | 'reply' | 'conversation';
  conversationId: string;
  activityId: string;
  activity: JsonObject;
  replyToId?: string;
  /** The channel, for channel conversations and threads. */
  channelId?: string;
  time: Date;
}

export interface ActivityUpdate {
  conversationId: string;
  activityId: string;
  activity: JsonObject;
  time: Date;
}

/** An answer from the store; errors use the Teams error body. */
export interface ConnectorResult {
  status: number;
  body?: unknown;
}

export const teamsError = (status: number, code: string, message: string): ConnectorResult => ({
  status,
  body: { error: { code, message } },
});

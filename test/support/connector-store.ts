import { ConnectorDirectory, isMember, toAccount } from './connector-members';
import {
  teamsError,
  type ActivityUpdate,
  type ConnectorResult,
  type JsonObject,
  type PostedActivity,
} from './connector-types';
import { isChannelId, messageIdCounter, splitThreadId, teamsIds } from './teams-ids';

export interface StoreOptions {
  tenantId: string;
  /** Teams serves at least 50 members per page whatever smaller size is asked for. */
  minPageSize: number;
  maxPageSize: number;
  /** Teams measures the whole activity as UTF-16 and answers 413 above its limit. */
  maxMessageBytes: number;
  now: () => Date;
}

const asObject = (v: unknown): JsonObject | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : undefined;

const badArgument = (message: string) => teamsError(400, 'BadArgument', message);

/** The Connector's state and the behaviour of each REST operation, without HTTP. */
export class ConnectorStore {
  readonly directory: ConnectorDirectory;
  readonly posted: PostedActivity[] = [];
  readonly updates: ActivityUpdate[] = [];
  /** Current version of each activity, keyed by channel (or conversation) and activity id. */
  private readonly activities = new Map<string, JsonObject>();
  private readonly nextId = messageIdCounter(1_760_000_000_000);
  /**
   * How Teams says "not a member": 404, or 400 with the same code (both seen in production; the
   * Microsoft samples test the code, not the status).
   */
  notMemberStatus: 404 | 400 = 404;

  constructor(private readonly options: StoreOptions) {
    this.directory = new ConnectorDirectory(options.tenantId);
  }

  /** Activities in a thread can be addressed through the thread id or the bare channel id. */
  private key(conversationId: string, activityId: string): string {
    return `${splitThreadId(conversationId).channelId}\n${activityId}`;
  }

  current(conversationId: string, activityId: string): JsonObject | undefined {
    return this.activities.get(this.key(conversationId, activityId));
  }

  clearActivities(): void {
    this.posted.length = 0;
    this.updates.length = 0;
    this.activities.clear();
  }

  private invalidActivity(activity: JsonObject | undefined): ConnectorResult | undefined {
    if (!activity || typeof activity.type !== 'string') return badArgument('Activity must have a type.');
    if (JSON.stringify(activity).length * 2 > this.options.maxMessageBytes) {
      return teamsError(413, 'MessageSizeTooBig', 'Message size too large.');
    }
    return undefined;
  }

  private post(entry: Omit<PostedActivity, 'activityId' | 'time' | 'activity'>, activity: JsonObject) {
    const activityId = this.nextId();
    const stored = { ...activity, id: activityId };
    let conversationId = entry.conversationId;
    if (entry.kind === 'thread' && !splitThreadId(conversationId).rootId) {
      conversationId = teamsIds.thread(conversationId, activityId);
    }
    this.activities.set(this.key(conversationId, activityId), stored);
    const posted: PostedActivity = {
      ...entry,
      conversationId,
      activityId,
      activity: stored,
      time: this.options.now(),
    };
    this.posted.push(posted);
    return posted;
  }

  createConversation(body: unknown): ConnectorResult {
    const params = asObject(body);
    if (!params) return badArgument('Conversation parameters are required.');
    const channelData = asObject(params.channelData);
    const tenantId = asObject(channelData?.tenant)?.id ?? params.tenantId;
    if (params.isGroup === true) {
      const channelId = asObject(channelData?.channel)?.id;
      const activity = asObject(params.activity);
      if (typeof channelId !== 'string')
        return teamsError(400, 'BadSyntax', 'Incorrect conversation creation parameters');
      const refused = this.directory.checkBotIn(channelId) ?? this.invalidActivity(activity);
      if (refused || !activity) return refused ?? badArgument('Activity is required.');
      const posted = this.post({ kind: 'thread', conversationId: channelId, channelId }, activity);
      return { status: 201, body: { id: posted.conversationId, activityId: posted.activityId } };
    }
    const members = Array.isArray(params.members) ? params.members.map(asObject) : [];
    const member = members[0];
    // Without a tenant Teams cannot resolve the user and refuses the whole request.
    if (members.length !== 1 || typeof member?.id !== 'string' || typeof tenantId !== 'string') {
      return teamsError(400, 'BadSyntax', 'Incorrect conversation creation parameters');
    }
    const conversationId = this.directory.addUser({ ...member, id: member.id }, tenantId);
    const activity = asObject(params.activity);
    if (!activity) return { status: 201, body: { id: conversationId } };
    const refused = this.invalidActivity(activity);
    if (refused) return refused;
    const posted = this.post({ kind: 'conversation', conversationId }, activity);
    return { status: 201, body: { id: conversationId, activityId: posted.activityId } };
  }

  sendToConversation(conversationId: string, body: unknown, replyToId?: string): ConnectorResult {
    const activity = asObject(body);
    const refused = this.directory.checkBotIn(conversationId) ?? this.invalidActivity(activity);
    if (refused || !activity) return refused ?? badArgument('Activity is required.');
    const { channelId, rootId } = splitThreadId(conversationId);
    const inChannel = isChannelId(channelId);
    // A post to a bare channel starts a thread; a reply there lands in the replied-to thread.
    const target = inChannel && !rootId && replyToId ? teamsIds.thread(channelId, replyToId) : conversationId;
    const kind = replyToId ? 'reply' : inChannel && !rootId ? 'thread' : 'send';
    const posted = this.post(
      {
        kind,
        conversationId: target,
        ...(replyToId ? { replyToId } : {}),
        ...(inChannel ? { channelId } : {}),
      },
      activity,
    );
    return { status: 201, body: { id: posted.activityId } };
  }

  updateActivity(conversationId: string, activityId: string, body: unknown): ConnectorResult {
    const activity = asObject(body);
    const refused = this.directory.checkBotIn(conversationId) ?? this.invalidActivity(activity);
    if (refused || !activity) return refused ?? badArgument('Activity is required.');
    if (!this.current(conversationId, activityId)) {
      return teamsError(404, 'ActivityNotFoundInConversation', 'Message does not exist in the thread.');
    }
    const stored = { ...activity, id: activityId };
    this.activities.set(this.key(conversationId, activityId), stored);
    this.updates.push({ conversationId, activityId, activity: stored, time: this.options.now() });
    return { status: 200, body: { id: activityId } };
  }

  deleteActivity(conversationId: string, activityId: string): ConnectorResult {
    const refused = this.directory.checkBotIn(conversationId);
    if (refused) return refused;
    if (!this.activities.delete(this.key(conversationId, activityId))) {
      return teamsError(404, 'ActivityNotFoundInConversation', 'Message does not exist in the thread.');
    }
    return { status: 200 };
  }

  getMember(conversationId: string, memberId: string): ConnectorResult {
    const found = this.directory.membersOf(conversationId);
    if ('status' in found) return found;
    const member = found.members.find((m) => isMember(m, memberId));
    return member
      ? { status: 200, body: toAccount(member, found.tenantId) }
      : teamsError(this.notMemberStatus, 'MemberNotFoundInConversation', 'Member not found in conversation');
  }

  getMembers(conversationId: string): ConnectorResult {
    const found = this.directory.membersOf(conversationId);
    if ('status' in found) return found;
    return { status: 200, body: found.members.map((m) => toAccount(m, found.tenantId, 'objectId')) };
  }

  getPagedMembers(conversationId: string, query: Record<string, string>): ConnectorResult {
    const found = this.directory.membersOf(conversationId);
    if ('status' in found) return found;
    const { minPageSize, maxPageSize } = this.options;
    const asked = Number(query.pageSize ?? minPageSize);
    const pageSize = Math.min(
      maxPageSize,
      Math.max(minPageSize, Number.isFinite(asked) ? asked : minPageSize),
    );
    const offset =
      query.continuationToken === undefined ? 0 : decodeToken(query.continuationToken, conversationId);
    if (offset === undefined) return badArgument('Invalid continuation token.');
    const end = offset + pageSize;
    return {
      status: 200,
      body: {
        members: found.members.slice(offset, end).map((m) => toAccount(m, found.tenantId)),
        ...(end < found.members.length ? { continuationToken: encodeToken(end, conversationId) } : {}),
      },
    };
  }

  fetchChannelList(teamId: string): ConnectorResult {
    const refused = this.directory.checkBotIn(teamId);
    const team = this.directory.team(teamId);
    if (refused || !team) return refused ?? teamsError(404, 'ConversationNotFound', 'Conversation not found');
    const conversations = this.directory
      .channelsOf(team)
      .map((c) => (c.name ? { id: c.id, name: c.name } : { id: c.id }));
    return { status: 200, body: { conversations } };
  }

  fetchTeamDetails(teamId: string): ConnectorResult {
    const refused = this.directory.checkBotIn(teamId);
    const team = this.directory.team(teamId);
    if (refused || !team) return refused ?? teamsError(404, 'ConversationNotFound', 'Conversation not found');
    return {
      status: 200,
      body: {
        id: team.id,
        name: team.name,
        aadGroupId: team.aadGroupId,
        tenantId: team.tenantId ?? this.options.tenantId,
        type: 'standard',
        channelCount: this.directory.channelsOf(team).length,
        memberCount: team.members?.length ?? 0,
      },
    };
  }
}

function encodeToken(offset: number, conversationId: string): string {
  return Buffer.from(JSON.stringify({ o: offset, c: conversationId })).toString('base64');
}

function decodeToken(token: string, conversationId: string): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { o?: unknown; c?: unknown };
    return typeof parsed.o === 'number' && parsed.c === conversationId ? parsed.o : undefined;
  } catch {
    return undefined;
  }
}

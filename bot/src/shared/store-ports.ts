import type { LearningStore } from '../learning/learning-store';
import type { CallbackStore } from '../callbacks/callback-store';
import type { ErasureJournalStore } from '../callbacks/erasure-journal';
import type { Person } from '../callbacks/callback';
import type { DownloadLinkStore } from '../downloads/download-link';
import type { AdminChange, AdminLogStore } from './admin-log-store';
import type { OutboxDraft, OutboxStore } from './outbox-store';
import type { StatsStore } from './stats-store';

/**
 * The storage ports besides callbacks and the outbox: plain interfaces with plain objects and
 * Dates, so that use cases and the Teams adapter never see a database driver.
 */

/** A card posted for a callback; the conversation id names the thread (CHANNEL;messageid=N). */
export interface CardPost {
  callbackId: string;
  centerCode: string;
  serviceUrl: string;
  tenantId: string;
  channelId: string;
  conversationId: string;
  activityId: string;
  postedAt: Date;
  /** Posted again while an earlier post's outcome was unknown: the card says it may be there twice. */
  resent: boolean;
}

export interface CardPostStore {
  /** Recording the same post twice is a no-op. */
  recordCardPost(
    post: Omit<CardPost, 'postedAt' | 'resent'> & { postedAt?: Date; resent?: boolean },
  ): Promise<void>;
  /** Oldest first. */
  cardPostsOf(callbackId: string): Promise<CardPost[]>;
}

/** A Teams tag or a person that a channel post @mentions, so that people are alerted. */
export interface ChannelMention {
  kind: 'tag' | 'user';
  id: string;
  name: string;
}

/** Where a center's callbacks go. `centerCode` is a center code or 'KOORDINATOR'. */
export interface ChannelBinding {
  centerCode: string;
  serviceUrl: string;
  tenantId: string;
  teamId: string;
  channelId: string;
  channelName: string | null;
  boundBy: Person;
  at: Date;
  mention: ChannelMention | null;
}

export interface BindChannelOptions {
  /** Bind only if neither the center nor the channel is bound yet (checked in the transaction). */
  firstOnly?: boolean;
  /** Outbox entries to write with the change, e.g. telling the old channel. */
  notices?: (change: AdminChange) => OutboxDraft[];
}

export interface ChannelBindingStore {
  /**
   * Binds a channel to a center. A center has one channel and a channel serves one center, so
   * this replaces the center's earlier binding (`previous`) and removes the channel's binding
   * to another center (`displaced`), which the confirmation should mention. The change is
   * written to the log of administrative changes in the same transaction (`change`); with
   * `firstOnly` and an existing binding nothing is written and `change` is null.
   */
  bindChannel(
    binding: Omit<ChannelBinding, 'channelName' | 'mention'> & {
      channelName?: string | null;
      mention?: ChannelMention | null;
    },
    options?: BindChannelOptions,
  ): Promise<{
    previous: ChannelBinding | null;
    displaced: ChannelBinding | null;
    change: AdminChange | null;
  }>;
  bindingFor(centerCode: string): Promise<ChannelBinding | null>;
  bindingOfChannel(channelId: string): Promise<ChannelBinding | null>;
  listBindings(): Promise<ChannelBinding[]>;
  /**
   * Teams sent an activity from `teamId` with this service URL: the team's bindings, its install
   * record and the card posts in its bound channels use it from now on (decision 0046). Returns
   * how many bindings changed; rows that already have the URL are left alone.
   */
  refreshServiceUrl(teamId: string, serviceUrl: string): Promise<number>;
}

export interface TeamChannel {
  teamId: string;
  channelId: string;
  channelName: string | null;
}

export interface KnownTeam {
  teamId: string;
  teamName: string | null;
  tenantId: string;
  serviceUrl: string;
  installedAt: Date;
}

/** Teams and channels the bot learnt from install and channel events. */
export interface TeamStore {
  recordInstall(install: {
    teamId: string;
    teamName: string | null;
    tenantId: string;
    serviceUrl: string;
    channels?: readonly { channelId: string; channelName: string | null }[];
    at: Date;
  }): Promise<void>;
  recordChannel(channel: TeamChannel & { at: Date }): Promise<void>;
  forgetChannel(channelId: string): Promise<void>;
  teamChannels(teamId: string): Promise<TeamChannel[]>;
  listTeams(): Promise<KnownTeam[]>;
}

/** An agent's 1:1 conversation with the bot, to tell them proactively when a callback closes. */
export interface UserConversation {
  /** The Entra object id (aadObjectId). */
  userId: string;
  /** The Teams user id (29:...). */
  teamsUserId: string;
  conversationId: string;
  serviceUrl: string;
  tenantId: string;
}

export interface UserConversationStore {
  saveUserConversation(conversation: UserConversation & { at?: Date }): Promise<void>;
  userConversation(userId: string): Promise<UserConversation | null>;
}

export const inquiryKinds = ['search', 'solved_on_call', 'callback_booked', 'referred'] as const;
export type InquiryKind = (typeof inquiryKinds)[number];

/** One anonymous statistics line: never the citizen's data, only what the agent did. */
export interface Inquiry {
  at: Date;
  kind: InquiryKind;
  userId?: string;
  centerCode?: string;
  guideId?: string;
  queryNormalized?: string;
  hitCount?: number;
}

export interface InquiryFilter {
  kinds?: readonly InquiryKind[];
  centerCodes?: readonly string[];
  userId?: string;
  /** At or after. */
  from?: Date;
  /** Before. */
  to?: Date;
}

export interface InquiryStore {
  recordInquiry(inquiry: Inquiry): Promise<void>;
  countInquiries(filter: InquiryFilter): Promise<number>;
  /** The same count per guide (or referral) id, most first. */
  countPerGuide(filter: InquiryFilter): Promise<{ guideId: string; count: number }[]>;
  /** Retention of search texts: erases the query text of searches before `before`; rows stay. */
  eraseSearchText(before: Date): Promise<number>;
}

export const accessActions = ['read', 'search', 'change', 'export', 'delete'] as const;
export type AccessAction = (typeof accessActions)[number];

/** One access to a citizen's data (design §3); `citizenKey` is a keyed hash of the phone number. */
export interface AccessLogEntry {
  id: string;
  at: Date;
  user: Person;
  action: AccessAction;
  callbackId: string | null;
  citizenKey: string | null;
  details: Record<string, string | number | boolean | null> | null;
}

/** An access to log; the store adds the id. */
export type AccessLogDraft = Omit<AccessLogEntry, 'id' | 'callbackId' | 'citizenKey' | 'details'> & {
  callbackId?: string;
  citizenKey?: string;
  details?: AccessLogEntry['details'];
};

/** An entry with every field given (null where none), for writing many at once. */
export type NewAccessLogEntry = Omit<AccessLogEntry, 'id'>;

export interface AccessLogStore {
  logAccess(entry: AccessLogDraft): Promise<void>;
  /** Writes many entries at once, in one transaction (an export touches many citizens). */
  logAccesses(entries: readonly NewAccessLogEntry[]): Promise<void>;
  /** Everything logged about one citizen, oldest first (a citizen may ask to see it). */
  accessLogFor(citizenKey: string): Promise<AccessLogEntry[]>;
  /** Retention of the log itself; returns how many entries were deleted. */
  purgeAccessLog(olderThan: Date): Promise<number>;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  callbacks: CallbackStore;
  outbox: OutboxStore;
  cardPosts: CardPostStore;
  channels: ChannelBindingStore;
  teams: TeamStore;
  users: UserConversationStore;
  inquiries: InquiryStore;
  accessLog: AccessLogStore;
  /** What was erased when, to erase it again after a backup is restored. */
  erasures: ErasureJournalStore;
  /** Who bound or moved which channel (and who tried). */
  adminLog: AdminLogStore;
  /** Single-use links to the tab's exports, shared by every instance. */
  downloadLinks: DownloadLinkStore;
  /** The agents' searches, the pairs they make and the coordinators' keyword decisions. */
  learning: LearningStore;
  /** Aggregates and lists for the coordinator tab. */
  stats: StatsStore;
  /** Readiness: resolves when the database answers. */
  ping(): Promise<void>;
  /** Readiness: one small committed write; rejects with STORAGE_FAILED when writes fail. */
  probeWrite(): Promise<void>;
  /**
   * The last change that failed because the database was unavailable (down, disk full), unless a
   * change succeeded since: a full disk can refuse every booking while a tiny probe still fits.
   */
  lastWriteFailure(): { at: Date; reason: string } | null;
  close(): Promise<void>;
}

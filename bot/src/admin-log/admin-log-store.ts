import type { Person } from '../callbacks/callback';

/**
 * The log of administrative changes (who bound or moved which center's channel, and who tried
 * without the right to), kept for the coordinators and the data protection officer. It holds
 * staff ids and names and channel addresses, never a citizen's data.
 */
export const adminActions = [
  'binding.created',
  'binding.moved',
  'binding.changed',
  'binding.refused',
  'keyword.accepted',
  'keyword.rejected',
  'keyword.removed',
] as const;
export type AdminAction = (typeof adminActions)[number];

/** Why a binding was refused: the sender is not in BINDING_ADMINS, or none is named and it was not a first binding. */
export type BindingRefusal = 'not_admin' | 'no_admins';

export interface ChannelRef {
  serviceUrl: string;
  tenantId: string;
  teamId: string;
  channelId: string;
  channelName: string | null;
}

/** Just the channel's address and name, from a binding or anything that carries them. */
export const channelRefOf = (c: ChannelRef): ChannelRef => ({
  serviceUrl: c.serviceUrl,
  tenantId: c.tenantId,
  teamId: c.teamId,
  channelId: c.channelId,
  channelName: c.channelName ?? null,
});

export interface AdminChangeDetails {
  /** The channel the center was bound to before (null: it had none). */
  from: ChannelRef | null;
  /** The channel it is bound to now, or the one that was asked for when refused. */
  to: ChannelRef | null;
  /** Another center that lost this channel (a channel serves one center). */
  displacedCenter: string | null;
  /** The Teams tag or person posts @mention, by name. */
  mention: string | null;
  reason: BindingRefusal | null;
  /** A keyword decision: the agents' words and the guide they lead to (absent for bindings). */
  keyword?: { words: string; guideId: string } | null;
}

export interface AdminChange {
  id: string;
  at: Date;
  actor: Person;
  action: AdminAction;
  /** A center code or KOORDINATOR. */
  centerCode: string;
  details: AdminChangeDetails;
}

export type AdminChangeDraft = Omit<AdminChange, 'id'>;

export interface AdminLogStore {
  recordAdminChange(change: AdminChangeDraft): Promise<AdminChange>;
  adminChange(id: string): Promise<AdminChange | null>;
  /** Newest first. */
  adminChanges(page: { limit: number; offset: number }): Promise<{ entries: AdminChange[]; total: number }>;
  /** Retention; returns how many entries were deleted. */
  purgeAdminChanges(olderThan: Date): Promise<number>;
}

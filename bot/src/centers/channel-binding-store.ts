import type { AdminChange } from '../admin-log/admin-log-store';
import type { Person } from '../callbacks/callback';
import type { OutboxDraft } from '../outbox/outbox-store';

/**
 * Which Teams channel serves which center. A port: plain objects and Dates, so that use cases and
 * the Teams adapter never see a database driver.
 */

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

interface BindChannelOptions {
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

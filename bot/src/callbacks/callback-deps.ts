import type { AccessLogStore } from '../access-log/access-log-store';
import type { Center } from '../centers/center';
import type { ChannelBindingStore } from '../centers/channel-binding-store';
import type { OutboxStore } from '../outbox/outbox-store';
import type { CalendarConfig } from '../centers/calendar-config';
import type { Logger } from '../shared/logger';
import type { Person } from './callback';
import type { CallbackStore } from './callback-store';
import type { ErasureJournalStore } from './erasure-journal';
import type { LifecycleRules } from './lifecycle';

/**
 * Who may act on a center's callbacks: the members of the center's bound channel, asked of Teams.
 * Returns the member as Teams knows them (card invokes carry no display name), or null. Throws
 * AppError BOT_NOT_IN_TEAM when the bot was removed from that team, TEAMS_UNAVAILABLE when Teams
 * did not answer in time (or with 429/5xx); `signal` is the user's turn budget (decision 0043).
 */
export interface CenterMembership {
  memberOf(
    centerCode: string,
    user: Person & { teamsUserId?: string },
    signal?: AbortSignal,
  ): Promise<Person | null>;
}

/** The ports the callback use cases read and write (the composition root passes its Store). */
export interface CallbackStores {
  callbacks: CallbackStore;
  outbox: OutboxStore;
  channels: ChannelBindingStore;
  accessLog: AccessLogStore;
  erasures: ErasureJournalStore;
}

/** Everything the callback use cases need, built once by the composition root. */
export interface CallbackDeps {
  store: CallbackStores;
  centers: () => readonly Center[];
  calendar: CalendarConfig;
  rules: LifecycleRules;
  membership: CenterMembership;
  now: () => Date;
  logger: Logger;
  /** Keyed hash of a citizen's phone number: the access log is searchable per citizen without storing the number. */
  citizenKey: (phone: string) => string;
  /** Called after something was written to the outbox, so delivery starts at once. */
  outboxChanged: () => void;
}

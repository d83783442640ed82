import type { Person } from '../callbacks/callback';
import type { CalendarConfig } from '../centers/calendar-config';
import type { Center } from '../centers/center';
import type { GuideCatalog } from '../guides/guide-catalog';
import type { AdminLogStore } from '../admin-log/admin-log-store';
import type { Logger } from '../shared/logger';
import type { RoleGrant } from './roles';
import type { OutboxStore } from '../outbox/outbox-store';
import type { StatsStore } from './stats-store';
import type { AccessLogStore } from '../access-log/access-log-store';
import type { ChannelBindingStore } from '../centers/channel-binding-store';
import type { InquiryStore } from '../inquiries/inquiry-store';
import type { CallbackStore } from '../callbacks/callback-store';

/** Everything the coordinator tab's use cases need, built once by the composition root. */
export interface StatsDeps {
  stats: StatsStore;
  callbacks: CallbackStore;
  accessLog: AccessLogStore;
  adminLog: AdminLogStore;
  channels: ChannelBindingStore;
  inquiries: Pick<InquiryStore, 'countPerGuide'>;
  /** What could not be delivered to Teams. */
  outbox: Pick<OutboxStore, 'deadLetters'>;
  centers: () => readonly Center[];
  calendar: CalendarConfig;
  catalog: () => GuideCatalog;
  /** Keyed hash of a citizen's phone number, as the access log stores it. */
  citizenKey: (phone: string) => string;
  now: () => Date;
  logger: Logger;
}

/** The verified person using the tab, with what they may see. */
export type Viewer = Person & RoleGrant;

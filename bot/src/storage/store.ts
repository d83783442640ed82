import type { AccessLogStore } from '../access-log/access-log-store';
import type { AdminLogStore } from '../admin-log/admin-log-store';
import type { CallbackStore } from '../callbacks/callback-store';
import type { ErasureJournalStore } from '../callbacks/erasure-journal';
import type { ChannelBindingStore } from '../centers/channel-binding-store';
import type { StatsStore } from '../coordinator/stats-store';
import type { DownloadLinkStore } from '../downloads/download-link';
import type { InquiryStore } from '../inquiries/inquiry-store';
import type { LearningStore } from '../learning/learning-store';
import type { OutboxStore } from '../outbox/outbox-store';
import type { CardPostStore } from '../teams/card-post-store';
import type { TeamStore } from '../teams/team-store';
import type { UserConversationStore } from '../teams/user-conversation-store';

/**
 * Every repository of one database, as openStore returns it: a composition-root type for main,
 * the app and the adapters that wire use cases. Use cases take the narrow ports they use (each
 * beside its concept), never the whole Store, so a signature says what it touches.
 */
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

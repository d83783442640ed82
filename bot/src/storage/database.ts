/**
 * Table types for Kysely. Times are epoch milliseconds in both databases (INTEGER in SQLite,
 * BIGINT in PostgreSQL, read back as numbers): one representation that compares, sorts and
 * range-filters the same way in both, with no dialect-specific date parsing. JSON is text.
 */
export interface CallbacksTable {
  id: string;
  reference: string;
  sequence: number;
  idempotency_key: string | null;
  center_code: string;
  topic: string;
  guide_id: string | null;
  citizen_name: string | null;
  citizen_phone: string | null;
  citizen_description: string | null;
  time_window: string;
  urgency: string;
  status: string;
  holder_id: string | null;
  holder_name: string | null;
  attempts: number;
  outcome: string | null;
  booked_by_id: string;
  booked_by_name: string;
  booked_at: number;
  deadline: number;
  claimed_at: number | null;
  closed_at: number | null;
  moved_to: string | null;
  moved_from: string | null;
  version: number;
  erased_at: number | null;
  /** Lower-cased reference and topic, for text search that handles æøå in both databases. */
  search_public: string;
  /** Lower-cased citizen data; null once erased. */
  search_private: string | null;
}

export interface CallbackEventsTable {
  callback_id: string;
  version: number;
  at: number;
  actor_id: string;
  actor_name: string;
  action: string;
  from_status: string | null;
  to_status: string;
  details: string;
}

interface CountersTable {
  name: string;
  value: number;
}

export interface OutboxTable {
  id: string;
  kind: string;
  callback_id: string | null;
  payload: string;
  dedupe_key: string;
  status: string;
  attempts: number;
  next_attempt_at: number;
  first_due_at: number;
  locked_by: string | null;
  locked_until: number | null;
  last_error: string | null;
  result: string | null;
  sent_at: number | null;
  /** Migration 009: a send whose outcome is not known yet started then. */
  in_flight_at: number | null;
}

interface CardPostsTable {
  callback_id: string;
  center_code: string;
  service_url: string;
  tenant_id: string;
  channel_id: string;
  conversation_id: string;
  activity_id: string;
  posted_at: number;
  /** Migration 009: 1 for a card posted again after an unknown outcome (null before 009). */
  resent: number | null;
}

export interface ChannelBindingsTable {
  center_code: string;
  service_url: string;
  tenant_id: string;
  team_id: string;
  channel_id: string;
  channel_name: string | null;
  bound_by_id: string;
  bound_by_name: string;
  bound_at: number;
  mention_kind: 'tag' | 'user' | null;
  mention_id: string | null;
  mention_name: string | null;
}

interface TeamsTable {
  team_id: string;
  team_name: string | null;
  tenant_id: string;
  service_url: string;
  installed_at: number;
  updated_at: number;
}

interface TeamChannelsTable {
  channel_id: string;
  team_id: string;
  channel_name: string | null;
  updated_at: number;
}

interface UserConversationsTable {
  user_id: string;
  teams_user_id: string;
  conversation_id: string;
  service_url: string;
  tenant_id: string;
  updated_at: number;
}

interface InquiriesTable {
  id: string;
  at: number;
  kind: string;
  user_id: string | null;
  center_code: string | null;
  guide_id: string | null;
  query_normalized: string | null;
  hit_count: number | null;
}

interface AccessLogTable {
  id: string;
  at: number;
  user_id: string;
  user_name: string;
  action: string;
  callback_id: string | null;
  citizen_key: string | null;
  details: string | null;
}

export interface ErasureJournalTable {
  id: string;
  at: number;
  reason: string;
  citizen_key: string | null;
  key_check: string | null;
  closed_before: number | null;
  callbacks: number;
}

export interface AdminAuditLogTable {
  id: string;
  at: number;
  actor_id: string;
  actor_name: string;
  action: string;
  /** The center code (or KOORDINATOR) the change is about. */
  subject: string;
  details: string;
}

export interface DownloadLinksTable {
  /** SHA-256 of the link's secret; the secret itself is only in the link. */
  token_hash: string;
  user_id: string;
  /** JSON: the person who asked and what they may see, when they asked. */
  viewer: string;
  what: string;
  /** The export's query string, validated when the link was issued. */
  query: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

interface RecentSearchesTable {
  id: string;
  at: number;
  user_id: string;
  chat: string;
  words: string;
  /** Guide ids shown, comma-separated (ids have no commas). */
  shown: string;
  closed: number;
}

export interface KeywordPairsTable {
  search_id: string;
  at: number;
  user_id: string;
  words: string;
  guide_id: string;
  use: string;
}

export interface KeywordDecisionsTable {
  decision_id: string;
  id: string;
  words: string;
  guide_id: string;
  decision: string;
  by_id: string;
  by_name: string;
  at: number;
}

export interface Database {
  callbacks: CallbacksTable;
  callback_events: CallbackEventsTable;
  counters: CountersTable;
  outbox: OutboxTable;
  card_posts: CardPostsTable;
  channel_bindings: ChannelBindingsTable;
  teams: TeamsTable;
  team_channels: TeamChannelsTable;
  user_conversations: UserConversationsTable;
  inquiries: InquiriesTable;
  access_log: AccessLogTable;
  erasure_journal: ErasureJournalTable;
  admin_audit_log: AdminAuditLogTable;
  download_links: DownloadLinksTable;
  recent_searches: RecentSearchesTable;
  keyword_pairs: KeywordPairsTable;
  keyword_decisions: KeywordDecisionsTable;
}

/**
 * One error type for the whole product. The code is stable (logs, tests and the tab API rely on
 * it); the Danish text shown to users comes from the message catalogue, never from here.
 */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'CENTER_UNKNOWN'
  | 'PAYLOAD_INVALID'
  | 'PHONE_INVALID'
  | 'CALLBACK_NOT_FOUND'
  | 'SUGGESTION_NOT_FOUND'
  | 'CALLBACK_VERSION_CONFLICT'
  | 'CALLBACK_ALREADY_CLAIMED'
  | 'TRANSITION_NOT_ALLOWED'
  | 'NOT_AUTHENTICATED'
  | 'FORBIDDEN'
  | 'STORAGE_FAILED'
  /** The bot is no longer in the team bound to a center (Teams: 403 BotNotInConversationRoster). */
  | 'BOT_NOT_IN_TEAM'
  /** Teams did not answer in time on a user's turn, or answered 429/5xx: nothing was changed. */
  | 'TEAMS_UNAVAILABLE'
  | 'AUTH_UNAVAILABLE';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${code}: ${message}`);
    this.name = 'AppError';
  }
}

export const isAppError = (e: unknown, code?: ErrorCode): e is AppError =>
  e instanceof AppError && (code === undefined || e.code === code);

/**
 * A change refused because the database was unavailable (down, restarting, disk full): 'no' when
 * nothing was saved, 'unknown' when PostgreSQL's connection broke while the commit was on its way.
 * Null for any other error. The storage layer sets `details.saved` on such STORAGE_FAILED errors.
 */
export type SavedOutcome = 'no' | 'unknown';

export function unsavedOutcome(error: unknown): SavedOutcome | null {
  if (!isAppError(error, 'STORAGE_FAILED')) return null;
  const saved = error.details.saved;
  return saved === 'no' || saved === 'unknown' ? saved : null;
}

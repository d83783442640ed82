/**
 * A failed Bot Connector call reduced to what the outbox decides on: the HTTP status, Teams'
 * Retry-After, and the error code (Teams' own, such as BotNotInConversationRoster, or a network
 * code such as ECONNRESET, or `timeout`). Nothing of botbuilder's error types leaks out.
 */
export class ConnectorFailure extends Error {
  readonly status?: number;
  readonly retryAfterSeconds?: number;
  readonly code: string;

  constructor(failure: { status?: number; retryAfterSeconds?: number; code: string; message: string }) {
    super(failure.message);
    this.name = 'ConnectorFailure';
    this.code = failure.code;
    if (failure.status !== undefined) this.status = failure.status;
    if (failure.retryAfterSeconds !== undefined) this.retryAfterSeconds = failure.retryAfterSeconds;
  }

  toJSON() {
    return {
      status: this.status,
      retryAfterSeconds: this.retryAfterSeconds,
      code: this.code,
      message: this.message,
    };
  }
}

interface RestErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  statusCode?: unknown;
  response?: { headers?: { get?: (name: string) => string | undefined } };
}

/**
 * Converts what ConnectorClient throws. An abort is ours: `aborted` when the caller's signal
 * fired (the outbox lease is running out), `timeout` when the request timeout did.
 */
export function toConnectorFailure(
  error: unknown,
  callerSignal?: AbortSignal,
  now = new Date(),
): ConnectorFailure {
  if (error instanceof ConnectorFailure) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as RestErrorLike;
  const message = typeof e.message === 'string' ? e.message : String(error);
  if (e.name === 'AbortError') {
    return new ConnectorFailure({ code: callerSignal?.aborted ? 'aborted' : 'timeout', message });
  }
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  const retryAfterSeconds = parseRetryAfter(e.response?.headers?.get?.('retry-after'), now);
  const code = typeof e.code === 'string' && e.code !== '' ? e.code : status ? `HTTP_${status}` : 'UNKNOWN';
  return new ConnectorFailure({
    code,
    message,
    ...(status !== undefined ? { status } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  });
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
function parseRetryAfter(header: string | undefined | null, now: Date): number | undefined {
  if (header === undefined || header === null || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value);
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

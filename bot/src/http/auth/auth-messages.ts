import { isAppError } from '../../shared/errors';

/**
 * What the tab shows when a request is refused. The precise reason stays in the server log; the
 * user gets a plain Danish text and the stable code (the tab decides whether to retry SSO).
 */
const authMessages = {
  notAuthenticated: 'Du er ikke logget ind, eller dit login er udløbet. Genindlæs fanen, og prøv igen.',
  forbidden:
    'Du har ikke adgang til koordinatorfanen. Kontakt din leder, hvis du skal bruge den i dit arbejde.',
  unavailable: 'Dit login kan ikke kontrolleres lige nu. Prøv igen om lidt.',
} as const;

export interface AuthFailureResponse {
  status: 401 | 403 | 503;
  headers: Record<string, string>;
  body: { code: string; message: string };
}

/** The HTTP answer for an authentication or role failure; undefined for any other error. */
export function authFailureResponse(error: unknown): AuthFailureResponse | undefined {
  if (isAppError(error, 'NOT_AUTHENTICATED')) {
    return {
      status: 401,
      // RFC 6750: tells the client that a (new) bearer token is the way in.
      headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
      body: { code: error.code, message: authMessages.notAuthenticated },
    };
  }
  if (isAppError(error, 'FORBIDDEN')) {
    return { status: 403, headers: {}, body: { code: error.code, message: authMessages.forbidden } };
  }
  if (isAppError(error, 'AUTH_UNAVAILABLE')) {
    return {
      status: 503,
      headers: { 'Retry-After': '5' },
      body: { code: error.code, message: authMessages.unavailable },
    };
  }
  return undefined;
}

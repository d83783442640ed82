import { texts } from '../texts';

/** A refused or failed request, with the server's Danish message (or ours when it sent none). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export interface ApiClient {
  get<T>(path: string, query?: Query): Promise<T>;
  /** Sends `body` as JSON (the server accepts changes only as JSON) and reads the JSON answer. */
  post<T>(path: string, body: unknown): Promise<T>;
  /** For the CSV export: the response body as a file. */
  download(path: string, query?: Query): Promise<Blob>;
}

/** Every request carries the Teams SSO token as Bearer, except in local mode where there is none. */
export function createApiClient(getToken: () => Promise<string | null>, base = ''): ApiClient {
  const request = async (path: string, query: Query | undefined, body?: unknown): Promise<Response> => {
    let token: string | null;
    try {
      token = await getToken();
    } catch {
      throw new ApiError(0, 'LOGIN_FAILED', texts.errors.login);
    }
    const headers: Record<string, string> = {};
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(
        `${base}${path}${queryString(query)}`,
        body === undefined ? { headers } : { method: 'POST', headers, body: JSON.stringify(body) },
      );
    } catch {
      throw new ApiError(0, 'NETWORK', texts.errors.network);
    }
    if (!response.ok) throw await errorOf(response);
    return response;
  };
  return {
    get: async <T>(path: string, query?: Query) => (await (await request(path, query)).json()) as T,
    post: async <T>(path: string, body: unknown) =>
      (await (await request(path, undefined, body)).json()) as T,
    download: async (path, query) => (await request(path, query)).blob(),
  };
}

/** Empty values are left out, so "all centers" is simply no `center` parameter. */
export function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

interface ErrorBody {
  code?: unknown;
  message?: unknown;
  error?: { code?: unknown; message?: unknown };
}

/** The contract's `{ error: { code, message } }`; the auth gate answers `{ code, message }`. */
async function errorOf(response: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not JSON (a proxy's error page): fall back to the status.
  }
  const source = body.error ?? body;
  const code = typeof source.code === 'string' ? source.code : `HTTP_${response.status}`;
  const message =
    typeof source.message === 'string' && source.message
      ? source.message
      : texts.errors.unexpected(response.status);
  return new ApiError(response.status, code, message);
}

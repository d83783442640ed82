/** The coordinator tab's API as the tab calls it: JSON over real HTTP, a Bearer token unless local mode. */
export interface TabAnswer<T = unknown> {
  status: number;
  body: T;
  text: string;
}

export async function tabRequest<T = unknown>(
  appUrl: string,
  path: string,
  options: { token?: string; post?: unknown; rawBody?: string; contentType?: string } = {},
): Promise<TabAnswer<T>> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const hasBody = options.post !== undefined || options.rawBody !== undefined;
  if (hasBody) headers['content-type'] = options.contentType ?? 'application/json';
  const response = await fetch(`${appUrl}${path}`, {
    method: hasBody ? 'POST' : 'GET',
    headers,
    ...(hasBody ? { body: options.rawBody ?? JSON.stringify(options.post) } : {}),
  });
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('json');
  return { status: response.status, text, body: (json ? JSON.parse(text) : text) as T };
}

export const citizenDataPath = (phone: string) => `/api/tab/citizen-data?phone=${encodeURIComponent(phone)}`;
export const erasePath = '/api/tab/citizen-data/erase';

/**
 * Posts an activity to the bot's endpoint the way Teams does. Invokes are answered in the body
 * (`{status, body}` of the invoke response); messages usually get 200 or 202 with no body.
 */
export async function postActivity(
  botBaseUrl: string,
  activity: unknown,
  options: { headers?: Record<string, string> } = {},
): Promise<{ status: number; body: unknown }> {
  const url = `${botBaseUrl.replace(/\/+$/, '')}/api/messages`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', ...options.headers },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  return { status: response.status, body: parseBody(text) };
}

function parseBody(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

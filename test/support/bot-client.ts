import http from 'node:http';

/**
 * Connections are kept open between activities, as the Bot Connector does, so that the
 * benchmarks measure the bot rather than TCP handshakes (and node:http rather than fetch, which
 * costs the load generator about twice the CPU per request).
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/**
 * Posts an activity to the bot's endpoint the way Teams does. Invokes are answered in the body
 * (`{status, body}` of the invoke response); messages usually get 200 or 202 with no body.
 */
export function postActivity(
  botBaseUrl: string,
  activity: unknown,
  options: { headers?: Record<string, string> } = {},
): Promise<{ status: number; body: unknown }> {
  const url = new URL(`${botBaseUrl.replace(/\/+$/, '')}/api/messages`);
  const payload = Buffer.from(JSON.stringify(activity));
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': payload.length,
          ...options.headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: parseBody(Buffer.concat(chunks).toString('utf8')),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

function parseBody(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

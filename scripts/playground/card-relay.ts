import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Sits between the bot and the Agents Playground's mock Bot Connector (the playground is started
 * with `--service-url` pointing here) and passes every request through unchanged, except one.
 *
 * The bot posts a new callback as a channel thread whose activity has a summary text and the
 * card (teams/sender-alerting-activity.ts). Teams shows both; Playground 0.2.28 shows only the
 * text of such a message, so the card and its "Tag opgaven" button would be missing from the
 * try-out. For a new thread with a card, the relay drops the text (and the mention that lives
 * in it); the summary for notifications stays. Nothing else is touched, and the bot is not
 * changed for the emulator's sake. When the bot stops sending text beside a card, this becomes
 * a plain pass-through.
 */
export interface CardRelay {
  /** The serviceUrl to give the playground, e.g. http://127.0.0.1:40123/_connector. */
  url: string;
  /** Where the playground listens; set once its port is known. */
  setTarget(origin: string): void;
  stop(): Promise<void>;
}

export async function startCardRelay(): Promise<CardRelay> {
  let target: URL | null = null;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (!target) {
        res.writeHead(503, { 'content-type': 'text/plain' }).end('the playground is not up yet');
        return;
      }
      const body = rewrite(req.method ?? 'GET', req.url ?? '/', Buffer.concat(chunks));
      const headers = { ...req.headers, host: target.host, 'content-length': String(body.length) };
      const forward = http.request(
        new URL(req.url ?? '/', target),
        { method: req.method, headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', (error) => {
        res.writeHead(502, { 'content-type': 'text/plain' }).end(`relay: ${error.message}`);
      });
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/_connector`,
    setTarget(origin) {
      target = new URL(origin);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `POST .../v3/conversations` with a channel thread whose activity has text and attachments. */
export function rewrite(method: string, url: string, body: Buffer): Buffer {
  if (method !== 'POST' || !/\/v3\/conversations\/?(\?.*)?$/.test(url)) return body;
  let payload: { isGroup?: boolean; activity?: Record<string, unknown> };
  try {
    payload = JSON.parse(body.toString('utf8'));
  } catch {
    return body;
  }
  const activity = payload.activity;
  const attachments = activity?.attachments;
  if (!payload.isGroup || !activity?.text || !Array.isArray(attachments) || attachments.length === 0)
    return body;
  const { text: _text, entities: _entities, ...cardOnly } = activity;
  return Buffer.from(JSON.stringify({ ...payload, activity: cardOnly }), 'utf8');
}

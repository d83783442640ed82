import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cardOfAnswer, isCardInvoke, refreshInvoke, refreshOf, withCard } from './holder-refresh';

/**
 * Sits between the bot and the Agents Playground, both ways (the playground is started with
 * `--service-url` pointing here, and with this relay as its bot endpoint), and passes every
 * request through unchanged, except two.
 *
 * The bot posts a new callback as a channel thread whose activity has a summary text and the
 * card (teams/sender-alerting-activity.ts). Teams shows both; Playground 0.2.28 shows only the
 * text of such a message, so the card and its "Tag opgaven" button would be missing from the
 * try-out. For a new thread with a card, the relay drops the text (and the mention that lives
 * in it); the summary for notifications stays.
 *
 * Teams refreshes a card by itself for the users its `refresh.userIds` names; the playground
 * does not, so the holder would see the shared card (without the citizen) after every change.
 * For such an update the relay asks the bot as Teams would (holder-refresh.ts).
 *
 * Nothing else is touched, and the bot is not changed for the emulator's sake.
 */
export interface CardRelay {
  /** The serviceUrl to give the playground, e.g. http://127.0.0.1:40123/_connector. */
  url: string;
  /** The bot endpoint to give the playground; requests go on to `botEndpoint`. */
  botUrl: string;
  /** Where the playground listens; set once its port is known. */
  setTarget(origin: string): void;
  stop(): Promise<void>;
}

export async function startCardRelay(botEndpoint: string): Promise<CardRelay> {
  let target: URL | null = null;
  // The last card button the playground's user pressed: who they are and where, as Teams says it.
  let lastCardInvoke: Record<string, unknown> | null = null;

  const toBot = async (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) => {
    const invoke = isCardInvoke(body);
    if (invoke) lastCardInvoke = invoke;
    await forward(new URL(botEndpoint), req, res, body);
  };

  const toPlayground = async (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) => {
    if (!target) {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('the playground is not up yet');
      return;
    }
    let out = rewrite(req.method ?? 'GET', req.url ?? '/', body);
    const refresh = refreshOf(req.method ?? 'GET', req.url ?? '/', out);
    const activityId = decodeURIComponent(/\/activities\/([^/?]+)/.exec(req.url ?? '')?.[1] ?? '');
    const asked = refresh && lastCardInvoke ? refreshInvoke(lastCardInvoke, refresh, activityId) : null;
    if (asked) {
      const card = await askBot(botEndpoint, asked);
      if (card) out = withCard(out, card);
    }
    await forward(new URL(req.url ?? '/', target), req, res, out);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const handle = (req.url ?? '').startsWith('/api/messages') ? toBot : toPlayground;
      handle(req, res, body).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`relay: ${error instanceof Error ? error.message : String(error)}`);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/_connector`,
    botUrl: `http://127.0.0.1:${port}/api/messages`,
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

/** Passes a request on to `url` and its answer back. */
function forward(url: URL, req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const headers = { ...req.headers, host: url.host, 'content-length': String(body.length) };
    const request = http.request(url, { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
      answer.on('end', resolve);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** The card the bot answers a refresh with, or null (then the shared card is shown, as before). */
async function askBot(
  botEndpoint: string,
  invoke: Record<string, unknown>,
): Promise<Record<string, unknown> | null> {
  try {
    // The try-out's bot runs in local mode: no token, as from the playground itself.
    const answer = await fetch(botEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(invoke),
    });
    return answer.ok ? cardOfAnswer(await answer.json()) : null;
  } catch {
    return null;
  }
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

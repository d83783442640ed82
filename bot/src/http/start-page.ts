import type { Request, Response, Server } from 'restify';
import { startPageMessages as m } from '../texts/start-page';

/**
 * GET /: a small Danish page that links what the server offers, instead of restify's JSON 404
 * for the address a new user opens first (decision 0047). Links are relative, so the page is
 * right behind any host name. It holds no data and loads nothing: a strict policy fits.
 */
export function registerStartPage(server: Server, options: { production: boolean }): void {
  const html = startPageHtml(options);
  server.get('/', async (_req: Request, res: Response) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    );
    res.writeHead(200);
    res.end(html);
  });
}

/** The page; the playground line only outside production, where there is a checkout to run it in. */
export function startPageHtml(options: { production: boolean }): string {
  const items = [
    `<li><a href="tab">${m.tab.link}</a> (<code>/tab</code>): ${m.tab.what}</li>`,
    `<li>${m.botEndpoint.name}: <code>/api/messages</code>. ${m.botEndpoint.what}</li>`,
    ...(options.production
      ? []
      : [`<li>${m.playground.name}: <code>npm run playground</code> – ${m.playground.what}</li>`]),
    `<li>${m.health.name}: <a href="readyz">/readyz</a> (${m.health.ready}), <a href="healthz">/healthz</a> (${m.health.alive})</li>`,
  ];
  return `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${m.title}</title>
    <style>
      body { font-family: 'Segoe UI', system-ui, sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
      code { background: #f0f0f0; padding: 0 0.25em; }
    </style>
  </head>
  <body>
    <h1>${m.title}</h1>
    <p>${m.running}</p>
    <ul>
      ${items.join('\n      ')}
    </ul>
    <p>${m.docs}</p>
  </body>
</html>
`;
}

import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import { openBrowser } from '../../scripts/playground/browser';
import { describeWithChromium } from '../support/describe-needing';
import { rewrite } from '../../scripts/playground/card-relay';
import { cardOfAnswer, refreshInvoke, refreshOf, withCard } from '../../scripts/playground/holder-refresh';
import { hasDisplay, playgroundArgs } from '../../scripts/playground/playground-cli';
import { startTryOut, tryOutEnvironment, type RunningTryOut } from '../../scripts/playground/start-try-out';
import * as step from '../../scripts/playground/try-out-steps';

describe('the card relay in front of the playground', () => {
  const card = { contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard' } };
  const thread = {
    isGroup: true,
    channelData: { channel: { id: '19:cso@thread.tacv2' } },
    activity: {
      type: 'message',
      summary: 'TB-1001: Hjemmehjælp',
      text: '<at>CSO-tilbagekald</at> TB-1001: Hjemmehjælp',
      entities: [{ type: 'mention' }],
      attachments: [card],
    },
  };
  const body = (json: object) => Buffer.from(JSON.stringify(json));

  test('a new channel thread keeps its card and summary, without the text the playground would show instead', () => {
    const out = JSON.parse(rewrite('POST', '/_connector/v3/conversations', body(thread)).toString());
    expect(out.activity).toEqual({ type: 'message', summary: 'TB-1001: Hjemmehjælp', attachments: [card] });
    expect(out.channelData).toEqual(thread.channelData);
  });

  test.each([
    ['a reply in a conversation', 'POST', '/_connector/v3/conversations/a%3A1/activities', thread],
    ['a card update', 'PUT', '/_connector/v3/conversations/c/activities/1', thread],
    ['a 1:1 conversation', 'POST', '/_connector/v3/conversations', { ...thread, isGroup: false }],
    [
      'a thread with text only',
      'POST',
      '/_connector/v3/conversations',
      { isGroup: true, activity: { text: 'x' } },
    ],
  ])('%s passes unchanged', (_what, method, url, json) => {
    expect(rewrite(method, url, body(json))).toEqual(body(json));
  });
});

describe('the relay refreshes the holder’s card as Teams does', () => {
  const refresh = {
    action: { type: 'Action.Execute', verb: 'callback.refresh', data: { callbackId: 'c1', version: 3 } },
    userIds: ['29:holder'],
  };
  const update = (card: object) =>
    Buffer.from(
      JSON.stringify({
        type: 'message',
        id: '1001',
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
      }),
    );
  const clicked = {
    type: 'invoke',
    name: 'adaptiveCard/action',
    from: { id: '29:holder', aadObjectId: 'aad-holder' },
    conversation: { id: '19:cso@thread.tacv2;messageid=1001' },
    value: { action: { type: 'Action.Execute', verb: 'callback.attempt', data: { callbackId: 'c1' } } },
  };
  const url = '/_connector/v3/conversations/19%3Acso/activities/1001';

  test('a card update naming users to refresh is recognised; anything else is not', () => {
    const body = update({ type: 'AdaptiveCard', refresh });
    expect(refreshOf('PUT', url, body)).toEqual({
      verb: 'callback.refresh',
      data: { callbackId: 'c1', version: 3 },
      userIds: ['29:holder'],
    });
    expect(refreshOf('POST', url, body)).toBeNull();
    expect(refreshOf('PUT', url, update({ type: 'AdaptiveCard' }))).toBeNull();
  });

  test('the refresh is asked as the user who pressed the button, only when the card names them', () => {
    const found = refreshOf('PUT', url, update({ type: 'AdaptiveCard', refresh }))!;
    expect(refreshInvoke(clicked, found, '1001')).toMatchObject({
      type: 'invoke',
      name: 'adaptiveCard/action',
      from: clicked.from,
      conversation: clicked.conversation,
      replyToId: '1001',
      value: {
        action: { verb: 'callback.refresh', data: { callbackId: 'c1', version: 3 } },
        trigger: 'automatic',
      },
    });
    expect(refreshInvoke({ ...clicked, from: { id: '29:someone-else' } }, found, '1001')).toBeNull();
  });

  test('the bot’s card replaces the shared one; a text answer leaves it', () => {
    const holderCard = { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'Jens Hansen' }] };
    const answer = { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: holderCard };
    expect(cardOfAnswer(answer)).toEqual(holderCard);
    expect(
      cardOfAnswer({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'x' }),
    ).toBeNull();
    const out = JSON.parse(withCard(update({ type: 'AdaptiveCard', refresh }), holderCard).toString());
    expect(out).toMatchObject({ id: '1001', attachments: [{ content: holderCard }] });
  });
});

describe('the try-out settings', () => {
  test('the bot runs unauthenticated on loopback only, on its own SQLite file, whatever .env says', () => {
    const { env, ignored } = tryOutEnvironment({
      MICROSOFT_APP_ID: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
      MICROSOFT_APP_PASSWORD: 'secret',
      DATABASE_URL: 'postgres://prod/kontaktcenter',
      HOST: '0.0.0.0',
      NODE_ENV: 'production',
    });
    expect(ignored).toEqual(['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD', 'DATABASE_URL']);
    expect(env).toMatchObject({ HOST: '127.0.0.1', NODE_ENV: 'development', PORT: '3978' });
    expect(env.MICROSOFT_APP_ID).toBeUndefined();
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SQLITE_FILE).toMatch(/data[/\\]playground\.sqlite$/);
  });

  test('the playground talks Teams to the bot, without telemetry', () => {
    expect(
      playgroundArgs({
        botEndpoint: 'http://127.0.0.1:3978/api/messages',
        port: 56150,
        serviceUrl: 'http://r/_c',
      }),
    ).toEqual([
      ...['--app-endpoint', 'http://127.0.0.1:3978/api/messages'],
      ...['--channel-id', 'msteams'],
      ...['--port', '56150'],
      ...['--service-url', 'http://r/_c'],
      '--disable-telemetry',
    ]);
  });

  test.each([
    [{}, 'linux', false],
    [{ DISPLAY: ':0' }, 'linux', true],
    [{ WAYLAND_DISPLAY: 'wayland-0' }, 'linux', true],
    [{}, 'darwin', true],
  ] as const)('with %j on %s, a browser can be opened: %s', (env, platform, expected) => {
    expect(hasDisplay(env, platform)).toBe(expected);
  });
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('npm run playground', () => {
  const logger = createMemoryLogger('info');
  let tryOut: RunningTryOut;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'playground-'));
    tryOut = await startTryOut({
      env: {
        ...process.env,
        PORT: '0',
        PLAYGROUND_PORT: String(await freePort()),
        PLAYGROUND_SQLITE_FILE: path.join(dir, 'playground.sqlite'),
        KNOWLEDGE_WATCH: 'false',
      },
      logger,
      openBrowser: false,
    });
  }, 90_000);

  afterAll(async () => {
    await tryOut?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('serves the Agents Playground page, offline, logging beside its database (not in ./devTools)', async () => {
    const page = await fetch(tryOut.playground.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect(fs.existsSync(path.join(dir, 'playground', 'agentsplayground.log'))).toBe(true);
  });

  describeWithChromium('walked in Chromium, as docs/playground.md tells a new user to', () => {
    let browser: Browser;
    let page: Page;
    beforeAll(async () => {
      ({ browser, page } = await openBrowser());
      await step.openPlayground(page, tryOut.playground.url);
    }, 60_000);
    afterAll(() => browser?.close());

    test('a center binds its channel, an agent books a callback, the center claims it and records an attempt, keeping the citizen in view', async () => {
      const bound = await step.bindChannel(page, 'CSO tilbagekald', 'CSO');
      expect(await bound.innerText()).toContain('Center for Sundhed og Omsorg');

      const results = await step.search(page, 'hjemmehjælp kom ikke');
      expect(await results.innerText()).toContain('Hjemmehjælpen kom ikke eller kom for sent');

      const form = await step.openBookingForm(results);
      await step.fillBookingForm(form, {
        name: 'Jens Hansen',
        phone: '22 33 44 55',
        description: 'Hjemmehjælpen kom ikke i morges.',
      });
      const { reference } = await step.submitBooking(form);

      const card = await step.findCallbackCard(page, 'CSO tilbagekald', reference);
      expect(await card.innerText()).toMatch(/Status\s+Åben/);
      expect(await card.innerText()).not.toContain('Jens Hansen'); // the channel card has no citizen data

      const claimed = await step.claim(card, 'Anna Andersen');
      expect(await claimed.innerText()).toMatch(/Taget af\s+Anna Andersen/);
      // Teams refreshes the holder's card with their own view (the relay plays that part here).
      await claimed.filter({ hasText: 'Jens Hansen' }).waitFor({ timeout: 20_000 });
      const attempted = await step.recordAttempt(claimed);
      await page.waitForTimeout(1500); // the shared card's update comes after the answer
      expect(await attempted.innerText()).toMatch(/Opkaldsforsøg\s+1/);
      expect(await attempted.innerText()).toContain('Jens Hansen');
      expect(await attempted.innerText()).toContain('22 33 44 55');
      expect(logger.lines).toContainEqual(
        expect.objectContaining({ event: 'callback.changed', reference, action: 'claim' }),
      );
    }, 120_000);
  });
});

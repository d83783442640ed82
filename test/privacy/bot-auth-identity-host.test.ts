import { startAuthenticatedBot, stderrDuring, type AuthenticatedBot } from './support/authenticated-bot';

/**
 * Promise: when the Bot Framework's key service hangs or fails, the bot endpoint does not hold
 * requests and sockets without bound. Within BOT_AUTH_TIMEOUT_MS (1 s here) every waiting
 * request gets 503 with Retry-After (Teams retries), all waiting requests share one fetch, the
 * cause is in the JSON log and nothing is on stderr; once the service answers again, so does the bot.
 */
const unavailable = {
  error: {
    code: 'AUTH_UNAVAILABLE',
    message: 'Forespørgslen kan ikke godkendes lige nu. Prøv igen om lidt.',
  },
};

describe.each([
  ['the OpenID metadata hangs', 'metadata', 'hang'],
  ['the key set hangs', 'keys', 'hang'],
  ['the OpenID metadata answers 500', 'metadata', 500],
  ['the key set answers 503', 'keys', 503],
  ['the OpenID metadata is not JSON', 'metadata', 'garbage'],
] as const)('when %s', (_name, endpoint, fault) => {
  let bot: AuthenticatedBot;
  beforeAll(async () => {
    bot = await startAuthenticatedBot();
    bot.issuer.faults[endpoint] = fault;
  });
  afterAll(async () => {
    await bot.stop();
  });

  test('ten requests at once each get 503 with Retry-After within a few seconds, from one shared fetch', async () => {
    const logsBefore = bot.app.logs.length;
    const events = Array.from({ length: 10 }, () => bot.channelEvent());
    const started = Date.now();
    const { result: responses, written } = await stderrDuring(() =>
      Promise.all(
        events.map(async (e) => {
          const response = await bot.send(e.activity, `Bearer ${bot.token()}`);
          return { ...response, ms: Date.now() - started };
        }),
      ),
    );
    for (const response of responses) {
      expect(response.status).toBe(503);
      expect(response.body).toEqual(unavailable);
      expect(response.ms).toBeLessThan(4_000);
    }
    expect(bot.issuer.requests.metadata).toBe(1);
    expect(written).toBe('');
    const logs = bot.app.logs.slice(logsBefore);
    expect(logs.filter((l) => l.event === 'teams.auth_unavailable').length).toBe(10);
    expect(logs).toContainEqual(
      expect.objectContaining({
        event: 'bot_auth.jwks_fetch_failed',
        url: expect.stringContaining(bot.issuer.url),
      }),
    );
    for (const e of events) expect(await e.ran()).toBe(false);
  }, 20_000);

  test('the answer names when to try again', async () => {
    const response = await fetch(`${bot.app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bot.token()}` },
      body: JSON.stringify(bot.channelEvent().activity),
    });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  }, 20_000);

  test('a token that cannot be valid anyway is still refused with 401, without waiting for keys', async () => {
    const response = await bot.send(bot.channelEvent().activity, 'Bearer not-a-token');
    expect(response.status).toBe(401);
  });

  test('once the service answers again, the next request after the pause is accepted', async () => {
    delete bot.issuer.faults[endpoint];
    await new Promise((resolve) => setTimeout(resolve, 5_100));
    const event = bot.channelEvent();
    const response = await bot.send(event.activity, `Bearer ${bot.token()}`);
    expect(response.status).toBe(200);
    expect(await event.ran()).toBe(true);
  }, 20_000);
});

describe('keys are fetched once and kept', () => {
  let bot: AuthenticatedBot;
  beforeAll(async () => {
    bot = await startAuthenticatedBot();
  });
  afterAll(async () => {
    await bot.stop();
  });

  test('twenty activities, one fetch of the metadata and one of the keys', async () => {
    const events = Array.from({ length: 20 }, () => bot.channelEvent());
    const responses = await Promise.all(events.map((e) => bot.send(e.activity, `Bearer ${bot.token()}`)));
    expect(responses.map((r) => r.status)).toEqual(events.map(() => 200));
    expect(bot.issuer.requests).toEqual({ metadata: 1, keys: 1 });
  });
});

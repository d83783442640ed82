import { generateSigningKey } from '../support/entra/key-ring';
import { foreignKey } from '../support/entra/bot-framework-issuer';
import { startAuthenticatedBot, stderrDuring, type AuthenticatedBot } from './support/authenticated-bot';

/**
 * Promise: with a Microsoft app id, the bot endpoint runs an activity only when the Bot
 * Connector's token is valid for this bot. Every invalid token gets 401 with a plain body (no
 * library text), nothing runs, and the cause is in the JSON log, never on stderr.
 */
describe('the bot endpoint refuses every invalid token with 401', () => {
  let bot: AuthenticatedBot;
  beforeAll(async () => {
    bot = await startAuthenticatedBot();
  });
  afterAll(async () => {
    await bot.stop();
  });

  test('a valid token from the Bot Connector is accepted and the activity runs', async () => {
    const event = bot.channelEvent();
    const response = await bot.send(event.activity, `Bearer ${bot.token()}`);
    expect(response.status).toBe(200);
    expect(await event.ran()).toBe(true);
  });

  const now = () => Math.floor(Date.now() / 1000);
  const cases: [string, () => string | undefined][] = [
    ['no Authorization header', () => undefined],
    ['a scheme other than Bearer', () => `Basic ${Buffer.from('bot:secret').toString('base64')}`],
    ['a token that is not a JWT', () => 'Bearer not-a-token'],
    ['alg none (no signature)', () => `Bearer ${bot.token({}, { alg: 'none' })}`],
    [
      'HS256 signed with the public key (algorithm confusion)',
      () => `Bearer ${bot.token({}, { alg: 'HS256' })}`,
    ],
    [
      'a signature by a key that is not the service’s',
      () => `Bearer ${bot.token({}, { key: foreignKey() })}`,
    ],
    [
      'a key id the service never published',
      () => `Bearer ${bot.token({}, { kid: generateSigningKey().kid })}`,
    ],
    ['a token not yet valid', () => `Bearer ${bot.token({}, { notBefore: 3600 })}`],
    ['an expired token', () => `Bearer ${bot.token({}, { expiresIn: -3600 })}`],
    ['a token for another bot (audience)', () => `Bearer ${bot.token({ aud: 'another-app-id' })}`],
    [
      'a token from another issuer',
      () => `Bearer ${bot.token({ iss: 'https://sts.windows.net/attacker/' })}`,
    ],
    ['a token for another service URL', () => `Bearer ${bot.token({ serviceurl: 'https://evil.example/' })}`],
    ['a token without expiry', () => `Bearer ${bot.token({ exp: undefined })}`],
    ['a token whose expiry is not a number', () => `Bearer ${bot.token({ exp: `${now() + 3600}` })}`],
  ];

  test.each(cases)(
    '%s: 401, nothing runs, the cause is logged as JSON, stderr stays empty',
    async (_name, header) => {
      const logsBefore = bot.app.logs.length;
      const requestsBefore = bot.emulator.requests.length;
      const event = bot.channelEvent();
      const { result: response, written } = await stderrDuring(() => bot.send(event.activity, header()));
      expect(response.status).toBe(401);
      expect(response.body).toEqual({
        error: { code: 'NOT_AUTHENTICATED', message: 'Forespørgslen er ikke godkendt.' },
      });
      expect(written).toBe('');
      const logs = bot.app.logs.slice(logsBefore);
      const refused = logs.find((l) => l.event === 'teams.auth_refused');
      expect(refused).toMatchObject({ level: 'warn', reason: expect.any(String) });
      expect(logs.filter((l) => l.event === 'teams.turn_failed' || l.level === 'error')).toEqual([]);
      expect(bot.emulator.requests.length).toBe(requestsBefore);
      expect(await event.ran()).toBe(false);
    },
  );

  test('an activity from a channel the key is not endorsed for is refused', async () => {
    const event = bot.channelEvent();
    const response = await bot.send({ ...event.activity, channelId: 'webchat' }, `Bearer ${bot.token()}`);
    expect(response.status).toBe(401);
    expect(await event.ran()).toBe(false);
  });
});

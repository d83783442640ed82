import { formKeyPattern } from '../../bot/src/callbacks/form-key';
import { containsCprCandidate } from '../../bot/src/privacy/cpr-candidate';
import { normalizeDigits } from '../../bot/src/privacy/normalize-digits';
import { callbackMessages } from '../../bot/src/texts/callbacks';
import { channelOf, testTeam, testUser } from '../support/teams-fixtures';
import { actionData, bookFromGuide, citizen, postedCard } from '../integration/callback-steps';
import { databaseEnv, databases } from '../integration/databases';
import { startHarness, textOf, type Harness } from '../integration/harness';
import { reportedCprSpellings } from './booking-fixture';

/**
 * Promise, over HTTP as Teams sends it, on SQLite and PostgreSQL: a booking form holding a CPR
 * number (in any spelling, in any field) or a phone number in the topic or time window (which the
 * whole channel reads) is refused before anything is stored or posted; the refused text is gone
 * from the form that comes back; the form's hidden key is letters only and nothing else is taken.
 */
const agent = testUser('Alex Wilber');
const hanne = testUser('Hanne Holm');
const cso = testTeam('Sundhed og Omsorg', ['Tilbagekald'], [hanne]);
const channel = channelOf(cso, 'Tilbagekald');
const guideId = 'madservice-afbestilling';
const e = callbackMessages.errors;
const f = callbackMessages.field;

type Card = Record<string, unknown>;
/** The value an input of the card holds, as Teams shows it to the agent. */
function inputValue(card: unknown, id: string): unknown {
  let found: unknown;
  const walk = (v: unknown) => {
    if (!v || typeof v !== 'object') return;
    const o = v as Card;
    if (typeof o.type === 'string' && o.type.startsWith('Input.') && o.id === id) found = o.value;
    Object.values(o).forEach(walk);
  };
  walk(card);
  return found;
}
/** The digits of a spelling, as the rule reads them, for a search in what came back. */
const digitsOf = (spelling: string) => normalizeDigits(spelling).replace(/\D/g, '');
const withoutSeparators = (text: string) => normalizeDigits(text).replace(/[^0-9A-Za-z]/g, '');

describe.each(databases)('on %s: the booking form refuses personal numbers, over HTTP', (kind) => {
  let h: Harness;
  let database: Awaited<ReturnType<typeof databaseEnv>>;
  beforeAll(async () => {
    database = await databaseEnv(kind);
    h = await startHarness({ teams: [cso], env: database.env });
    h.emulator.addUser(agent);
    await h.mention(hanne, cso, channel, 'tilknyt CSO');
  });
  afterAll(async () => {
    await h?.stop();
    await database?.drop();
  });

  const refuse = async (fields: Record<string, string>) => {
    const before = await h.app.store.callbacks.countCallbacks({});
    const { answer } = await bookFromGuide(h, agent, guideId, { ...citizen, ...fields });
    expect(await h.app.store.callbacks.countCallbacks({})).toBe(before);
    return answer.body.value;
  };

  test.each(reportedCprSpellings)(
    'a CPR number written %j in the topic is refused and cleared from the form',
    async (spelling) => {
      const form = await refuse({ topic: `Sag ${spelling}` });

      expect(textOf(form)).toContain(e.containsCpr(f.topic).slice(0, 40));
      // The topic comes back as the guide prefills it, without the number.
      expect(withoutSeparators(String(inputValue(form, 'topic')))).not.toContain(digitsOf(spelling));
      expect(containsCprCandidate(textOf(form))).toBe(false);
      // The rest of what the agent typed is kept.
      expect(inputValue(form, 'citizenName')).toBe(citizen.citizenName);
    },
  );

  test.each([
    ['citizenName', 'Karen 311285 1234'],
    ['description', 'Cpr\n31.12.85\n1234'],
    ['timeWindow', 'efter 12, 31/12/85-1234'],
    ['phone', '311285-1234'],
  ])('a CPR number in %s is refused and cleared from the form', async (field, text) => {
    const form = await refuse({ [field]: text });

    expect(textOf(form)).toContain(`»${f[field as keyof typeof f]}« ser ud til at indeholde et CPR-nummer`);
    expect(containsCprCandidate(textOf(form))).toBe(false);
    expect(withoutSeparators(textOf(form))).not.toContain('3112851234');
  });

  test.each([
    ['topic', 'Ring til datteren 61.72.83.94'],
    ['timeWindow', 'efter 14 på +45 61 72 83 94'],
  ])('a phone number in %s, which the whole channel reads, is refused and cleared', async (field, text) => {
    const form = await refuse({ [field]: text });

    expect(textOf(form)).toContain(
      `»${f[field as keyof typeof f]}« ser ud til at indeholde et telefonnummer`,
    );
    expect(withoutSeparators(textOf(form))).not.toContain('61728394');
  });

  test('ordinary text such as "ring 12.03.26 kl. 14.00" is booked and reaches the channel card', async () => {
    const { answer } = await bookFromGuide(h, agent, guideId, {
      ...citizen,
      timeWindow: 'ring 12.03.26 kl. 14.00',
    });
    const reference = /TB-\d+/.exec(textOf(answer.body.value))?.[0] ?? '';

    const { card } = await postedCard(h, channel, reference);
    expect(textOf(card)).toContain('ring 12.03.26 kl. 14.00');
  });

  test('the form’s hidden key is letters only, and a key in any other format books nothing', async () => {
    const { hidden } = await bookFromGuide(h, agent, guideId, { ...citizen, citizenName: '' });
    expect(String(hidden.idempotencyKey)).toMatch(formKeyPattern);

    const form = await refuse({ idempotencyKey: '010190-1234-4a5b-8c9d-0e1f2a3b4c5d' } as Record<
      string,
      string
    >);
    expect(textOf(form)).toContain(e.formExpired);
    expect(actionData(form, 'callback.book').idempotencyKey).toBe('');
    expect(withoutSeparators(textOf(form))).not.toContain('0101901234');
  });
});

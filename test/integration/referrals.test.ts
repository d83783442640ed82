import { localClockFor } from '../../bot/src/coordinator/local-calendar';
import { testUser } from '../support/teams-fixtures';
import { cardOf, startHarness, textOf, type Harness } from './harness';

const agent = testUser('Alex Wilber');
const colleague = testUser('Megan Bowen');
const now = () => new Date('2026-11-27T09:30:00Z');
const day = { from: new Date('2026-11-27T00:00:00Z'), to: new Date('2026-11-28T00:00:00Z') };

interface ReferralsBody {
  referrals: {
    referred: number;
    perReferral: { referralId: string; authority: string; title: string; count: number }[];
  } | null;
}

describe('a call for another authority: the "Henvis til …" card, over HTTP as Teams does', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ now });
  });
  afterAll(() => h.stop());

  const overview = async (query = '') => {
    const response = await fetch(
      `${h.app.url}/api/tab/overview?from=${day.from.toISOString()}&to=${day.to.toISOString()}${query}`,
    );
    expect(response.status).toBe(200);
    return (await response.json()) as ReferralsBody;
  };

  test('a question for Skattestyrelsen gets its own card: who, when, what to say, the number as text, "Henvist"', async () => {
    const { response, replies } = await h.say(agent, 'borgeren vil ændre sit skattekort');
    expect(response.status).toBe(200);
    expect(replies).toHaveLength(1);
    const card = cardOf(replies[0]!);
    const text = textOf(card);
    expect(text).toContain('Henvis til Skattestyrelsen');
    expect(text).toContain('Sig til borgeren');
    expect(text).toContain('72 22 18 18');
    expect(text).toContain('Eksempel: kommunen har endnu ikke kontrolleret oplysningerne');
    expect(text).toMatch(/"verb":"inquiry.referred"/);
    // Not one of the municipality's guides: nothing to book, nothing "solved on the call", no tel: link.
    expect(text).not.toContain('callback.form');
    expect(text).not.toContain('inquiry.solved');
    expect(text).not.toContain('tel:');
  });

  test('"Henvist" is registered, and the coordinators see it as a referral', async () => {
    const before = await overview();
    const pressed = await h.press(agent, 'inquiry.referred', {
      referralId: 'henvis-skat-forskudsopgoerelse',
    });
    expect(pressed.status).toBe(200);
    expect(textOf(pressed.body)).toContain('Registreret som henvist til Skattestyrelsen');

    const after = await overview();
    expect(after.referrals!.referred).toBe((before.referrals?.referred ?? 0) + 1);
    expect(after.referrals!.perReferral).toContainEqual({
      referralId: 'henvis-skat-forskudsopgoerelse',
      authority: 'Skattestyrelsen',
      title: 'Skattekort, forskudsopgørelse og årsopgørelse',
      count: 1,
    });
    // Neither solved on the call nor a booked callback.
    expect(after).toMatchObject({ totals: { solvedOnCall: 0, booked: 0 } });
  });

  test('a referral belongs to no center: a view of one center has no referral figures', async () => {
    expect((await overview('&center=CSO')).referrals).toBeNull();
  });

  test('a search answered by a referral is no gap in the guides; a search answered by nothing is', async () => {
    for (const user of [agent, colleague]) {
      await h.say(user, 'skattekort');
      await h.say(user, 'xqzv blorf');
    }
    const rule = { limit: 50, minAgents: 1, minDays: 1, clock: localClockFor(day) };
    const gaps = await h.app.store.stats.unansweredSearches(day, rule);
    const queries = gaps.map((g) => g.query);
    expect(queries).toContain('xqzv blorf');
    expect(queries).not.toContain('skattekort');
  });

  test('an unknown or malformed referral button gets a Danish answer, and nothing is counted', async () => {
    const before = (await overview()).referrals!.referred;
    const unknown = await h.press(agent, 'inquiry.referred', { referralId: 'findes-ikke' });
    expect(textOf(unknown.body)).toContain('Henvisningen findes ikke længere');
    const malformed = await h.press(agent, 'inquiry.referred', { referralId: 42 });
    expect(textOf(malformed.body)).toContain('Jeg kunne ikke læse beskeden');
    expect((await overview()).referrals!.referred).toBe(before);
  });
});

import { teamsIds } from '../support/teams-ids';
import { channelOf, testTeam, testUser, type TeamsTeam, type TeamsUser } from '../support/teams-fixtures';
import { bookFromGuide, inThread, postedCard } from './callback-steps';
import { startHarness, textOf, type Harness } from './harness';

/**
 * A card button is answered within Teams' window (10-15 s) whatever Teams does meanwhile
 * (decision 0043): each call to Teams on the turn gives up after TURN_TEAMS_TIMEOUT_MS, all of
 * them after TURN_BUDGET_MS, none is retried and no Retry-After is waited out. The user is told
 * to try again, and nothing is half done.
 */
const agent = testUser('Alex Wilber');
const staff = ['Hanne Holm', 'Bo Berg', 'Karin Krog', 'Dorte Dam'].map(testUser);
const [hanne, bo, karin, dorte] = staff as [TeamsUser, TeamsUser, TeamsUser, TeamsUser];
const cso = testTeam('Sundhed og Omsorg', ['Tilbagekald'], staff);
const csoChannel = channelOf(cso, 'Tilbagekald');
const tryAgain = 'Teams svarede ikke hurtigt nok, så intet er ændret. Prøv igen om lidt.';
const card = 'application/vnd.microsoft.card.adaptive';
const message = 'application/vnd.microsoft.activity.message';
const memberLookUp = { route: 'getConversationMember' as const, conversationId: cso.id };

// The app's clock, which a test moves past the minute a member's "yes" is kept.
let offset = 0;
const clock = () => new Date(Date.now() + offset);

async function started(env: Record<string, string>, teams: TeamsTeam[] = [cso]) {
  const h = await startHarness({ teams, now: clock, env: { BINDING_ADMINS: hanne.aadObjectId, ...env } });
  h.emulator.addUser(agent);
  await h.mention(hanne, cso, csoChannel, 'tilknyt CSO');
  return h;
}

async function bookOne(h: Harness, by: TeamsUser = agent) {
  const started = Date.now();
  const { answer } = await bookFromGuide(h, by, 'madservice-afbestilling');
  const answeredMs = Date.now() - started;
  const reference = /TB-\d+/.exec(textOf(answer.body.value))?.[0];
  if (!reference) throw new Error(`not booked: ${textOf(answer.body.value).slice(0, 400)}`);
  return { reference, answeredMs, ...(await postedCard(h, csoChannel, reference)) };
}

/** Presses a button on the callback's channel card; resolves with the answer and how long it took. */
async function press(
  h: Harness,
  user: TeamsUser,
  verb: string,
  callback: { callbackId: string; thread: { activityId: string } },
) {
  const started = Date.now();
  const answer = await h.press(
    user,
    verb,
    { callbackId: callback.callbackId, version: 1 },
    inThread(cso, csoChannel, callback.thread.activityId),
  );
  return { answer, ms: Date.now() - started };
}

describe('a card button is answered within its budget, whatever Teams does', () => {
  const turnTeamsTimeoutMs = 1000;
  const budgetMs = 1500;
  // What the test machine may add to the budget (two shared cores); Teams allows 10-15 s.
  const slack = 700;
  let h: Harness;
  beforeAll(async () => {
    h = await started({
      TURN_TEAMS_TIMEOUT_MS: String(turnTeamsTimeoutMs),
      TURN_BUDGET_MS: String(budgetMs),
    });
  });
  afterAll(() => h.stop());

  test('Teams hangs on the membership check: »prøv igen om lidt« within the budget, nothing changed, then or later', async () => {
    const callback = await bookOne(h);
    h.emulator.failNext(memberLookUp, [{ timeoutMs: Infinity }]);

    const { answer, ms } = await press(h, hanne, 'callback.claim', callback);

    expect(answer.body).toEqual({ statusCode: 200, type: message, value: tryAgain });
    expect(ms).toBeGreaterThanOrEqual(turnTeamsTimeoutMs - 50);
    expect(ms).toBeLessThan(budgetMs + slack);
    await new Promise((r) => setTimeout(r, 300));
    expect(await h.app.store.callbacks.getCallback(callback.callbackId)).toMatchObject({
      status: 'open',
      version: 1,
    });
    expect(h.app.logs.find((l) => l.event === 'teams.card_action_unanswered')).toMatchObject({
      verb: 'callback.claim',
      code: 'timeout',
    });

    // Teams answers again: the same button claims it.
    const again = await press(h, hanne, 'callback.claim', callback);
    expect(again.answer.body.type).toBe(card);
    expect(await h.app.store.callbacks.getCallback(callback.callbackId)).toMatchObject({ status: 'claimed' });
  });

  test('a slow Teams that answers within the per-call timeout: the claim commits and the card says so', async () => {
    const callback = await bookOne(h);
    h.emulator.failNext(memberLookUp, [{ delayMs: turnTeamsTimeoutMs / 2 }]);

    const { answer, ms } = await press(h, bo, 'callback.claim', callback);

    expect(answer.body.type).toBe(card);
    expect(textOf(answer.body.value)).toContain('Karen Sørensen'); // the holder's card
    expect(ms).toBeLessThan(budgetMs + slack);
    expect(await h.app.store.callbacks.getCallback(callback.callbackId)).toMatchObject({
      status: 'claimed',
      holder: { id: bo.aadObjectId },
    });
  });

  test('429 with Retry-After 30 s on the membership check is answered at once, asked once, nothing changed', async () => {
    const callback = await bookOne(h);
    const asked = h.emulator.requestsFor('getConversationMember').length;
    h.emulator.failNext(memberLookUp, [{ status: 429, retryAfterSeconds: 30 }]);

    const { answer, ms } = await press(h, karin, 'callback.claim', callback);

    expect(answer.body).toEqual({ statusCode: 200, type: message, value: tryAgain });
    expect(ms).toBeLessThan(budgetMs);
    expect(
      h.emulator
        .requestsFor('getConversationMember')
        .slice(asked)
        .map((r) => r.status),
    ).toEqual([429]);
    expect(await h.app.store.callbacks.getCallback(callback.callbackId)).toMatchObject({ status: 'open' });
    expect(h.app.logs.filter((l) => l.event === 'teams.membership_unanswered').at(-1)).toMatchObject({
      status: 429,
      retryAfterSeconds: 30,
    });
  });

  test('Teams hangs when it refreshes the holder’s card: the shared card saying why, within the budget', async () => {
    const callback = await bookOne(h);
    const claimed = await press(h, dorte, 'callback.claim', callback);
    expect(textOf(claimed.answer.body.value)).toContain('Karen Sørensen');
    // The claim's own update of the shared card, before counting.
    await h.emulator.waitFor(
      (r) => r.route === 'updateActivity' && r.activityId === callback.thread.activityId,
    );
    offset += 61_000; // the kept "yes" has run out: Teams is asked again
    const updates = h.emulator.updatesOf(callback.thread.activityId).length;
    h.emulator.failNext(memberLookUp, [{ timeoutMs: Infinity }]);

    const started = Date.now();
    const refreshed = await h.press(
      dorte,
      'callback.refresh',
      { callbackId: callback.callbackId },
      inThread(cso, csoChannel, callback.thread.activityId),
      'automatic',
    );

    expect(Date.now() - started).toBeLessThan(budgetMs + slack);
    expect(refreshed.body.type).toBe(card);
    const text = textOf(refreshed.body.value);
    expect(text).toContain('Teams svarede ikke hurtigt nok, så borgerens oplysninger vises ikke lige nu');
    expect(text).not.toContain('Karen Sørensen');
    expect(h.emulator.updatesOf(callback.thread.activityId)).toHaveLength(updates);
  });

  test.each([
    ['hangs', { timeoutMs: Infinity }],
    ['answers 429 with Retry-After 30 s, slowly', { status: 429, retryAfterSeconds: 30, delayMs: 300 }],
  ])('a booking while Teams %s on the agent’s name is confirmed within the budget', async (_how, fault) => {
    const booker = testUser(`Agent ${Object.keys(fault).join(' ')}`);
    h.emulator.addUser(booker);
    const asked = h.emulator.requestsFor('getConversationMember').length;
    h.emulator.failNext(
      { route: 'getConversationMember', conversationId: teamsIds.personalConversation(booker.id) },
      [fault],
    );

    const { reference, answeredMs, callbackId } = await bookOne(h, booker);

    expect(reference).toMatch(/^TB-\d+$/);
    expect(answeredMs).toBeLessThan(budgetMs + slack);
    expect(h.emulator.requestsFor('getConversationMember').slice(asked)).toHaveLength(1);
    expect((await h.app.store.callbacks.getCallback(callbackId))?.bookedBy.id).toBe(booker.aadObjectId);
  });
});

describe('with the default settings (3 s per call, 5 s in all)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await started({});
  });
  afterAll(() => h.stop());

  test('a hanging Teams is answered in about 3 s, well inside Teams’ 10-15 s', async () => {
    const callback = await bookOne(h);
    h.emulator.failNext(memberLookUp, [{ timeoutMs: Infinity }]);

    const { answer, ms } = await press(h, hanne, 'callback.claim', callback);

    expect(answer.body.value).toBe(tryAgain);
    expect(ms).toBeGreaterThanOrEqual(2950);
    expect(ms).toBeLessThan(5000);
    expect(await h.app.store.callbacks.getCallback(callback.callbackId)).toMatchObject({ status: 'open' });
  });
});

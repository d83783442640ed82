import { channelOf, testTeam, testUser } from '../support/teams-fixtures';
import { bookFromGuide, citizen, inThread, postedCard } from '../integration/callback-steps';
import { databaseEnv, databases } from '../integration/databases';
import { startHarness, textOf, type Harness } from '../integration/harness';

/**
 * Promise: a holder removed from the center's team loses the citizen's data. Teams refreshes the
 * holder's card by itself (and a card can be opened from any chat); the refresh asks Teams who is
 * a member, like every other action on the card, and answers someone who is no longer one with
 * the card everybody sees and a Danish explanation, not the name, phone and description.
 */
const agent = testUser('Alex Wilber');
const hanne = testUser('Hanne Holm');
const bo = testUser('Bo Berg');
const cso = testTeam('Sundhed og Omsorg', ['Tilbagekald'], [hanne, bo]);
const channel = channelOf(cso, 'Tilbagekald');
const contactCenter = testTeam('Kontaktcenter', [], [agent]);
const personal = ['Karen Sørensen', '22 33 44 55', '22334455', 'Udskrevet i går'];
const minutes = (n: number) => n * 60_000;

describe.each(databases)('on %s: the holder’s view after leaving the team', (kind) => {
  let h: Harness;
  let database: Awaited<ReturnType<typeof databaseEnv>>;
  let offset = 0;
  let callbackId = '';
  let rootId = '';
  const refresh = (who: typeof hanne, where: 'channel' | 'personal' = 'channel') =>
    h.press(
      who,
      'callback.refresh',
      { callbackId, version: 2 },
      where === 'channel' ? inThread(cso, channel, rootId) : 'personal',
      'automatic',
    );
  const reads = async () =>
    (await h.app.store.accessLog.accessLogFor(h.citizenKey('22334455'))).filter(
      (e) => e.action === 'read' && e.details?.what === 'holder_card',
    ).length;

  beforeAll(async () => {
    database = await databaseEnv(kind);
    h = await startHarness({
      now: () => new Date(Date.now() + offset),
      teams: [cso, contactCenter],
      env: database.env,
    });
    h.emulator.addUser(agent);
    await h.mention(hanne, cso, channel, 'tilknyt CSO');
    const { answer } = await bookFromGuide(h, agent, 'madservice-afbestilling');
    const reference = /TB-\d+/.exec(textOf(answer.body.value))![0];
    const posted = await postedCard(h, channel, reference);
    callbackId = posted.callbackId;
    rootId = posted.thread.activityId;
    await h.press(hanne, 'callback.claim', { callbackId, version: 1 }, inThread(cso, channel, rootId));
  });
  afterAll(async () => {
    await h?.stop();
    await database?.drop();
  });

  test('while she is a member, the holder’s refresh shows her the citizen, and the view is logged', async () => {
    const before = await reads();
    const answer = await refresh(hanne);

    expect(answer.body.type).toBe('application/vnd.microsoft.card.adaptive');
    for (const text of ['Karen Sørensen', '22 33 44 55', citizen.description])
      expect(textOf(answer.body.value)).toContain(text);
    expect(await reads()).toBe(before + 1);
  });

  test('a colleague’s refresh never shows the citizen', async () => {
    const answer = await refresh(bo);

    for (const text of personal) expect(textOf(answer.body.value)).not.toContain(text);
  });

  describe('once she is removed from the team', () => {
    beforeAll(() => {
      expect(h.emulator.removeMember(cso.id, hanne.id)).toBe(true);
      // Past the minute for which Teams' "yes, a member" is reused (decision 0015).
      offset += minutes(2);
    });

    test.each(['channel', 'personal'] as const)(
      'her refresh (from the %s) shows no citizen data, tells her why in Danish, and logs no view',
      async (where) => {
        const before = await reads();
        const answer = await refresh(hanne, where);

        expect(answer.status).toBe(200);
        const shown = textOf(answer.body.value);
        for (const text of personal) expect(shown).not.toContain(text);
        expect(shown).toContain('Du er ikke længere medlem af CSOs team');
        expect(await reads()).toBe(before);
      },
    );

    test('she still holds it on record, so a colleague can see who has it', async () => {
      expect((await h.app.store.callbacks.getCallback(callbackId))?.holder?.name).toBe('Hanne Holm');
    });
  });
});

import { teamsIds } from '../support/teams-ids';
import { channelOf, testTeam, testUser, type TeamsUser } from '../support/teams-fixtures';
import { bookFromGuide, postedCard, inThread } from './callback-steps';
import { startHarness, textOf, type Harness } from './harness';

/**
 * What Teams answers when it asks who may act (decision 0043): "not a member" as 404 or as 400
 * MemberNotFoundInConversation, and 403 BotNotInConversationRoster when the app was removed from
 * the center's team. Each reaches the user in Danish, changes nothing, and is logged with Teams'
 * own status and code.
 */
const agent = testUser('Alex Wilber');
const hanne = testUser('Hanne Holm');
const sten = testUser('Sten Udenfor');
const cso = testTeam('Sundhed og Omsorg', ['Tilbagekald'], [hanne]);
const csoChannel = channelOf(cso, 'Tilbagekald');
const message = 'application/vnd.microsoft.activity.message';

describe('who may act: every answer Teams gives reaches the user in Danish', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ teams: [cso], env: { BINDING_ADMINS: hanne.aadObjectId } });
    h.emulator.addUser(agent);
    await h.mention(hanne, cso, csoChannel, 'tilknyt CSO');
  });
  afterAll(() => h.stop());

  const book = async (by: TeamsUser = agent) => {
    const { answer } = await bookFromGuide(h, by, 'madservice-afbestilling');
    const reference = /TB-\d+/.exec(textOf(answer.body.value))?.[0];
    if (!reference) throw new Error(`not booked: ${textOf(answer.body.value).slice(0, 400)}`);
    return { reference, answer, ...(await postedCard(h, csoChannel, reference)) };
  };
  const claim = (user: TeamsUser, posted: { callbackId: string; thread: { activityId: string } }) =>
    h.press(
      user,
      'callback.claim',
      { callbackId: posted.callbackId, version: 1 },
      inThread(cso, csoChannel, posted.thread.activityId),
    );
  const logged = (event: string) => h.app.logs.filter((l) => l.event === event);

  test.each([404, 400] as const)(
    'someone outside the team who presses »Tag opgaven« is told to be added to the team when Teams answers %s',
    async (status) => {
      h.emulator.answerNotMemberWith(status);
      const posted = await book();
      const { callbackId } = posted;

      const answer = await claim(sten, posted);

      expect(answer.body.type).toBe(message);
      expect(textOf(answer.body.value)).toContain('Kun medlemmer af CSOs kanal kan behandle tilbagekaldet');
      expect(textOf(answer.body.value)).toContain('bed en ejer af teamet om at tilføje dig');
      expect(await h.app.store.callbacks.getCallback(callbackId)).toMatchObject({
        status: 'open',
        version: 1,
      });
      const asked = h.emulator.requestsFor('getConversationMember').filter((r) => r.memberId === sten.id);
      expect(asked.at(-1)).toMatchObject({
        status,
        responseBody: { error: expect.objectContaining({ code: 'MemberNotFoundInConversation' }) },
      });
      expect(logged('teams.member_not_found').at(-1)).toMatchObject({
        userId: sten.id,
        status,
        code: 'MemberNotFoundInConversation',
      });
      expect(logged('callback.not_member').at(-1)).toMatchObject({
        user: sten.aadObjectId,
        attempted: 'claim',
      });
    },
  );

  test.each([
    [404, 'MemberNotFoundInConversation', 'teams.member_not_found'],
    [400, 'MemberNotFoundInConversation', 'teams.member_not_found'],
    [403, 'BotNotInConversationRoster', 'teams.name_unresolved'],
  ])(
    'a booking is confirmed when Teams answers the agent’s name look-up with %s %s',
    async (status, code, event) => {
      const booker = testUser(`Agent ${status} ${code.slice(0, 6)}`);
      h.emulator.addUser(booker);
      h.emulator.failNext(
        { route: 'getConversationMember', conversationId: teamsIds.personalConversation(booker.id) },
        [{ status, code }],
      );

      const { reference, callbackId } = await book(booker);

      expect(reference).toMatch(/^TB-\d+$/);
      // The agent is recorded by their verified id; only the display name is missing.
      expect((await h.app.store.callbacks.getCallback(callbackId))?.bookedBy.id).toBe(booker.aadObjectId);
      expect(logged(event).at(-1)).toMatchObject({ status, code });
      expect(textOf(logged(event).at(-1))).toContain(
        event === 'teams.member_not_found' ? booker.id : booker.aadObjectId,
      );
    },
  );

  // Last: the app leaves the team for good in this suite.
  test('when the app was removed from the center’s team, a click says how to add it again and changes nothing', async () => {
    const posted = await book();
    const { callbackId } = posted;
    h.emulator.removeTeam(cso.id);
    const asked = h.emulator.requestsFor('getConversationMember').length;

    const answer = await claim(hanne, posted);

    expect(answer.body.type).toBe(message);
    const text = textOf(answer.body.value);
    expect(text).toContain('Appen er fjernet fra CSOs team');
    expect(text).toContain('intet er ændret');
    expect(text).toContain('»@Kontaktcenter tilknyt CSO«');
    expect(await h.app.store.callbacks.getCallback(callbackId)).toMatchObject({ status: 'open', version: 1 });
    // Asked once: a 403 is not retried.
    expect(
      h.emulator
        .requestsFor('getConversationMember')
        .slice(asked)
        .map((r) => r.status),
    ).toEqual([403]);
    expect(logged('teams.bot_not_in_team').at(-1)).toMatchObject({
      center: 'CSO',
      teamId: cso.id,
      status: 403,
      code: 'BotNotInConversationRoster',
    });
    expect(logged('teams.card_action_failed')).toEqual([]);
  });
});

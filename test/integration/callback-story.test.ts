import { teamsIds } from '../support/teams-activities';
import { channelOf, testTeam, testUser } from '../support/teams-fixtures';
import { actionData, bookFromGuide, citizen, inThread, postedCard } from './callback-steps';
import { databaseEnv, databases } from './databases';
import { cardOf, startHarness, textOf, type Harness } from './harness';

const agent = testUser('Alex Wilber');
const hanne = testUser('Hanne Holm');
const bo = testUser('Bo Berg');
const olga = testUser('Olga Outsider');
const cso = testTeam('Sundhed og Omsorg', ['Tilbagekald'], [hanne, bo]);
const channel = channelOf(cso, 'Tilbagekald');
const contactCenter = testTeam('Kontaktcenter', [], [agent, olga]);
const now = () => new Date();

describe.each(databases)(
  'on %s: a callback from the agent’s booking to the center’s channel, claimed and closed in Teams',
  (kind) => {
    let h: Harness;
    let database: Awaited<ReturnType<typeof databaseEnv>>;
    beforeAll(async () => {
      database = await databaseEnv(kind);
      h = await startHarness({ now, teams: [cso, contactCenter], env: database.env });
      h.emulator.addUser(agent);
    });
    afterAll(async () => {
      await h.stop();
      await database.drop();
    });

    let reference = '';
    let callbackId = '';
    let rootId = '';

    test('a staff member binds the center’s channel with "@Kontaktcenter tilknyt CSO"', async () => {
      const { replies } = await h.mention(hanne, cso, channel, 'tilknyt cso');
      expect(textOf(replies)).toContain('Denne kanal er nu tilknyttet CSO');
      const status = await h.mention(hanne, cso, channel, 'tilknyt');
      expect(textOf(status.replies)).toContain('Denne kanal er tilknyttet CSO');
    });

    test('the agent books from a guide and gets a reference and the deadline', async () => {
      await h.say(agent, 'madservice');
      const { form, answer } = await bookFromGuide(h, agent, 'madservice-afbestilling');
      expect(textOf(form)).toContain('Skriv aldrig CPR-nummer');
      expect(answer.status).toBe(200);
      const confirmation = textOf(answer.body.value);
      reference = /TB-\d+/.exec(confirmation)?.[0] ?? '';
      expect(reference).toMatch(/^TB-\d{4}$/);
      expect(confirmation).toContain('Centeret ringer senest');
    });

    test('the card arrives in the channel as a new thread, without the citizen’s data', async () => {
      const posted = await postedCard(h, channel, reference);
      callbackId = posted.callbackId;
      rootId = posted.thread.activityId;
      const card = textOf(posted.card);
      expect(card).toContain(reference);
      expect(card).toContain(citizen.topic);
      for (const personal of ['Karen Sørensen', '22 33 44 55', '22334455', 'Udskrevet i går'])
        expect(card).not.toContain(personal);
      expect(
        h.emulator.threadsIn(channel.id).filter((t) => textOf(t.activity).includes(reference)),
      ).toHaveLength(1);
    });

    test('a staff member claims it and alone sees the citizen’s name, phone and description', async () => {
      const answer = await h.press(
        hanne,
        'callback.claim',
        { callbackId, version: 1 },
        inThread(cso, channel, rootId),
      );
      expect(answer.body.type).toBe('application/vnd.microsoft.card.adaptive');
      const card = textOf(answer.body.value);
      expect(card).toContain('Karen Sørensen');
      expect(card).toContain('22 33 44 55');
      expect(card).toContain('Kun synlig for dig');
      const log = await h.app.store.accessLog.accessLogFor(h.citizenKey('22334455'));
      expect(log.some((e) => e.action === 'read' && e.user.id === hanne.aadObjectId)).toBe(true);
    });

    test('the card updates in place for everyone, still without personal data', async () => {
      await h.emulator.waitFor(
        (r) =>
          r.route === 'updateActivity' && r.activityId === rootId && textOf(r.body).includes('Hanne Holm'),
      );
      const current = textOf(
        h.emulator.activity(`${channel.id};messageid=${rootId}`, rootId) ??
          h.emulator.updatesOf(rootId).at(-1)?.activity,
      );
      expect(current).toContain('Hanne Holm');
      expect(current).not.toContain('Karen Sørensen');
    });

    test('a colleague who clicks "Tag opgaven" too is told who holds it', async () => {
      const answer = await h.press(
        bo,
        'callback.claim',
        { callbackId, version: 1 },
        inThread(cso, channel, rootId),
      );
      expect(textOf(answer.body.value)).toContain('Hanne Holm');
      expect(answer.body.type).toBe('application/vnd.microsoft.activity.message');
    });

    test('someone outside the center’s team cannot act on it, whatever the card carries', async () => {
      const answer = await h.press(
        olga,
        'callback.release',
        { callbackId, version: 2 },
        inThread(cso, channel, rootId),
      );
      expect(textOf(answer.body.value)).toContain('Kun medlemmer af CSOs kanal');
      expect((await h.app.store.callbacks.getCallback(callbackId))?.holder?.name).toBe('Hanne Holm');
    });

    test('the holder closes it; the card says so and the agent is told in the 1:1 chat', async () => {
      const held = await h.app.store.callbacks.getCallback(callbackId);
      const answer = await h.press(
        hanne,
        'callback.close',
        { callbackId, version: held!.version, outcome: 'resolved' },
        inThread(cso, channel, rootId),
      );
      expect(textOf(answer.body.value)).toContain('Løst');
      await h.emulator.waitFor(
        (r) => r.route === 'updateActivity' && r.activityId === rootId && textOf(r.body).includes('Lukket'),
      );
      const note = await h.emulator.waitFor(
        (r) =>
          r.method === 'POST' && textOf(r.body).includes(`${reference}`) && textOf(r.body).includes('lukket'),
      );
      expect(note.conversationId).toBe(teamsIds.personalConversation(agent.id));
    });

    test('"mine" lists the agent’s callbacks with their status', async () => {
      const { replies } = await h.say(agent, 'mine');
      const list = textOf(cardOf(replies[0]!));
      expect(list).toContain(reference);
      expect(list).toContain('Lukket');
    });

    test('the history has every step, with who did it', async () => {
      const events = await h.app.store.callbacks.events(callbackId);
      expect(events.map((e) => [e.action, e.actor.name])).toEqual([
        ['book', 'Alex Wilber'],
        ['claim', 'Hanne Holm'],
        ['close', 'Hanne Holm'],
      ]);
    });

    test('the button data never decides who may act: the reopen comes from a member', async () => {
      const closed = await h.app.store.callbacks.getCallback(callbackId);
      const answer = await h.press(
        bo,
        'callback.reopen',
        { callbackId, version: closed!.version },
        inThread(cso, channel, rootId),
      );
      expect(answer.body.type).toBe('application/vnd.microsoft.card.adaptive');
      expect((await h.app.store.callbacks.getCallback(callbackId))?.status).toBe('open');
      expect(actionData(answer.body.value, 'callback.claim').callbackId).toBe(callbackId);
    });
  },
);

import { databaseEnv, databases } from '../integration/databases';
import { startHarness, textOf, type Harness } from '../integration/harness';
import { channelMention } from '../support/teams-activities';
import { channelOf, testTeam, testUser } from '../support/teams-fixtures';

/**
 * Promise: in a local try-out without BINDING_ADMINS, each center can be bound once, by anyone,
 * so the try-out works; moving a bound center (or the coordinators' channel), changing a binding,
 * or taking another center's channel is refused with a message that names the setting.
 */
const hanne = testUser('Hanne Holm');
const olga = testUser('Olga Outsider');
const cso = testTeam('Sundhed og Omsorg', ['Tilbagekald'], [hanne]);
const leisure = testTeam('Fritid', ['Snak', 'Andet', 'Tredje', 'Fjerde'], [olga]);
const leaders = testTeam('Ledelse', ['Koordinering'], [hanne]);
const csoChannel = channelOf(cso, 'Tilbagekald');
const olgasChannel = channelOf(leisure, 'Snak');
const coordinators = channelOf(leaders, 'Koordinering');

describe.each(databases)('on %s: binding in local mode without BINDING_ADMINS', (kind) => {
  let h: Harness;
  let database: Awaited<ReturnType<typeof databaseEnv>>;
  beforeAll(async () => {
    database = await databaseEnv(kind);
    h = await startHarness({ teams: [cso, leisure, leaders], env: database.env });
  });
  afterAll(async () => {
    await h.stop();
    await database.drop();
  });

  test('the first binding of a center is allowed, for the try-out', async () => {
    const { replies } = await h.mention(hanne, cso, csoChannel, 'tilknyt CSO');
    expect(textOf(replies)).toContain('Denne kanal er nu tilknyttet CSO');
    const coordinatorsBound = await h.mention(hanne, leaders, coordinators, 'tilknyt KOORDINATOR');
    expect(textOf(coordinatorsBound.replies)).toContain('Denne kanal er nu tilknyttet KOORDINATOR');
  });

  test.each([
    [
      'moving the bound center to another channel',
      () => [olga, leisure, olgasChannel, 'tilknyt CSO'] as const,
    ],
    ['moving it back by the one who bound it', () => [hanne, leaders, coordinators, 'tilknyt CSO'] as const],
    ['moving the coordinators’ channel', () => [olga, leisure, olgasChannel, 'tilknyt KOORDINATOR'] as const],
  ])('%s is refused with a message naming BINDING_ADMINS', async (_case, args) => {
    const [user, team, channel, text] = args();
    const { replies } = await h.mention(user, team, channel, text);
    expect(textOf(replies)).toContain('er allerede tilknyttet en kanal');
    expect(textOf(replies)).toContain('sæt BINDING_ADMINS');
    expect((await h.app.store.channels.bindingFor('CSO'))?.channelId).toBe(csoChannel.id);
    expect((await h.app.store.channels.bindingFor('KOORDINATOR'))?.channelId).toBe(coordinators.id);
  });

  test('taking a bound channel for another center is refused: the first would lose it', async () => {
    const { replies } = await h.mention(hanne, cso, csoChannel, 'tilknyt CSI');
    expect(textOf(replies)).toContain('Denne kanal er allerede tilknyttet CSO');
    expect(textOf(replies)).toContain('BINDING_ADMINS');
    expect(await h.app.store.channels.bindingFor('CSI')).toBeNull();
    expect((await h.app.store.channels.bindingFor('CSO'))?.channelId).toBe(csoChannel.id);
  });

  test('changing who a bound center’s posts alert is a change too, and refused', async () => {
    const activity = channelMention({
      serviceUrl: h.serviceUrl,
      user: hanne,
      team: cso,
      channel: csoChannel,
      text: 'tilknyt CSO <at>CSO-tilbagekald</at>',
    });
    (activity.entities as unknown[]).push({
      type: 'mention',
      text: '<at>CSO-tilbagekald</at>',
      mentioned: { id: 'tag-1', name: 'CSO-tilbagekald', type: 'tag' },
    });
    const mark = h.emulator.sent().length;
    await h.send(activity);
    expect(textOf(h.emulator.sent().slice(mark))).toContain('BINDING_ADMINS');
    expect((await h.app.store.channels.bindingFor('CSO'))?.mention).toBeNull();
  });

  test('four first bindings of one center at once: one wins, the others are refused, nothing is moved', async () => {
    const mark = h.emulator.sent().length;
    const channels = leisure.channels!;
    await Promise.all(channels.map((channel) => h.mention(olga, leisure, channel, 'tilknyt CSI')));
    const answerIn = (channelId: string) =>
      textOf(
        h.emulator
          .sent()
          .slice(mark)
          .filter((p) => p.conversationId.startsWith(`${channelId};`)),
      );
    const answers = channels.map((c) => answerIn(c.id));
    expect(answers.filter((t) => t.includes('Denne kanal er nu tilknyttet CSI'))).toHaveLength(1);
    expect(answers.filter((t) => t.includes('BINDING_ADMINS'))).toHaveLength(3);
    const winner = channels[answers.findIndex((t) => t.includes('nu tilknyttet'))]!;
    expect((await h.app.store.channels.bindingFor('CSI'))?.channelId).toBe(winner.id);
    const { entries } = await h.app.store.adminLog.adminChanges({ limit: 100, offset: 0 });
    expect(entries.filter((e) => e.centerCode === 'CSI' && e.action === 'binding.created')).toHaveLength(1);
    expect(entries.filter((e) => e.action === 'binding.moved')).toEqual([]);
  });
});

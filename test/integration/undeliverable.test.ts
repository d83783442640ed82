import { deliveryMessages } from '../../bot/src/texts/delivery';
import { channelMention } from '../support/teams-activities';
import { channelOf, testTeam, testUser } from '../support/teams-fixtures';
import { bookFromGuide } from './callback-steps';
import { startHarness, textOf, type Harness } from './harness';

const agent = testUser('Alex Wilber');
const hanne = testUser('Hanne Holm');
const bo = testUser('Bo Berg');
const karl = testUser('Karl Koordinator');
const cso = testTeam('Sundhed og Omsorg', ['Tilbagekald'], [hanne]);
const csi = testTeam('Social Indsats', ['Opkald'], [bo]);
const leaders = testTeam('Ledelse', ['Koordinering'], [karl]);
const csoChannel = channelOf(cso, 'Tilbagekald');
const csiChannel = channelOf(csi, 'Opkald');
const coordinators = channelOf(leaders, 'Koordinering');

interface Undelivered {
  items: { what: string; reference: string; centerCode: string; reason: string; error: string }[];
}

/**
 * Posts that can never succeed (decision 0034): given up on, the coordinators told once per
 * center, listed in the tab, and sent after all once the channel is bound again.
 */
describe('a center channel the bot cannot reach', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ teams: [cso, csi, leaders] });
    h.emulator.addUser(agent);
    await h.mention(hanne, cso, csoChannel, 'tilknyt CSO');
    await h.mention(bo, csi, csiChannel, 'tilknyt CSI');
    await h.mention(karl, leaders, coordinators, 'tilknyt koordinator');
  });
  afterAll(() => h.stop());

  const book = async (guideId: string) => {
    const { answer } = await bookFromGuide(h, agent, guideId);
    const reference = /TB-\d+/.exec(textOf(answer.body.value))?.[0];
    if (!reference) throw new Error(`not booked: ${textOf(answer.body.value).slice(0, 300)}`);
    return reference;
  };
  const notices = () => h.emulator.threadsIn(coordinators.id).map((t) => String(t.activity.text));
  const undelivered = async () =>
    (await (await fetch(`${h.app.url}/api/tab/undelivered`)).json()) as Undelivered;
  const until = async (what: string, ok: () => Promise<boolean> | boolean, timeoutMs = 15_000) => {
    const end = Date.now() + timeoutMs;
    while (!(await ok())) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  test('the bot removed from the team: both cards are given up on, the coordinators told once, the tab lists them', async () => {
    h.emulator.removeTeam(cso.id);
    const first = await book('madservice-afbestilling');
    const second = await book('madservice-afbestilling');

    await until('two dead letters', async () => (await undelivered()).items.length === 2);
    await until('the notice', () => notices().length === 1);
    await new Promise((r) => setTimeout(r, 300));

    expect(notices()).toEqual([deliveryMessages.undeliverable('CSO', 'removed', 'Kontaktcenter')]);
    expect(notices()[0]).toContain('tilknyt CSO');
    const { items } = await undelivered();
    expect(items.map((i) => i.reference).sort()).toEqual([first, second].sort());
    expect(items[0]).toMatchObject({
      what: 'Kort i centerets kanal',
      centerCode: 'CSO',
      reason: deliveryMessages.reason.removed,
      error: expect.stringContaining('403 BotNotInConversationRoster'),
    });
    expect(
      h.emulator.requestsFor('createConversation').filter((r) => textOf(r.body).includes(first)),
    ).toHaveLength(1);
  });

  test('the app added back and the channel bound again: the waiting cards are sent, and the tab is clear', async () => {
    h.emulator.addTeam(cso);
    const reply = await h.mention(hanne, cso, csoChannel, 'tilknyt CSO');

    expect(textOf(reply.replies)).toContain(deliveryMessages.revived(2));
    await until('the cards', () => h.emulator.threadsIn(csoChannel.id).length >= 2);
    await until('an empty list', async () => (await undelivered()).items.length === 0);
  });

  test('a deleted channel (404) and a refused post (400) are given up on too, each told with its reason', async () => {
    h.emulator.removeChannel(csiChannel.id);
    await book('merudgifter-boern');
    await until('the CSI notice', () => notices().length === 2);
    h.emulator.failNext({ route: 'createConversation' }, [{ status: 400 }]);
    await book('madservice-afbestilling');

    await until('the CSO notice', () => notices().length === 3);
    expect(notices().slice(1).sort()).toEqual(
      [
        deliveryMessages.undeliverable('CSI', 'channel_gone', 'Kontaktcenter'),
        deliveryMessages.undeliverable('CSO', 'refused', 'Kontaktcenter'),
      ].sort(),
    );
  });

  test('a channel message that does not mention the bot is not answered (all messages arrive with the permission)', async () => {
    const mark = h.emulator.sent().length;
    const chatter = channelMention({
      serviceUrl: h.serviceUrl,
      user: hanne,
      team: cso,
      channel: csoChannel,
      text: 'hjælp',
    });
    const { entities: _mention, ...withoutMention } = chatter;
    const answered = await h.send({ ...withoutMention, text: 'hjælp', entities: [] });

    expect(answered.status).toBeLessThan(300);
    expect(h.emulator.sent().slice(mark)).toEqual([]);
  });
});

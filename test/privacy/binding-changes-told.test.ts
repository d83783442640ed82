import { bookFromGuide, citizen, postedCard } from '../integration/callback-steps';
import { databaseEnv, databases } from '../integration/databases';
import { startHarness, textOf, type Harness } from '../integration/harness';
import { channelMention } from '../support/teams-activities';
import { channelOf, testTeam, testUser } from '../support/teams-fixtures';

/**
 * Promise: every change of a binding is told in the channel the center left and in the
 * coordinators' channel, and is written to the log of administrative changes that coordinators
 * read in the tab (GET /api/tab/admin-log).
 */
const admin = testUser('Anne Admin');
const agent = testUser('Alex Wilber');
const cso = testTeam('Sundhed og Omsorg', ['Tilbagekald', 'Nye opkald'], [admin]);
const leaders = testTeam('Ledelse', ['Koordinering', 'Ledergruppe'], [admin]);
const oldChannel = channelOf(cso, 'Tilbagekald');
const newChannel = channelOf(cso, 'Nye opkald');
const coordinators = channelOf(leaders, 'Koordinering');
const leadersNew = channelOf(leaders, 'Ledergruppe');

interface AdminLogEntry {
  at: string;
  actor: { id: string; name: string };
  action: string;
  centerCode: string;
  from: { teamId: string; channelId: string; channelName: string | null } | null;
  to: { teamId: string; channelId: string; channelName: string | null } | null;
  displacedCenter: string | null;
  mention: string | null;
  reason: string | null;
}

describe.each(databases)('on %s: binding changes are told and logged', (kind) => {
  let h: Harness;
  let database: Awaited<ReturnType<typeof databaseEnv>>;
  beforeAll(async () => {
    database = await databaseEnv(kind);
    h = await startHarness({
      teams: [cso, leaders],
      env: { ...database.env, BINDING_ADMINS: admin.aadObjectId },
    });
    h.emulator.addUser(agent);
  });
  afterAll(async () => {
    await h.stop();
    await database.drop();
  });

  /** The next new thread in a channel whose text contains `text`. */
  const toldIn = async (channelId: string, text: string) => {
    await h.emulator.waitFor(
      (r) =>
        r.route === 'createConversation' &&
        r.status < 300 &&
        textOf(r.body).includes(channelId) &&
        textOf(r.body).includes(text),
      10_000,
    );
    return h.emulator.threadsIn(channelId).map((t) => String(t.activity.text));
  };
  const adminLog = async (): Promise<AdminLogEntry[]> => {
    const response = await fetch(`${h.app.url}/api/tab/admin-log`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { entries: AdminLogEntry[] }).entries;
  };

  test('binding the coordinators’ channel, then a center: the coordinators are told of the center', async () => {
    await h.mention(admin, leaders, coordinators, 'tilknyt KOORDINATOR');
    const { replies } = await h.mention(admin, cso, oldChannel, 'tilknyt CSO');
    expect(textOf(replies)).toContain('Denne kanal er nu tilknyttet CSO');
    const told = await toldIn(coordinators.id, 'har tilknyttet CSO');
    expect(told).toContainEqual(
      'Tilknytning: Anne Admin har tilknyttet CSO til kanalen »Tilbagekald«. Ændringen står i koordinatorfanens ændringslog.',
    );
  });

  test('moving the center: the old channel and the coordinators are told, and new callbacks go to the new channel', async () => {
    const { replies } = await h.mention(admin, cso, newChannel, 'tilknyt CSO');
    expect(textOf(replies)).toContain('CSO var før tilknyttet kanalen Tilbagekald; nu er det denne.');
    expect(await toldIn(oldChannel.id, 'er flyttet fra denne kanal')).toContainEqual(
      'CSO er flyttet fra denne kanal til kanalen »Nye opkald« af Anne Admin. Nye tilbagekald til CSO kommer dér; denne kanal får dem ikke længere.',
    );
    expect(await toldIn(coordinators.id, 'har flyttet CSO')).toContainEqual(
      'Tilknytning: Anne Admin har flyttet CSO fra kanalen »Tilbagekald« til kanalen »Nye opkald«. Ændringen står i koordinatorfanens ændringslog.',
    );
    const { answer } = await bookFromGuide(h, agent, 'madservice-afbestilling', citizen);
    const reference = /TB-\d+/.exec(textOf(answer.body.value))![0];
    await postedCard(h, newChannel, reference);
  });

  test('changing who posts alert: the coordinators are told', async () => {
    const activity = channelMention({
      serviceUrl: h.serviceUrl,
      user: admin,
      team: cso,
      channel: newChannel,
      text: 'tilknyt CSO <at>CSO-tilbagekald</at>',
    });
    (activity.entities as unknown[]).push({
      type: 'mention',
      text: '<at>CSO-tilbagekald</at>',
      mentioned: { id: 'tag-1', name: 'CSO-tilbagekald', type: 'tag' },
    });
    await h.send(activity);
    expect(await toldIn(coordinators.id, 'nævner @CSO-tilbagekald')).toContainEqual(
      'Tilknytning: Anne Admin har ændret CSOs kanal »Nye opkald«, så nye tilbagekald nævner @CSO-tilbagekald. Ændringen står i koordinatorfanens ændringslog.',
    );
  });

  test('giving a center’s channel to another center says that the first has none now', async () => {
    const { replies } = await h.mention(admin, cso, newChannel, 'tilknyt CSI');
    expect(textOf(replies)).toContain('CSO er ikke længere tilknyttet denne kanal og har nu ingen kanal.');
    expect(await toldIn(coordinators.id, 'CSO mistede kanalen')).toContainEqual(
      'Tilknytning: Anne Admin har tilknyttet CSI til kanalen »Nye opkald«. CSO mistede kanalen og har nu ingen kanal. Ændringen står i koordinatorfanens ændringslog.',
    );
    expect(await h.app.store.channels.bindingFor('CSO')).toBeNull();
  });

  test('moving the coordinators’ channel: the old one is told, once', async () => {
    await h.mention(admin, leaders, leadersNew, 'tilknyt KOORDINATOR');
    const told = await toldIn(coordinators.id, 'KOORDINATOR er flyttet fra denne kanal');
    expect(told.filter((t) => t.includes('KOORDINATOR'))).toEqual([
      'KOORDINATOR er flyttet fra denne kanal til kanalen »Ledergruppe« af Anne Admin. Nye tilbagekald til KOORDINATOR kommer dér; denne kanal får dem ikke længere.',
    ]);
  });

  test('the log of administrative changes has every change, newest first, with who, what and where', async () => {
    const entries = await adminLog();
    expect(
      entries.map((e) => [e.action, e.centerCode, e.from?.channelName ?? null, e.to?.channelName ?? null]),
    ).toEqual([
      ['binding.moved', 'KOORDINATOR', 'Koordinering', 'Ledergruppe'],
      ['binding.created', 'CSI', null, 'Nye opkald'],
      ['binding.changed', 'CSO', 'Nye opkald', 'Nye opkald'],
      ['binding.moved', 'CSO', 'Tilbagekald', 'Nye opkald'],
      ['binding.created', 'CSO', null, 'Tilbagekald'],
      ['binding.created', 'KOORDINATOR', null, 'Koordinering'],
    ]);
    expect(entries.every((e) => e.actor.id === admin.aadObjectId && e.actor.name === 'Anne Admin')).toBe(
      true,
    );
    expect(entries[1]).toMatchObject({
      displacedCenter: 'CSO',
      to: { teamId: cso.id, channelId: newChannel.id },
    });
    expect(entries[2]).toMatchObject({ mention: 'CSO-tilbagekald' });
    // Addresses for delivery stay on the server.
    expect(JSON.stringify(entries)).not.toContain(h.serviceUrl);
  });
});

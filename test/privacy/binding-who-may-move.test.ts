import { actionData, bookFromGuide, citizen, inThread, postedCard } from '../integration/callback-steps';
import { databaseEnv, databases } from '../integration/databases';
import { startHarness, textOf, type Harness } from '../integration/harness';
import { channelOf, testTeam, testUser } from '../support/teams-fixtures';

/**
 * Promise: only the administrators named in BINDING_ADMINS (Entra object ids, compared with the
 * verified sender) bind or move a center or the coordinators' channel. Anyone else who writes
 * `tilknyt` in any channel is refused, told which setting decides, and nothing changes: the next
 * booking goes to the center's channel, and who may act on its callbacks stays the same.
 */
const admin = testUser('Anne Admin');
const agent = testUser('Alex Wilber');
const hanne = testUser('Hanne Holm');
const olga = testUser('Olga Outsider');
const karl = testUser('Karl Koordinator');
const cso = testTeam('Sundhed og Omsorg', ['Tilbagekald'], [admin, hanne]);
const leisure = testTeam('Fritid', ['Snak'], [olga]);
const leaders = testTeam('Ledelse', ['Koordinering'], [admin, karl]);
const csoChannel = channelOf(cso, 'Tilbagekald');
const olgasChannel = channelOf(leisure, 'Snak');
const coordinatorsChannel = channelOf(leaders, 'Koordinering');

describe.each(databases)('on %s: who may bind and move a center', (kind) => {
  let h: Harness;
  let database: Awaited<ReturnType<typeof databaseEnv>>;
  let held: { reference: string; callbackId: string; rootId: string };

  beforeAll(async () => {
    database = await databaseEnv(kind);
    h = await startHarness({
      teams: [cso, leisure, leaders],
      env: { ...database.env, BINDING_ADMINS: admin.aadObjectId.toUpperCase() },
    });
    h.emulator.addUser(agent);
  });
  afterAll(async () => {
    await h.stop();
    await database.drop();
  });

  const book = async () => {
    const { answer } = await bookFromGuide(h, agent, 'madservice-afbestilling', citizen);
    const reference = /TB-\d+/.exec(textOf(answer.body.value))?.[0];
    if (!reference) throw new Error(`not booked: ${textOf(answer.body.value).slice(0, 300)}`);
    return reference;
  };

  test('an administrator binds the coordinators’ channel and CSO’s channel', async () => {
    const coordinators = await h.mention(admin, leaders, coordinatorsChannel, 'tilknyt KOORDINATOR');
    expect(textOf(coordinators.replies)).toContain('Denne kanal er nu tilknyttet KOORDINATOR');
    const center = await h.mention(admin, cso, csoChannel, 'tilknyt CSO');
    expect(textOf(center.replies)).toContain('Denne kanal er nu tilknyttet CSO');
    expect((await h.app.store.channels.bindingFor('CSO'))?.channelId).toBe(csoChannel.id);
  });

  test('a staff member books and claims a callback in CSO’s channel', async () => {
    const reference = await book();
    const posted = await postedCard(h, csoChannel, reference);
    const claimed = await h.press(
      hanne,
      'callback.claim',
      { callbackId: posted.callbackId, version: 1 },
      inThread(cso, csoChannel, posted.thread.activityId),
    );
    expect(claimed.body.type).toBe('application/vnd.microsoft.card.adaptive');
    held = { reference, callbackId: posted.callbackId, rootId: posted.thread.activityId };
  });

  test('a member of another team who writes "tilknyt CSO" in her channel is refused, told which setting decides', async () => {
    const { replies } = await h.mention(olga, leisure, olgasChannel, 'tilknyt CSO');
    const answer = textOf(replies);
    expect(answer).toContain('BINDING_ADMINS');
    expect(answer).toContain('Intet er ændret');
    expect(answer).not.toContain('Denne kanal er nu tilknyttet');
    const binding = await h.app.store.channels.bindingFor('CSO');
    expect(binding).toMatchObject({
      channelId: csoChannel.id,
      teamId: cso.id,
      boundBy: { id: admin.aadObjectId },
    });
    expect(await h.app.store.channels.bindingOfChannel(olgasChannel.id)).toBeNull();
    // Nobody is told of a change that did not happen.
    const [attempt] = (await h.app.store.adminLog.adminChanges({ limit: 1, offset: 0 })).entries;
    expect(attempt).toMatchObject({ action: 'binding.refused', centerCode: 'CSO' });
    for (const to of ['previous', 'coordinators'])
      expect(await h.app.store.outbox.byDedupeKey(`binding:${attempt!.id}:${to}`)).toBeNull();
  });

  test('the coordinators’ channel is under the same rule', async () => {
    const { replies } = await h.mention(olga, leisure, olgasChannel, 'tilknyt koordinator');
    expect(textOf(replies)).toContain('BINDING_ADMINS');
    expect((await h.app.store.channels.bindingFor('KOORDINATOR'))?.channelId).toBe(coordinatorsChannel.id);
  });

  test('a staff member of the center who is no administrator cannot move it either', async () => {
    const { replies } = await h.mention(hanne, leaders, coordinatorsChannel, 'tilknyt CSO');
    expect(textOf(replies)).toContain('BINDING_ADMINS');
    expect((await h.app.store.channels.bindingFor('CSO'))?.channelId).toBe(csoChannel.id);
  });

  test('after the attempts, the next booking still reaches CSO’s channel', async () => {
    const reference = await book();
    await postedCard(h, csoChannel, reference);
    expect(h.emulator.threadsIn(olgasChannel.id)).toEqual([]);
  });

  test('nothing changes for existing callbacks: the outsider still cannot act, the holder still can', async () => {
    const where = inThread(cso, csoChannel, held.rootId);
    const version = (await h.app.store.callbacks.getCallback(held.callbackId))!.version;
    const refused = await h.press(olga, 'callback.release', { callbackId: held.callbackId, version }, where);
    expect(textOf(refused.body.value)).toContain('Kun medlemmer af CSOs kanal');
    expect((await h.app.store.callbacks.getCallback(held.callbackId))?.holder?.name).toBe('Hanne Holm');
    const attempt = await h.press(
      hanne,
      'callback.attempt',
      { callbackId: held.callbackId, version, note: 'no_answer' },
      where,
    );
    expect(attempt.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(actionData(attempt.body.value, 'callback.close').callbackId).toBe(held.callbackId);
  });

  test('each refused attempt is in the log of administrative changes, with who and where', async () => {
    const { entries } = await h.app.store.adminLog.adminChanges({ limit: 50, offset: 0 });
    const refused = entries.filter((e) => e.action === 'binding.refused');
    expect(refused.map((e) => [e.actor.id, e.centerCode, e.details.to?.channelId, e.details.reason])).toEqual(
      expect.arrayContaining([
        [olga.aadObjectId, 'CSO', olgasChannel.id, 'not_admin'],
        [olga.aadObjectId, 'KOORDINATOR', olgasChannel.id, 'not_admin'],
        [hanne.aadObjectId, 'CSO', coordinatorsChannel.id, 'not_admin'],
      ]),
    );
  });
});

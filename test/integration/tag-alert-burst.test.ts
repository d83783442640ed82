import { channelMention } from '../support/teams-activities';
import { channelOf, testTeam, testUser } from '../support/teams-fixtures';
import { bookFromGuide } from './callback-steps';
import { startHarness, textOf, type Harness } from './harness';

const agent = testUser('Alex Wilber');
const hanne = testUser('Hanne Holm');
const bo = testUser('Bo Berg');
const cso = testTeam('Sundhed og Omsorg', ['Tilbagekald'], [hanne, bo]);
const csoChannel = channelOf(cso, 'Tilbagekald');
// A Teams tag id as Graph gives it (GET /teams/{id}/tags): neither a user id nor a GUID.
const tag = {
  id: 'MjQzMmI1N2ItMGFiZC00M2RiLWFhN2ItMTZlYWRmNDFmZmQ1IyNjc28tdGlsYmFnZWthbGQ=',
  name: 'CSO-tilbagekald',
};

/** `@Kontaktcenter tilknyt CSO @name` with the second mention as given (decision 0044). */
const bindWithMention = (mentioned: Record<string, unknown>) => {
  const activity = channelMention({
    serviceUrl: '',
    user: hanne,
    team: cso,
    channel: csoChannel,
    text: `tilknyt CSO <at>${String(mentioned.name)}</at>`,
  });
  (activity.entities as unknown[]).push({
    type: 'mention',
    text: `<at>${String(mentioned.name)}</at>`,
    mentioned,
  });
  return activity;
};

// Teams refuses tag-mentioning messages above 2 per 5 s and 5 per minute in a conversation, and
// every message above 7/1 s, 8/2 s, 60/30 s and 1,800/h; the emulator answers 429 as Teams does.
describe('tag alerts in a burst of bookings, over HTTP against an emulator that enforces Teams limits', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ teams: [cso], rateLimits: true, env: { BINDING_ADMINS: hanne.aadObjectId } });
    h.emulator.addUser(agent);
  });
  afterAll(() => h.stop());

  const send = (activity: ReturnType<typeof bindWithMention>) =>
    h.send({ ...activity, serviceUrl: h.serviceUrl });

  test('a mentioned person (a 29: id) is alerted as a person', async () => {
    await send(bindWithMention({ id: bo.id, name: bo.name }));
    expect((await h.app.store.channels.bindingFor('CSO'))?.mention).toEqual({
      kind: 'user',
      id: bo.id,
      name: bo.name,
    });
  });

  test('a tag mention that arrives without "type": "tag" is still taken for a tag, and logged as Teams sent it', async () => {
    await send(bindWithMention({ ...tag }));
    expect((await h.app.store.channels.bindingFor('CSO'))?.mention).toEqual({ kind: 'tag', ...tag });
    expect(h.app.logs).toContainEqual(
      expect.objectContaining({
        event: 'channel.alert_tag_seen',
        entity: { type: 'mention', text: `<at>${tag.name}</at>`, mentioned: tag },
      }),
    );
  });

  test('four bookings at once: every post arrives, each @mentioning the tag, two per five seconds', async () => {
    const references: string[] = [];
    for (let i = 0; i < 4; i++) {
      const { answer } = await bookFromGuide(h, agent, 'madservice-afbestilling');
      references.push(/TB-\d+/.exec(textOf(answer.body.value))![0]);
    }
    const posted = (reference: string) =>
      h.emulator.waitFor(
        (r) => r.route === 'createConversation' && r.status < 300 && textOf(r.body).includes(reference),
        20_000,
      );
    const accepted = await Promise.all(references.map(posted));

    const threads = h.emulator
      .threadsIn(csoChannel.id)
      .filter((t) => references.some((r) => textOf(t.activity).includes(r)));
    expect(threads).toHaveLength(4);
    for (const thread of threads) {
      expect(thread.activity.text).toContain(`<at>${tag.name}</at>`);
      expect(thread.activity.entities).toEqual([
        expect.objectContaining({
          type: 'mention',
          mentioned: expect.objectContaining({ id: tag.id, type: 'tag' }),
        }),
      ]);
    }
    // Delayed, not dropped: the third and fourth went once the first two had left the 5 s window.
    const times = accepted.map((r) => r.time.getTime()).sort((a, b) => a - b);
    expect(times[2]! - times[0]!).toBeGreaterThan(5_000);
    expect(times[3]! - times[1]!).toBeGreaterThan(5_000);
    // The bot paces itself: Teams' 429 is a backstop, not the way it learns the limit.
    const refused = h.emulator.requestsFor('createConversation').filter((r) => r.status === 429);
    expect(refused).toEqual([]);
  }, 30_000);
});

import { startConnectorEmulator, type ConnectorEmulator } from '../support/connector-emulator';
import { channelMention } from '../support/teams-activities';
import { channelOf, testTeam, testUser } from '../support/teams-fixtures';
import { bookFromGuide } from './callback-steps';
import { startHarness, textOf, type Harness } from './harness';

const agent = testUser('Alex Wilber');
const hanne = testUser('Hanne Holm');
const cso = testTeam('Sundhed og Omsorg', ['Tilbagekald'], [hanne]);
const csoChannel = channelOf(cso, 'Tilbagekald');
/** Hanne @mentions the bot in CSO's channel, through the service URL Teams gave this activity. */
const inCso = (serviceUrl: string, text: string) =>
  channelMention({ serviceUrl, user: hanne, team: cso, channel: csoChannel, text });

// Teams may move a tenant to another service URL (decision 0046); the bot learns it only from the
// serviceUrl of what Teams sends next. Two emulators stand for the old and the new URL.
describe('a team that Teams moved to a new service URL keeps getting its callbacks', () => {
  let h: Harness;
  let moved: ConnectorEmulator;
  beforeAll(async () => {
    h = await startHarness({ teams: [cso], env: { BINDING_ADMINS: hanne.aadObjectId } });
    moved = await startConnectorEmulator({ teams: [cso] });
    h.emulator.addUser(agent);
    await h.mention(hanne, cso, csoChannel, 'tilknyt CSO');
  });
  afterAll(async () => {
    await h.stop();
    await moved.close();
  });

  const bindingUrl = async () => (await h.app.store.channels.bindingFor('CSO'))?.serviceUrl;
  const bookAndWaitFor = async (emulator: ConnectorEmulator) => {
    const { answer } = await bookFromGuide(h, agent, 'madservice-afbestilling');
    const reference = /TB-\d+/.exec(textOf(answer.body.value))![0];
    await emulator.waitFor(
      (r) => r.route === 'createConversation' && r.status < 300 && textOf(r.body).includes(reference),
      10_000,
    );
    return reference;
  };

  test('the binding keeps the service URL it was bound with, and the card goes there', async () => {
    expect(await bindingUrl()).toBe(h.serviceUrl);
    const reference = await bookAndWaitFor(h.emulator);
    expect(textOf(moved.threadsIn(csoChannel.id))).not.toContain(reference);
  });

  test('a message in the team from the new URL moves the binding there; the next card goes to the new URL', async () => {
    expect((await h.send(inCso(moved.serviceUrl, 'hjælp'))).status).toBe(200);

    expect(await bindingUrl()).toBe(moved.serviceUrl);
    expect(h.app.logs).toContainEqual(
      expect.objectContaining({ event: 'teams.service_url_refreshed', teamId: cso.id, bindings: 1 }),
    );
    const reference = await bookAndWaitFor(moved);
    expect(textOf(h.emulator.threadsIn(csoChannel.id))).not.toContain(reference);
  });

  test('any activity from the team brings its URL, also a channel message that does not mention the bot', async () => {
    const chatter = { ...inCso(h.serviceUrl, 'frokost?'), text: 'frokost?', entities: [] };
    expect((await h.send(chatter)).status).toBe(200);
    expect(await bindingUrl()).toBe(h.serviceUrl);
  });

  test('an activity from another team leaves the binding alone', async () => {
    const other = testTeam('Andet team', ['Generelt'], [hanne]);
    moved.addTeam(other);
    const activity = channelMention({
      serviceUrl: moved.serviceUrl,
      user: hanne,
      team: other,
      channel: channelOf(other, 'Generelt'),
      text: 'hjælp',
    });
    expect((await h.send(activity)).status).toBe(200);
    expect(await bindingUrl()).toBe(h.serviceUrl);
  });
});

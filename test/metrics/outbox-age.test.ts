import { setTimeout as sleep } from 'node:timers/promises';
import { bookFromGuide } from '../integration/callback-steps';
import { startHarness, textOf, type Harness } from '../integration/harness';
import { channelOf, testTeam, testUser } from '../support/teams-fixtures';
import { parseExposition, valueOf } from './parse-exposition';

const agent = testUser('Alex Wilber');
const hanne = testUser('Hanne Holm');
const cso = testTeam('Sundhed og Omsorg', ['Tilbagekald'], [hanne]);

describe('the outbox alert gauge while Teams is down', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ teams: [cso] });
    h.emulator.addUser(agent);
    await h.mention(hanne, cso, channelOf(cso, 'Tilbagekald'), 'tilknyt CSO');
  });
  afterAll(() => h.stop());

  const scrape = async () => parseExposition(await (await fetch(`${h.app.url}/metrics`)).text()).samples;

  test('a card waiting in retry backoff counts: the age grows instead of reading 0', async () => {
    // Teams answers 503 with Retry-After: the card waits a minute before its next try.
    h.emulator.failNext({ route: 'createConversation' }, [{ status: 503, retryAfterSeconds: 60 }]);
    const { answer } = await bookFromGuide(h, agent, 'madservice-afbestilling');
    const reference = /TB-\d+/.exec(textOf(answer.body))![0];
    await h.emulator.waitFor((r) => r.route === 'createConversation' && r.status === 503, 10_000);
    await sleep(1500);

    const samples = await scrape();
    expect(valueOf(samples, 'kontaktcenter_outbox_entries', { state: 'due' })).toBe(0);
    expect(valueOf(samples, 'kontaktcenter_outbox_entries', { state: 'pending' })).toBe(1);
    expect(valueOf(samples, 'kontaktcenter_outbox_oldest_undelivered_age_seconds')).toBeGreaterThanOrEqual(
      1.5,
    );
    expect(
      h.emulator
        .threadsIn(channelOf(cso, 'Tilbagekald').id)
        .some((t) => textOf(t.activity).includes(reference)),
    ).toBe(false);
  });
});

import { channelOf, testTeam, testUser } from '../support/teams-fixtures';
import { bookFromGuide, citizen, inThread, postedCard } from '../integration/callback-steps';
import { startHarness, textOf, type Harness } from '../integration/harness';
import { placesOf } from './card-text-places';

/**
 * Promise, over HTTP as Teams sends and receives it: what an agent typed reaches the channel card,
 * the holder's view and the agent's notices as text, never as Markdown. A typed
 * `[Klik her](https://…)` stays those characters; it never becomes a link (decision 0022).
 */
const agent = testUser('Alex Wilber');
const hanne = testUser('Hanne Holm');
const cso = testTeam('Sundhed og Omsorg', ['Tilbagekald'], [hanne]);
const channel = channelOf(cso, 'Tilbagekald');
const link = '[Klik her](https://phish.example/login)';

describe('typed text reaches Teams as text, never as Markdown', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ teams: [cso] });
    h.emulator.addUser(agent);
    await h.mention(hanne, cso, channel, 'tilknyt CSO');
  });
  afterAll(() => h.stop());

  test('topic, time window, name and description are TextRuns on every card, and notices are plain text', async () => {
    const { answer } = await bookFromGuide(h, agent, 'madservice-afbestilling', {
      ...citizen,
      citizenName: `Karen ${link}`,
      topic: `Madservice ${link}`,
      timeWindow: 'I dag **efter frokost**',
      description: `Se ${link}\n\n_Vigtigt_: datteren hjælper`,
    });
    expect(placesOf(answer.body.value, link)).toEqual(['TextRun.text']);
    const reference = /TB-\d+/.exec(textOf(answer.body.value))?.[0] ?? '';

    const { card, callbackId, thread } = await postedCard(h, channel, reference);
    expect(placesOf(card, link)).toEqual(['TextRun.text']);
    expect(placesOf(card, '**efter frokost**')).toEqual(['TextRun.text']);

    const claimed = await h.press(
      hanne,
      'callback.claim',
      { callbackId, version: 1 },
      inThread(cso, channel, thread.activityId),
    );
    const holderView = claimed.body.value;
    // Name, topic and description: three texts, each a TextRun.
    expect(placesOf(holderView, link)).toEqual(['TextRun.text', 'TextRun.text', 'TextRun.text']);
    expect(placesOf(holderView, '_Vigtigt_')).toEqual(['TextRun.text']);

    const held = await h.app.store.callbacks.getCallback(callbackId);
    await h.press(
      hanne,
      'callback.close',
      { callbackId, version: held!.version, outcome: 'resolved' },
      inThread(cso, channel, thread.activityId),
    );
    const note = await h.emulator.waitFor(
      (r) => r.method === 'POST' && textOf(r.body).includes(reference) && textOf(r.body).includes('lukket'),
    );
    expect(note.body).toMatchObject({ textFormat: 'plain' });
    expect(textOf(note.body)).toContain(link);
  });
});

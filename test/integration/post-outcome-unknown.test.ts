import { deliveryMessages } from '../../bot/src/texts/delivery';
import type { PostedActivity } from '../support/connector-emulator';
import { channelOf, testTeam, testUser } from '../support/teams-fixtures';
import { bookFromGuide, inThread } from './callback-steps';
import { cardOf, startHarness, textOf, type Harness } from './harness';

const agent = testUser('Alex Wilber');
const hanne = testUser('Hanne Holm');
const cso = testTeam('Sundhed og Omsorg', ['Tilbagekald'], [hanne]);
const channel = channelOf(cso, 'Tilbagekald');
const resentLine = deliveryMessages.resent;

/**
 * Teams has no idempotency key for a new post: when the answer to a post is lost, the bot cannot
 * know whether the card is in the channel (decision 0032). Each mode's guarantee, over HTTP.
 */
async function bookOne(h: Harness): Promise<{ reference: string; callbackId: string }> {
  const { answer } = await bookFromGuide(h, agent, 'madservice-afbestilling');
  const reference = /TB-\d+/.exec(textOf(answer.body.value))?.[0];
  if (!reference) throw new Error(`not booked: ${textOf(answer.body.value).slice(0, 300)}`);
  const callback = await h.app.store.callbacks.getByReference(reference);
  return { reference, callbackId: callback!.id };
}

const threadsOf = (h: Harness, reference: string) =>
  h.emulator.threadsIn(channel.id).filter((t) => textOf(t.activity).includes(reference));

async function settledOutbox(h: Harness, callbackId: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const entries = await h.app.store.outbox.listForCallback(callbackId);
    if (entries.every((e) => e.status !== 'pending')) return;
    if (Date.now() > until) throw new Error(`outbox not settled: ${JSON.stringify(entries)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const current = (h: Harness, t: PostedActivity) => h.emulator.activity(t.conversationId, t.activityId)!;

// The outbox gives up on a Teams call after 1 s; the emulator answers after 3 s, having stored it.
const answerLost = { timeoutMs: 3_000, processed: true };
const neverArrived = { timeoutMs: 3_000 };
const env = { OUTBOX_TEAMS_TIMEOUT_MS: '1000' };

describe('without ChannelMessage.Read.Group: posted again, marked, and both cards kept up to date', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ teams: [cso], env });
    h.emulator.addUser(agent);
    await h.mention(hanne, cso, channel, 'tilknyt CSO');
  });
  afterAll(() => h.stop());

  test('the answer to a post is lost: the card is posted again with the line saying it may be there twice', async () => {
    h.emulator.failNext({ route: 'createConversation' }, [answerLost]);
    const { reference, callbackId } = await bookOne(h);
    await settledOutbox(h, callbackId);

    const [first, again] = threadsOf(h, reference);
    expect(threadsOf(h, reference)).toHaveLength(2);
    expect(textOf(first!.activity)).not.toContain(resentLine);
    expect(textOf(again!.activity)).toContain(resentLine);
    expect(await h.app.store.cardPosts.cardPostsOf(callbackId)).toEqual([
      expect.objectContaining({ activityId: again!.activityId, resent: true }),
    ]);
  });

  test('a button pressed on the first card makes it known: from then on every change redraws both', async () => {
    h.emulator.failNext({ route: 'createConversation' }, [answerLost]);
    const { reference, callbackId } = await bookOne(h);
    await settledOutbox(h, callbackId);
    const [first, again] = threadsOf(h, reference);

    const claim = await h.press(
      hanne,
      'callback.claim',
      { callbackId, version: 1 },
      inThread(cso, channel, first!.activityId),
    );
    expect(claim.body.type).toBe('application/vnd.microsoft.card.adaptive');
    await settledOutbox(h, callbackId);

    for (const card of [first!, again!]) expect(textOf(cardOf(current(h, card)))).toContain('Hanne Holm');
    expect(textOf(cardOf(current(h, first!)))).toContain(resentLine);
    expect((await h.app.store.cardPosts.cardPostsOf(callbackId)).map((p) => p.activityId).sort()).toEqual(
      [first!.activityId, again!.activityId].sort(),
    );
  });

  test('staff delete one of the two cards: the other is still redrawn, and nothing is given up', async () => {
    h.emulator.failNext({ route: 'createConversation' }, [answerLost]);
    const { reference, callbackId } = await bookOne(h);
    await settledOutbox(h, callbackId);
    const [first, again] = threadsOf(h, reference);
    await h.press(
      hanne,
      'callback.claim',
      { callbackId, version: 1 },
      inThread(cso, channel, first!.activityId),
    );
    await settledOutbox(h, callbackId);

    const deleted = await fetch(
      `${h.serviceUrl}v3/conversations/${encodeURIComponent(first!.conversationId)}/activities/${first!.activityId}`,
      { method: 'DELETE' },
    );
    expect(deleted.status).toBe(200);
    await h.press(
      hanne,
      'callback.release',
      { callbackId, version: 2 },
      inThread(cso, channel, again!.activityId),
    );
    await settledOutbox(h, callbackId);

    expect(textOf(cardOf(current(h, again!)))).not.toContain('Hanne Holm');
    expect((await h.app.store.outbox.listForCallback(callbackId)).map((e) => e.status)).not.toContain('dead');
  });

  test('a post Teams refused outright (503, 429) is posted once, without the line', async () => {
    h.emulator.failNext({ route: 'createConversation' }, [
      { status: 503 },
      { status: 429, retryAfterSeconds: 1 },
    ]);
    const { reference, callbackId } = await bookOne(h);
    await settledOutbox(h, callbackId);

    expect(threadsOf(h, reference)).toHaveLength(1);
    expect(textOf(threadsOf(h, reference)[0]!.activity)).not.toContain(resentLine);
  });
});

describe('with ChannelMessage.Read.Group: the channel is read before posting again', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ teams: [cso], env, channelRead: true });
    h.emulator.addUser(agent);
    h.emulator.graph.grant(cso.aadGroupId!);
    // Short-lived tokens: every check asks Entra for one, so that an Entra outage shows.
    h.emulator.graph.tokenLifetimeSeconds = 60;
    await h.mention(hanne, cso, channel, 'tilknyt CSO');
  });
  afterAll(() => h.stop());
  const graphReads = () =>
    h.emulator.requestsFor('listChannelMessages').filter((r) => r.status === 200).length;

  test('the answer was lost but the card is in the channel: it is recorded, not posted again', async () => {
    const reads = graphReads();
    h.emulator.failNext({ route: 'createConversation' }, [answerLost]);
    const { reference, callbackId } = await bookOne(h);
    await settledOutbox(h, callbackId);

    const threads = threadsOf(h, reference);
    expect(threads).toHaveLength(1);
    expect(textOf(threads[0]!.activity)).not.toContain(resentLine);
    expect(graphReads()).toBeGreaterThan(reads);
    expect(await h.app.store.cardPosts.cardPostsOf(callbackId)).toEqual([
      expect.objectContaining({ activityId: threads[0]!.activityId, resent: false }),
    ]);

    await h.press(
      hanne,
      'callback.claim',
      { callbackId, version: 1 },
      inThread(cso, channel, threads[0]!.activityId),
    );
    await settledOutbox(h, callbackId);
    expect(textOf(cardOf(current(h, threads[0]!)))).toContain('Hanne Holm');
  });

  test('the post never reached Teams: the channel shows no card, so it is posted once, without the line', async () => {
    h.emulator.failNext({ route: 'createConversation' }, [neverArrived]);
    const { reference, callbackId } = await bookOne(h);
    await settledOutbox(h, callbackId);

    expect(threadsOf(h, reference)).toHaveLength(1);
    expect(textOf(threadsOf(h, reference)[0]!.activity)).not.toContain(resentLine);
  });

  test.each([
    ['the team never granted the permission (Graph 403)', () => h.emulator.graph.revoke(cso.aadGroupId!)],
    ['Graph is down', () => h.emulator.failNext({ route: 'listChannelMessages' }, [{ status: 503 }])],
    ['Entra is down', () => h.emulator.failNext({ route: 'graphToken' }, [{ status: 503 }])],
  ])('%s: posted again with the line', async (_case, fault) => {
    fault();
    try {
      h.emulator.failNext({ route: 'createConversation' }, [answerLost]);
      const { reference, callbackId } = await bookOne(h);
      await settledOutbox(h, callbackId);

      const threads = threadsOf(h, reference);
      expect(threads).toHaveLength(2);
      expect(threads.filter((t) => textOf(t.activity).includes(resentLine))).toHaveLength(1);
    } finally {
      h.emulator.graph.grant(cso.aadGroupId!);
    }
  });
});

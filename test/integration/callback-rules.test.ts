import { channelMention } from '../support/teams-activities';
import { channelOf, testTeam, testUser } from '../support/teams-fixtures';
import { actionData, bookFromGuide, citizen, inThread, postedCard } from './callback-steps';
import { startHarness, textOf, type Harness } from './harness';

const agent = testUser('Alex Wilber');
const hanne = testUser('Hanne Holm');
const bo = testUser('Bo Berg');
const karl = testUser('Karl Koordinator');
const cso = testTeam('Sundhed og Omsorg', ['Tilbagekald'], [hanne, bo]);
const csi = testTeam('Social Indsats', ['Opkald'], [bo]);
const leaders = testTeam('Ledelse', ['Koordinering'], [karl]);
const csoChannel = channelOf(cso, 'Tilbagekald');
const csiChannel = channelOf(csi, 'Opkald');
const coordinators = channelOf(leaders, 'Koordinering');

// A clock that runs (the outbox waits in real time) from Tuesday 1 Dec 2026, 10:00 in
// Copenhagen, and that a test can move forward to a deadline.
let offset = Date.parse('2026-12-01T09:00:00Z') - Date.now();
const clock = () => new Date(Date.now() + offset);
const moveClockTo = (at: Date) => {
  offset = at.getTime() - Date.now();
};
const hours = (n: number) => n * 3_600_000;

describe('callback rules over HTTP: concurrency, double submits, faults, deadlines, retention', () => {
  let h: Harness;
  beforeAll(async () => {
    // The channels' owners are the administrators who may bind and rebind them (BINDING_ADMINS).
    h = await startHarness({
      now: clock,
      teams: [cso, csi, leaders],
      env: { BINDING_ADMINS: [hanne, bo, karl].map((u) => u.aadObjectId).join(',') },
    });
    h.emulator.addUser(agent);
    await h.mention(hanne, cso, csoChannel, 'tilknyt CSO');
    await h.mention(bo, csi, csiChannel, 'tilknyt CSI');
    await h.mention(karl, leaders, coordinators, 'tilknyt koordinator');
  });
  afterAll(() => h.stop());

  const book = async (fields: Record<string, string> = citizen) => {
    const { answer } = await bookFromGuide(h, agent, 'madservice-afbestilling', fields);
    const reference = /TB-\d+/.exec(textOf(answer.body.value))?.[0];
    if (!reference) throw new Error(`not booked: ${textOf(answer.body.value).slice(0, 500)}`);
    return { reference, ...(await postedCard(h, csoChannel, reference)) };
  };

  test('of two simultaneous claims exactly one wins, and the other is told who holds it', async () => {
    const { callbackId, thread } = await book();
    const where = inThread(cso, csoChannel, thread.activityId);
    const [a, b] = await Promise.all([
      h.press(hanne, 'callback.claim', { callbackId, version: 1 }, where),
      h.press(bo, 'callback.claim', { callbackId, version: 1 }, where),
    ]);
    const winners = [a, b].filter((r) => r.body.type === 'application/vnd.microsoft.card.adaptive');
    const losers = [a, b].filter((r) => r.body.type === 'application/vnd.microsoft.activity.message');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const holder = (await h.app.store.callbacks.getCallback(callbackId))!.holder!.name;
    expect(textOf(losers[0]!.body.value)).toContain(`allerede taget af ${holder}`);
    expect((await h.app.store.callbacks.events(callbackId)).filter((e) => e.action === 'claim')).toHaveLength(
      1,
    );
  });

  test('bookings carry the agent’s Teams name, asked of Teams once, and each its statistics and access-log line', async () => {
    const askedForAgent = () =>
      h.emulator.requests.filter((r) => r.route === 'getConversationMember' && r.memberId === agent.id)
        .length;
    const asked = askedForAgent();
    const booked = await h.app.store.inquiries.countInquiries({ kinds: ['callback_booked'] });

    const first = await book({ ...citizen, phone: '31 41 59 26' });
    const second = await book({ ...citizen, phone: '31 41 59 27' });

    // Card invokes carry no name; the first booking of this app may ask Teams, the second never.
    expect(askedForAgent() - asked).toBeLessThanOrEqual(1);
    for (const { callbackId } of [first, second])
      expect((await h.app.store.callbacks.getCallback(callbackId))?.bookedBy.name).toBe('Alex Wilber');
    expect(await h.app.store.inquiries.countInquiries({ kinds: ['callback_booked'] })).toBe(booked + 2);
    expect(await h.app.store.accessLog.accessLogFor(h.citizenKey('31415926'))).toEqual([
      expect.objectContaining({
        action: 'change',
        callbackId: first.callbackId,
        details: expect.objectContaining({ what: 'booked' }),
      }),
    ]);
  });

  test('a staff member’s clicks ask Teams for their membership once, not for every click', async () => {
    const askedForHanne = () =>
      h.emulator.requests.filter((r) => r.route === 'getConversationMember' && r.memberId === hanne.id)
        .length;
    const { callbackId, thread } = await book();
    const where = inThread(cso, csoChannel, thread.activityId);

    const asked = askedForHanne();
    const claimed = await h.press(hanne, 'callback.claim', { callbackId, version: 1 }, where);
    const released = await h.press(hanne, 'callback.release', { callbackId, version: 2 }, where);
    const again = await h.press(hanne, 'callback.claim', { callbackId, version: 3 }, where);

    expect([claimed, released, again].map((r) => r.body.type)).toEqual(
      Array(3).fill('application/vnd.microsoft.card.adaptive'),
    );
    expect(askedForHanne() - asked).toBeLessThanOrEqual(1);
    expect((await h.app.store.callbacks.getCallback(callbackId))?.holder?.name).toBe('Hanne Holm');
    // Each claim is logged as a change and, as she then sees the citizen's data, as a reading.
    const log = await h.app.store.accessLog.accessLogFor(h.citizenKey('22334455'));
    const hers = log.filter((e) => e.callbackId === callbackId && e.user.id === hanne.aadObjectId);
    const lines = hers.map((e) => `${e.action} ${String(e.details?.what)} by ${e.user.name}`).sort();
    expect(lines).toEqual([
      'change claim by Hanne Holm',
      'change claim by Hanne Holm',
      'change release by Hanne Holm',
      'read holder_card by Hanne Holm',
      'read holder_card by Hanne Holm',
    ]);
  });

  test('a double submit of the booking form creates one callback and one card', async () => {
    const { replies } = await h.submit(agent, { verb: 'callback.form', guideId: 'madservice-afbestilling' });
    const hidden = actionData(replies[0]!.attachments, 'callback.book');
    const before = await h.app.store.callbacks.countCallbacks({});
    const [first, second] = await Promise.all([
      h.press(agent, 'callback.book', { ...hidden, ...citizen }),
      h.press(agent, 'callback.book', { ...hidden, ...citizen }),
    ]);
    const ref1 = /TB-\d+/.exec(textOf(first.body.value))?.[0];
    expect(ref1).toBeDefined();
    expect(/TB-\d+/.exec(textOf(second.body.value))?.[0]).toBe(ref1);
    expect(await h.app.store.callbacks.countCallbacks({})).toBe(before + 1);
    await postedCard(h, csoChannel, ref1!);
    await new Promise((r) => setTimeout(r, 300));
    expect(
      h.emulator.threadsIn(csoChannel.id).filter((t) => textOf(t.activity).includes(ref1!)),
    ).toHaveLength(1);
  });

  test('a channel that answers 429, then 500, then accepts gets the card exactly once', async () => {
    h.emulator.failNext({ route: 'createConversation' }, [
      { status: 429, retryAfterSeconds: 1 },
      { status: 500 },
    ]);
    const attemptsBefore = h.emulator.requestsFor('createConversation').length;
    const { reference } = await book();
    const attempts = h.emulator.requestsFor('createConversation').slice(attemptsBefore);
    expect(attempts.map((r) => r.status)).toEqual([429, 500, 201]);
    // Retry-After is honoured: the second try comes at least a second after the first.
    expect(attempts[1]!.time.getTime() - attempts[0]!.time.getTime()).toBeGreaterThanOrEqual(1000);
    expect(
      h.emulator.threadsIn(csoChannel.id).filter((t) => textOf(t.activity).includes(reference)),
    ).toHaveLength(1);
  });

  test('a binding that mentions a Teams tag makes every new post @mention the tag', async () => {
    const tag = { id: 'tag-cso-1', name: 'CSO-tilbagekald' };
    const activity = channelMention({
      serviceUrl: h.serviceUrl,
      user: hanne,
      team: cso,
      channel: csoChannel,
      text: `tilknyt CSO <at>${tag.name}</at>`,
    });
    (activity.entities as unknown[]).push({
      type: 'mention',
      text: `<at>${tag.name}</at>`,
      mentioned: { ...tag, type: 'tag' },
    });
    await h.send(activity);
    const { thread } = await book();
    expect(thread.activity.text).toContain(`<at>${tag.name}</at>`);
    expect(thread.activity.entities).toEqual([
      expect.objectContaining({
        type: 'mention',
        mentioned: expect.objectContaining({ id: tag.id, type: 'tag' }),
      }),
    ]);
  });

  test.each([
    ['description', { description: 'Borgerens cpr er 010190-1234' }],
    ['name', { citizenName: 'Karen 0101901234' }],
    ['topic', { topic: 'Sag om 311285 1234' }],
  ])('a CPR number in the %s is refused with the reason, and nothing is stored', async (_field, bad) => {
    const before = await h.app.store.callbacks.countCallbacks({});
    const { answer } = await bookFromGuide(h, agent, 'madservice-afbestilling', { ...citizen, ...bad });
    const form = textOf(answer.body.value);
    expect(form).toContain('CPR');
    // The refused field comes back empty (the form stays in the agent's chat); the rest is kept.
    expect(form).not.toContain(Object.values(bad)[0]!);
    expect(form).toContain(citizen.phone);
    expect(await h.app.store.callbacks.countCallbacks({})).toBe(before);
  });

  test('a bad phone number comes back on the same form with the agent’s input kept', async () => {
    const { answer } = await bookFromGuide(h, agent, 'madservice-afbestilling', {
      ...citizen,
      phone: '12 34',
    });
    const form = textOf(answer.body.value);
    expect(form).toContain(citizen.citizenName);
    expect(form).toMatch(/telefonnummer/i);
    expect(actionData(answer.body.value, 'callback.book').idempotencyKey).toBeDefined();
  });

  test('a center that is not live yet gets the handover notice instead of a form', async () => {
    const { replies } = await h.say(agent, 'tilbagekald CBB');
    const text = textOf(replies);
    expect(text).toContain('45 97 38 00');
    expect(text).not.toContain('callback.book');
  });

  test('moving a callback posts it in the other center’s channel and the old card says where it went', async () => {
    const { callbackId, thread, reference } = await book();
    const where = inThread(cso, csoChannel, thread.activityId);
    await h.press(hanne, 'callback.claim', { callbackId, version: 1 }, where);
    const moved = await h.press(
      hanne,
      'callback.move',
      { callbackId, version: 2, toCenterCode: 'CSI' },
      where,
    );
    const successor = /TB-\d+/.exec(textOf(moved.body.value).replace(reference, ''))?.[0];
    expect(successor).toBeDefined();
    const arrived = await postedCard(h, csiChannel, successor!);
    expect(textOf(arrived.card)).toContain(citizen.topic);
    await h.emulator.waitFor(
      (r) =>
        r.route === 'updateActivity' &&
        r.activityId === thread.activityId &&
        textOf(r.body).includes(`Flyttet til CSI (${successor})`),
    );
  });

  test('an unclaimed callback is reminded once in its thread before the deadline, and escalated once when overdue', async () => {
    const { callbackId, thread } = await book();
    const callback = (await h.app.store.callbacks.getCallback(callbackId))!;
    moveClockTo(new Date(callback.deadline.getTime() - hours(1)));
    await h.app.runJobs();
    await h.app.runJobs();
    const reminder = await h.emulator.waitFor(
      (r) => r.method === 'POST' && textOf(r.body).includes(`Påmindelse: ${callback.reference}`),
    );
    // A reply in the callback's own thread, so it sits under the card.
    expect(reminder.conversationId).toBe(`${csoChannel.id};messageid=${thread.activityId}`);
    expect(textOf(reminder.body)).toContain(callback.reference);
    moveClockTo(new Date(callback.deadline.getTime() + hours(1)));
    await h.app.runJobs();
    await h.app.runJobs();
    await h.emulator.waitFor(
      (r) =>
        r.route === 'createConversation' &&
        textOf(r.body).includes('Overskredet frist') &&
        textOf(r.body).includes(callback.reference),
    );
    await new Promise((r) => setTimeout(r, 300));
    const escalations = h.emulator
      .threadsIn(coordinators.id)
      .filter((t) => textOf(t.activity).includes(callback.reference));
    expect(escalations).toHaveLength(1);
    const reminders = h.emulator
      .sent()
      .filter(
        (p) => textOf(p.activity).includes('Påmindelse') && textOf(p.activity).includes(callback.reference),
      );
    expect(reminders).toHaveLength(1);
  });

  test('personal data of a callback closed longer than the retention period is erased; statistics stay', async () => {
    const { callbackId, thread } = await book();
    const where = inThread(cso, csoChannel, thread.activityId);
    await h.press(hanne, 'callback.claim', { callbackId, version: 1 }, where);
    await h.press(hanne, 'callback.close', { callbackId, version: 2, outcome: 'resolved' }, where);
    moveClockTo(new Date(clock().getTime() + 31 * 24 * hours(1)));
    await h.app.runJobs();
    const erased = (await h.app.store.callbacks.getCallback(callbackId))!;
    expect(erased.citizen).toBeNull();
    expect(erased.topic).toBe(citizen.topic);
    expect(erased.outcome).toBe('resolved');
    const log = await h.app.store.accessLog.accessLogFor(h.citizenKey('22334455'));
    expect(log.some((e) => e.action === 'read')).toBe(true);
  });
});

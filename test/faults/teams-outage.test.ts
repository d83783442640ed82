import { startWorld, tally, type FaultWorld } from './support/fault-world';

/**
 * Teams refusing for a while (issue 10, fault suite): 503 for a configurable time
 * (FAULTS_TEAMS_DOWN_MS, default 8 s), and 429 with Retry-After. Refusals are surely not posts,
 * so everything is drained afterwards, once each, and nothing carries the resend line.
 */
jest.setTimeout(240_000);

const downMs = Number(process.env.FAULTS_TEAMS_DOWN_MS ?? 8_000);
const channelOfRequest = (body: unknown) =>
  String((body as { channelData?: { channel?: { id?: string } } }).channelData?.channel?.id);

describe('Teams refusing posts for a while', () => {
  let world: FaultWorld;
  beforeEach(async () => {
    world = await startWorld({ database: 'sqlite', channelRead: false });
  });
  afterEach(() => world?.close());

  test(`503 for ${downMs} ms: every booking made meanwhile is posted afterwards, once`, async () => {
    const app = await world.start();
    const downUntil = Date.now() + downMs;
    world.emulator.failFor({ route: 'createConversation' }, { status: 503 }, downMs);

    const bookings = await world.burst(app, { perAgent: 3 });
    await world.drained(bookings, downMs + 120_000);
    await new Promise((r) => setTimeout(r, 1_000));

    const posts = world.emulator.requestsFor('createConversation');
    expect(posts.filter((r) => r.status === 503).length).toBeGreaterThan(0);
    expect(posts.filter((r) => r.status === 201 && r.time.getTime() < downUntil)).toEqual([]);
    expect(tally(world, bookings)).toEqual({ lost: 0, duplicated: 0, marked: 0 });
    expect(app.process.child.exitCode).toBeNull();
  });

  test('429 with Retry-After: nothing more is sent to that channel before it, and everything once', async () => {
    const app = await world.start();
    world.emulator.failFor({ route: 'createConversation' }, { status: 429, retryAfterSeconds: 3 }, 2_000);

    const bookings = await world.burst(app, { perAgent: 3 });
    await world.drained(bookings, 120_000);
    await new Promise((r) => setTimeout(r, 1_000));

    const posts = world.emulator.requestsFor('createConversation');
    const throttled = posts.filter((r) => r.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    // Sends already on their way when the 429 came back are fine; later ones must wait for it.
    const onTheirWayMs = 500;
    for (const refusal of throttled) {
      const channel = channelOfRequest(refusal.body);
      const at = refusal.time.getTime();
      const tooSoon = posts.filter(
        (r) =>
          channelOfRequest(r.body) === channel &&
          r.time.getTime() > at + onTheirWayMs &&
          r.time.getTime() < at + 3_000 - 50,
      );
      expect(tooSoon).toEqual([]);
    }
    expect(tally(world, bookings)).toEqual({ lost: 0, duplicated: 0, marked: 0 });
  });
});

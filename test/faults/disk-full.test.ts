import { describeNeeding } from '../support/describe-needing';
import { startWorld, tally, type FaultWorld } from './support/fault-world';
import { canMountTmpfs, mountTmpfs, type SmallDisk } from './support/tmpfs-outbox';

/**
 * The disk fills up while a post is being recorded (issue 10, item 2): Teams has the card, the
 * database cannot say so. The process lives on, and once there is room again the post is
 * recorded, not made again: one card, without the resend line.
 */
jest.setTimeout(180_000);

describeNeeding(canMountTmpfs(), 'a full disk while recording a post (SQLite on a small tmpfs)', () => {
  let disk: SmallDisk;
  let world: FaultWorld;
  beforeAll(async () => {
    disk = mountTmpfs(24);
    world = await startWorld({
      database: 'sqlite',
      channelRead: false,
      sqliteDir: disk.dir,
      agents: 4,
      // Short leases, so that the entries the full disk kept leased come back soon.
      env: { OUTBOX_TEAMS_TIMEOUT_MS: '2000' },
    });
  });
  afterAll(async () => {
    await world?.close();
    disk?.unmount();
  });

  test('the card is posted once and recorded when there is room again; the process stays up', async () => {
    const app = await world.start();
    // Teams stores each post at once and answers after 1.5 s: the disk fills in between.
    world.emulator.failFor({ route: 'createConversation' }, { delayMs: 1_500 }, 10_000);
    const bookings = await world.burst(app, { perAgent: 2 });
    const underWay = () => world.emulator.requestsFor('createConversation').length;
    while (underWay() === 0) await new Promise((r) => setTimeout(r, 5));
    disk.fill();
    await new Promise((r) => setTimeout(r, 4_000));
    // A post Teams answered while the disk was full, whose recording failed: retried in place
    // while the lease holds, or by the entry's next attempt (which records, never posts again).
    const unrecorded = app.process.logs.filter(
      (l) =>
        /disk is full/i.test(JSON.stringify(l.error)) &&
        ((l.event === 'outbox.retry' && l.kind === 'post_callback') ||
          l.event === 'callback.post_record_retrying'),
    );
    disk.free();
    world.emulator.clearFaults();
    await world.drained(bookings, 90_000);
    await new Promise((r) => setTimeout(r, 1_000));

    expect(unrecorded.length).toBeGreaterThan(0);
    expect(app.process.child.exitCode).toBeNull();
    expect(tally(world, bookings)).toEqual({ lost: 0, duplicated: 0, marked: 0 });
  });
});

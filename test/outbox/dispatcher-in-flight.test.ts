import type { Deliver } from '../../bot/src/outbox/delivery';
import type { OutboxEntry } from '../../bot/src/outbox/outbox-store';
import { useOutbox } from './outbox-harness';

/** A failure as the Teams sender reports it. */
const teams = (status: number | undefined, code: string) =>
  Object.assign(new Error(`Teams: ${status ?? code}`), { ...(status ? { status } : {}), code });

const h = useOutbox();
const entry = async (key: string): Promise<OutboxEntry> => (await h.store.outbox.byDedupeKey(key))!;
const linesOf = (event: string) => h.logger.lines.filter((l) => l.event === event);

/** A post that marks its send in flight and then fails as given (or succeeds). */
const posting =
  (outcome: Error | null, options?: { earlierAbsent?: boolean }): Deliver =>
  async (_entry, context) => {
    await context.markInFlight(options);
    if (outcome) throw outcome;
    return { activityId: '7' };
  };

/** Each attempt's view of the entry as the delivery received it. */
async function attempts(deliveries: Deliver[]): Promise<Array<Date | null>> {
  const seen: Array<Date | null> = [];
  for (const deliver of deliveries) {
    await h
      .dispatcher({
        deliver: {
          post_callback: (e, c) => {
            seen.push(e.inFlightSince);
            return deliver(e, c);
          },
        },
      })
      .runOnce();
    h.clock.advance(10 * 60_000);
  }
  return seen;
}

describe('a post whose outcome is unknown is remembered as in flight', () => {
  test('after a timeout the next attempt is told that the post may be there already', async () => {
    await h.enqueue('post:TB-1');
    const started = h.clock.now();

    const seen = await attempts([posting(teams(undefined, 'timeout')), posting(null)]);

    expect(seen).toEqual([null, started]);
    expect(await entry('post:TB-1')).toMatchObject({ status: 'sent', inFlightSince: null });
  });

  test.each([
    [503, 'ServiceUnavailable'],
    [429, 'TooManyRequests'],
    [undefined, 'ECONNREFUSED'],
  ])(
    'after %s %s (surely not taken in) the next attempt posts as for the first time',
    async (status, code) => {
      await h.enqueue('post:TB-1');

      const seen = await attempts([posting(teams(status, code)), posting(null)]);

      expect(seen).toEqual([null, null]);
    },
  );

  test.each([
    [500, 'InternalServerError'],
    [502, 'BadGateway'],
    [504, 'GatewayTimeout'],
    [undefined, 'ECONNRESET'],
  ])('after %s %s (may have been processed) the mark stays', async (status, code) => {
    await h.enqueue('post:TB-1');

    const seen = await attempts([posting(teams(status, code)), posting(null)]);

    expect(seen[1]).not.toBeNull();
  });

  test('a send that surely failed does not clear an earlier unknown one, unless the delivery found it absent', async () => {
    await h.enqueue('post:TB-1');
    const started = h.clock.now();

    const seen = await attempts([
      posting(teams(undefined, 'timeout')),
      posting(teams(503, 'ServiceUnavailable')),
      posting(teams(503, 'ServiceUnavailable'), { earlierAbsent: true }),
      posting(null),
    ]);

    expect(seen[0]).toBeNull();
    expect(seen[1]).toEqual(started);
    expect(seen[2]).not.toBeNull();
    expect(seen[3]).toBeNull();
  });

  test('a delivery that fails before marking leaves the earlier mark alone', async () => {
    await h.enqueue('post:TB-1');
    const notYet = Object.assign(new Error('wait for Graph'), { code: 'NOT_YET', retryAfterSeconds: 1 });

    const seen = await attempts([
      posting(teams(undefined, 'timeout')),
      async () => {
        throw notYet;
      },
      posting(null),
    ]);

    expect(seen[1]).not.toBeNull();
    expect(seen[2]).toEqual(seen[1]);
  });

  test('a worker that lost its lease before sending sends nothing', async () => {
    await h.enqueue('post:TB-1');
    let sent = 0;
    const dispatcher = h.dispatcher({
      deliver: {
        post_callback: async (e, context) => {
          // Another worker took the entry over in the meantime.
          await h.store.outbox.leaseDue('other', new Date(h.clock.now().getTime() + 3_600_000), 60_000, 1);
          await context.markInFlight();
          sent += 1;
        },
      },
    });

    await dispatcher.runOnce();

    expect(sent).toBe(0);
    expect(linesOf('outbox.lease_lost')).toHaveLength(1);
  });
});

describe('an entry given up on for good is reported once', () => {
  test('onDead is told about the dead entry and the failure', async () => {
    await h.enqueue('post:TB-1');
    const reported: Array<[string, number | undefined, string | undefined]> = [];
    const dispatcher = h.dispatcher({
      deliver: {
        post_callback: async () => {
          throw teams(403, 'BotNotInConversationRoster');
        },
      },
      onDead: async (e, failure) => {
        reported.push([e.dedupeKey, failure.status, failure.code]);
      },
    });

    await dispatcher.runOnce();
    await dispatcher.runOnce();

    expect(reported).toEqual([['post:TB-1', 403, 'BotNotInConversationRoster']]);
    expect(await entry('post:TB-1')).toMatchObject({ status: 'dead', attempts: 1 });
  });

  test('a failing report is logged and does not undo the dead letter', async () => {
    await h.enqueue('post:TB-1');
    await h
      .dispatcher({
        deliver: {
          post_callback: async () => {
            throw teams(404, 'ConversationNotFound');
          },
        },
        onDead: async () => {
          throw new Error('disk full');
        },
      })
      .runOnce();

    expect((await entry('post:TB-1')).status).toBe('dead');
    expect(linesOf('outbox.dead_report_failed')).toHaveLength(1);
  });
});

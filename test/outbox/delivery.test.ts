import { describeFailure, failureOf, resultAsJson } from '../../bot/src/outbox/delivery';

describe('reading a failure from what a delivery threw', () => {
  class Failure extends Error {
    constructor(
      message: string,
      readonly status?: number,
      readonly code?: string,
      readonly retryAfterSeconds?: number,
    ) {
      super(message);
    }
  }
  const abort = Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' });

  test.each<[string, unknown, object]>([
    [
      'a Teams sender failure',
      new Failure('Too many', 429, 'TooManyRequests', 2),
      { status: 429, code: 'TooManyRequests', retryAfterSeconds: 2 },
    ],
    [
      "a raw connector error's statusCode",
      Object.assign(new Error('x'), { statusCode: 502 }),
      { status: 502 },
    ],
    ['an abort', abort, { code: 'aborted' }],
    [
      'a use case saying "not yet"',
      Object.assign(new Error('no channel bound for CSO'), { code: 'NOT_YET' }),
      { code: 'NOT_YET' },
    ],
    ['a thrown string', 'boom', { message: 'boom' }],
  ])('%s', (_what, thrown, expected) => {
    expect(failureOf(thrown)).toMatchObject(expected);
  });

  test('the stored error line names status, code and message', () => {
    expect(
      describeFailure({ status: 403, code: 'BotNotInConversationRoster', message: 'not in roster' }),
    ).toBe('403 BotNotInConversationRoster: not in roster');
  });

  test('what a delivery returned is kept as JSON; nothing becomes null', () => {
    expect([resultAsJson({ activityId: '1', at: new Date(0) } as never), resultAsJson(undefined)]).toEqual([
      { activityId: '1', at: '1970-01-01T00:00:00.000Z' },
      null,
    ]);
  });
});

import {
  backoffCapMs,
  classifyFailure,
  nextAttemptDelay,
  type DeliveryFailure,
  type FailureVerdict,
} from '../../bot/src/outbox/retry-policy';

describe('what a failed delivery leads to', () => {
  test.each<[string, DeliveryFailure, number, FailureVerdict]>([
    ['Teams is throttling (429)', { status: 429, retryAfterSeconds: 2 }, 1, 'retry'],
    ['a precondition hiccup (412)', { status: 412 }, 1, 'retry'],
    ['a server error (500)', { status: 500 }, 7, 'retry'],
    ['a bad gateway (502)', { status: 502 }, 1, 'retry'],
    ['the service is unavailable (503)', { status: 503 }, 1, 'retry'],
    ['a gateway timeout (504)', { status: 504 }, 1, 'retry'],
    ['our own request timeout', { code: 'timeout' }, 1, 'retry'],
    ['a connection reset', { code: 'ECONNRESET' }, 1, 'retry'],
    ['a refused connection (Teams unreachable)', { code: 'ECONNREFUSED' }, 3, 'retry'],
    ['no channel bound yet', { code: 'NOT_YET' }, 12, 'retry'],
    ['something unknown', { message: 'boom' }, 1, 'retry'],
    ['a malformed request (400)', { status: 400, code: 'BadArgument' }, 1, 'give_up'],
    [
      'the bot was removed from the team (403)',
      { status: 403, code: 'BotNotInConversationRoster' },
      1,
      'give_up',
    ],
    ['the message was deleted (404)', { status: 404 }, 1, 'give_up'],
    ['a card that is too big (413)', { status: 413 }, 1, 'give_up'],
    ['a 401 on the first try (token expired in flight)', { status: 401 }, 1, 'retry'],
    ['a 401 on the second try', { status: 401 }, 2, 'retry'],
    ['a 401 on the third try (wrong secret)', { status: 401 }, 3, 'give_up'],
    ['an entry of a kind nobody delivers', { code: 'UNKNOWN_KIND' }, 1, 'give_up'],
    ['a post that came back without ids', { code: 'UNEXPECTED_RESPONSE' }, 1, 'give_up'],
  ])('%s → %s', (_what, failure, attempt, verdict) => {
    expect(classifyFailure(failure, attempt)).toBe(verdict);
  });
});

describe('when the next attempt is due', () => {
  const always = (r: number) => () => r;

  test.each<[string, number, number | undefined, number, number]>([
    ['the first retry waits up to 1 s', 1, undefined, 0.999, 999],
    ['the ceiling doubles each attempt', 3, undefined, 0.5, 2_000],
    ['full jitter may retry at once', 4, undefined, 0, 0],
    ['the ceiling stops at five minutes', 20, undefined, 0.999_999, backoffCapMs - 1],
    ['Retry-After is a floor under the jitter', 1, 2, 0.1, 2_000],
    ['a jittered delay above Retry-After is kept', 6, 2, 0.5, 16_000],
    ['a Retry-After above the cap is still honoured', 20, 600, 0.5, 600_000],
    ['fractions of a second in Retry-After round up', 1, 1.2, 0, 1_200],
  ])('%s', (_what, attempt, retryAfter, random, expected) => {
    expect(nextAttemptDelay(attempt, retryAfter, always(random))).toBe(expected);
  });

  test('the delay never exceeds the cap without a Retry-After, whatever the attempt', () => {
    for (const attempt of [1, 5, 10, 50, 1000]) {
      expect(nextAttemptDelay(attempt, undefined, always(1))).toBeLessThanOrEqual(backoffCapMs);
    }
  });
});

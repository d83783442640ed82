import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import { forTurns } from '../../bot/src/teams/connector-client';
import { ConnectorFailure } from '../../bot/src/teams/connector-failure';
import { alex, megan, senderFor, team, useEmulator } from './sender-harness';

/**
 * The Teams clients of a user's turn (decision 0043): no retries, no Retry-After waited out, a
 * timeout per call, and one budget across all of a turn's calls.
 */
const h = useEmulator();
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
const timed = async <T>(run: () => Promise<T>) => {
  const started = Date.now();
  const result = await run();
  return { result, ms: Date.now() - started };
};

describe('the turn’s member look-ups (the project’s own sender)', () => {
  test('the budget spans the turn’s calls: the second slow call is cut short when it runs out', async () => {
    const sender = senderFor(h.emulator, { timeoutMs: 1000 });
    const budget = AbortSignal.timeout(1200);
    h.emulator.failNext({ route: 'getConversationMember' }, [{ delayMs: 700 }, { delayMs: 700 }]);
    const lookUp = (userId: string) =>
      sender.getMember({
        serviceUrl: h.emulator.serviceUrl,
        conversationId: team.id,
        userId,
        signal: budget,
      });

    const first = await timed(() => lookUp(alex.id));
    const second = await timed(() => failureOf(lookUp(megan.id)));

    expect(first.result).toMatchObject({ id: alex.id });
    expect(second.result).toBeInstanceOf(ConnectorFailure);
    expect(second.result).toMatchObject({ code: 'aborted' });
    expect(first.ms + second.ms).toBeGreaterThanOrEqual(1150);
    expect(first.ms + second.ms).toBeLessThan(1600);
  });
});

describe('botbuilder’s clients on a turn (replies, TeamsInfo)', () => {
  const turnClient = (timeoutMs: number) =>
    forTurns(
      new ConnectorClient(MicrosoftAppCredentials.Empty, { baseUri: h.emulator.serviceUrl }),
      timeoutMs,
      createMemoryLogger('warn'),
    );

  test('a 429 with Retry-After 30 s is not retried, let alone waited out', async () => {
    h.emulator.failNext({ route: 'getConversationMember' }, [{ status: 429, retryAfterSeconds: 30 }]);

    const { result, ms } = await timed(() =>
      failureOf(turnClient(1000).conversations.getConversationMember(team.id, alex.id)),
    );

    expect(result).toMatchObject({ statusCode: 429 });
    expect(ms).toBeLessThan(1000);
    expect(h.emulator.requestsFor('getConversationMember')).toHaveLength(1);
  });

  test('a 503 is not retried', async () => {
    h.emulator.failNext({ route: 'sendToConversation' }, [{ status: 503 }]);

    const result = await failureOf(
      turnClient(1000).conversations.sendToConversation(team.id, { type: 'message', text: 'x' } as never),
    );

    expect(result).toMatchObject({ statusCode: 503 });
    expect(h.emulator.requestsFor('sendToConversation')).toHaveLength(1);
    expect(h.emulator.sent()).toEqual([]);
  });

  test('a hanging Teams is given up on after the turn’s timeout', async () => {
    h.emulator.failNext({ route: 'getConversationMember' }, [{ timeoutMs: Infinity }]);

    const { result, ms } = await timed(() =>
      failureOf(turnClient(500).conversations.getConversationMember(team.id, alex.id)),
    );

    expect(result).toMatchObject({ name: 'AbortError' });
    expect(ms).toBeGreaterThanOrEqual(450);
    expect(ms).toBeLessThan(1500);
    expect(h.emulator.requestsFor('getConversationMember')).toHaveLength(1);
  });
});

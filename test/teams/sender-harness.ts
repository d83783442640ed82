import type { Deliver } from '../../bot/src/outbox/delivery';
import type { SendThrottle } from '../../bot/src/outbox/send-throttle';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import { createTeamsSender, type TeamsSender } from '../../bot/src/teams/teams-sender';
import { startConnectorEmulator, type ConnectorEmulator } from '../support/connector-emulator';
import { channelOf, testTeam, testTenantId, testUser } from '../support/teams-fixtures';

export const alex = testUser('Alex Wilber');
export const megan = testUser('Megan Bowen');
export const team = testTeam('CSO', ['Tilbagekald', 'Koordinering'], [alex, megan]);
export const callbacksChannel = channelOf(team, 'Tilbagekald');
export const tenantId = testTenantId;

/** A connector emulator with the CSO team, started and closed around each test. */
export function useEmulator() {
  const h = {} as { emulator: ConnectorEmulator };
  beforeEach(async () => {
    h.emulator = await startConnectorEmulator({ teams: [team] });
  });
  afterEach(async () => {
    await h.emulator.close();
  });
  return h;
}

export function senderFor(
  emulator: ConnectorEmulator,
  options: { timeoutMs?: number; throttle?: SendThrottle } = {},
): TeamsSender {
  return createTeamsSender({ logger: createMemoryLogger('warn'), credentials: null, ...options });
}

/**
 * A stand-in for the composition root's post_callback delivery: a new thread in the channel
 * named by the payload, with the payload's text. Only the sending matters here.
 */
export const postThread =
  (sender: TeamsSender, emulator: ConnectorEmulator): Deliver =>
  async (entry, { signal }) => {
    const { channelId, text } = entry.payload as { channelId: string; text: string };
    return sender.createThread({
      serviceUrl: emulator.serviceUrl,
      tenantId,
      channelId,
      activity: { type: 'message', text },
      signal,
    });
  };

/** A reply into an existing thread, as a reminder delivery sends. */
export const replyInThread =
  (sender: TeamsSender, emulator: ConnectorEmulator): Deliver =>
  async (entry, { signal }) => {
    const { conversationId, text } = entry.payload as { conversationId: string; text: string };
    return sender.reply({
      serviceUrl: emulator.serviceUrl,
      conversationId,
      activity: { type: 'message', text },
      signal,
    });
  };

/** Texts of the threads in a channel, in order: each must appear exactly once. */
export const threadTexts = (emulator: ConnectorEmulator, channelId = callbacksChannel.id): string[] =>
  emulator.threadsIn(channelId).map((t) => String(t.activity.text));

import type { Activity, ConversationParameters } from 'botbuilder';
import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import type { ConnectorEmulator } from '../support/connector-emulator';
import { channelOf, testTeam, testTenantId, testUser } from '../support/teams-fixtures';

// botbuilder's CloudAdapter without an app id builds exactly this client: empty credentials (no
// Authorization header) and the activity's serviceUrl as base URI. Its pipeline retries by itself.
export const clientFor = (emulator: ConnectorEmulator) =>
  new ConnectorClient(MicrosoftAppCredentials.Empty, { baseUri: emulator.serviceUrl });

export const alex = testUser('Alex Wilber');
export const megan = testUser('Megan Bowen');
export const stranger = testUser('Ukendt Person');
export const team = testTeam('CSO', ['Borgerservice', 'Ældre og Sundhed'], [alex, megan]);
export const borgerservice = channelOf(team, 'Borgerservice');

export const message = (text: string): Activity => ({ type: 'message', text }) as Activity;
export const newThread = (channelId: string, text: string): ConversationParameters =>
  ({
    isGroup: true,
    channelData: { channel: { id: channelId }, tenant: { id: testTenantId } },
    activity: message(text),
  }) as ConversationParameters;

/** The error botbuilder's client throws, reduced to what a caller branches on. */
export async function failureOf(promise: Promise<unknown>): Promise<{ statusCode?: number; code?: string }> {
  try {
    await promise;
  } catch (e) {
    const { statusCode, code } = e as { statusCode?: number; code?: string };
    return { statusCode, code };
  }
  throw new Error('expected the connector call to fail');
}

import type { ConversationParameters } from 'botbuilder';
import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import { createMemoryLogger } from '../../bot/src/shared/logger';
import { createChannelMessageReader } from '../../bot/src/teams/graph/channel-messages';
import {
  defaultGraphApp,
  startConnectorEmulator,
  type ConnectorEmulator,
} from '../support/connector-emulator';
import { channelOf, testTeam, testTenantId } from '../support/teams-fixtures';

const team = testTeam('CSO', ['Tilbagekald']);
const channel = channelOf(team, 'Tilbagekald');
const card = (n: number) => ({
  type: 'message',
  attachments: [
    {
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: { type: 'AdaptiveCard', body: [{ text: `kort ${n}` }] },
    },
  ],
});

let emulator: ConnectorEmulator;
beforeEach(async () => {
  emulator = await startConnectorEmulator({ teams: [team] });
});
afterEach(async () => {
  await emulator.close();
});

const post = (n: number) =>
  new ConnectorClient(MicrosoftAppCredentials.Empty, {
    baseUri: emulator.serviceUrl,
  }).conversations.createConversation({
    isGroup: true,
    channelData: { channel: { id: channel.id }, tenant: { id: testTenantId } },
    activity: card(n),
  } as unknown as ConversationParameters);

const reader = (secret = defaultGraphApp.clientSecret) =>
  createChannelMessageReader({
    ...defaultGraphApp,
    clientSecret: secret,
    authorityHost: emulator.serviceUrl,
    graphBaseUrl: emulator.serviceUrl,
    timeoutMs: 5_000,
    logger: createMemoryLogger('warn'),
  });

async function readAll(r: ReturnType<typeof reader>) {
  const pages = [];
  for await (const page of r.pages(team.aadGroupId!, channel.id, new AbortController().signal))
    pages.push(page);
  return pages;
}

describe('Microsoft Graph as the emulator serves it (ChannelMessage.Read.Group)', () => {
  test('a granted team’s channel lists the bot’s thread roots newest first, 50 a page, cards as JSON text', async () => {
    emulator.graph.grant(team.aadGroupId!);
    for (let n = 1; n <= 55; n++) await post(n);

    const pages = await readAll(reader());

    expect(pages.map((p) => p.length)).toEqual([50, 5]);
    const all = pages.flat();
    expect(JSON.parse(all[0]!.cards[0]!)).toEqual(card(55).attachments[0]!.content);
    expect(all.at(-1)!.cards[0]).toContain('kort 1"');
    expect(all.every((m) => m.fromApplicationId === defaultGraphApp.clientId && !m.deleted)).toBe(true);
    expect(emulator.requestsFor('graphToken')).toHaveLength(1);
  });

  test('without the grant Graph answers 403, with a wrong secret Entra answers 401', async () => {
    await post(1);
    await expect(readAll(reader())).rejects.toMatchObject({ code: 'GRAPH_UNAVAILABLE', status: 403 });
    await expect(readAll(reader('wrong'))).rejects.toMatchObject({ code: 'GRAPH_UNAVAILABLE' });
    expect(emulator.requestsFor('graphToken').at(-1)?.status).toBe(401);
  });

  test('faults are injected on Graph routes like on the connector’s', async () => {
    emulator.graph.grant(team.aadGroupId!);
    emulator.failNext({ route: 'listChannelMessages' }, [{ status: 503 }]);
    await expect(readAll(reader())).rejects.toMatchObject({ status: 503 });
    expect(await readAll(reader())).toEqual([[]]);
  });
});

describe('faults over time and channels that are gone', () => {
  test('a window answers every matching request with the fault until it ends', async () => {
    // One request each, without the client's own retries.
    const once = async (n: number) =>
      (
        await fetch(`${emulator.serviceUrl}v3/conversations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            isGroup: true,
            channelData: { channel: { id: channel.id }, tenant: { id: testTenantId } },
            activity: card(n),
          }),
        })
      ).status;
    emulator.failFor({ route: 'createConversation' }, { status: 503 }, 300);
    expect([await once(1), await once(2)]).toEqual([503, 503]);
    await new Promise((r) => setTimeout(r, 350));
    expect(await once(3)).toBe(201);
    expect(emulator.threadsIn(channel.id)).toHaveLength(1);
  });

  test('a deleted channel answers 404 ConversationNotFound; a team without the bot 403', async () => {
    const other = testTeam('CSI', ['Opkald']);
    emulator.addTeam(other);
    emulator.removeChannel(channel.id);
    await expect(post(1)).rejects.toMatchObject({ statusCode: 404, code: 'ConversationNotFound' });
    emulator.removeTeam(other.id);
    const conversations = new ConnectorClient(MicrosoftAppCredentials.Empty, { baseUri: emulator.serviceUrl })
      .conversations;
    await expect(
      conversations.createConversation({
        isGroup: true,
        channelData: { channel: { id: channelOf(other, 'Opkald').id }, tenant: { id: testTenantId } },
        activity: card(2),
      } as unknown as ConversationParameters),
    ).rejects.toMatchObject({ statusCode: 403, code: 'BotNotInConversationRoster' });
  });
});

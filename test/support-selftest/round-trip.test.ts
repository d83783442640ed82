import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  TeamsActivityHandler,
  TeamsInfo,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type Request,
  type Response,
} from 'botbuilder';
import { postActivity } from '../support/bot-client';
import { startConnectorEmulator, type ConnectorEmulator } from '../support/connector-emulator';
import {
  cardAction,
  channelCreated,
  channelMention,
  inChannelThread,
  installInTeam,
  installPersonal,
  personalMessage,
  submitAction,
  threadOf,
} from '../support/teams-activities';
import { channelOf, testTeam, testUser } from '../support/teams-fixtures';

// A throwaway botbuilder bot in local mode (no app id), to prove that the builders' activities are
// what botbuilder expects and that its replies reach the emulator through `serviceUrl`.
class ProbeBot extends TeamsActivityHandler {
  readonly events: string[] = [];

  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const { activity } = context;
      if (activity.value) {
        await context.sendActivity(`Indsendt: ${JSON.stringify(activity.value)}`);
      } else if (activity.conversation.conversationType === 'channel') {
        const command = TurnContext.removeRecipientMention(activity)?.trim();
        const member = await TeamsInfo.getMember(context, activity.from.id);
        await context.sendActivity(`${member.name} bad om: ${command}`);
      } else {
        await context.sendActivity(`Du skrev: ${activity.text}`);
      }
      await next();
    });
    this.onInstallationUpdateAdd(async (_context, next) => {
      this.events.push('installationUpdate add');
      await next();
    });
    this.onTeamsMembersAddedEvent(async (membersAdded, _team, context, next) => {
      const botAdded = membersAdded.some((m) => m.id === context.activity.recipient.id);
      this.events.push(`membersAdded bot=${botAdded}`);
      await next();
    });
    this.onTeamsChannelCreatedEvent(async (channel, team, _context, next) => {
      this.events.push(`channelCreated ${channel.name} in ${team.id}`);
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    _context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: invokeValue.action.verb }],
    };
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
  }
}

/** The restify-like request/response that CloudAdapter.process wants, over plain node:http. */
async function startProbe(bot: ProbeBot): Promise<{ url: string; close: () => Promise<void> }> {
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({} as ConfigurationBotFrameworkAuthenticationOptions),
  );
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request: Request = {
      body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
      headers: req.headers,
      method: req.method,
    };
    const response: Response = {
      socket: res.socket,
      status: (code: number) => (res.statusCode = code),
      header: (name: string, value: unknown) => res.setHeader(name, String(value)),
      send: (body?: unknown) => {
        if (body !== undefined) res.setHeader('content-type', 'application/json');
        res.write(body === undefined ? '' : JSON.stringify(body));
      },
      end: () => res.end(),
    };
    await adapter.process(request, response, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const alex = testUser('Alex Wilber');
const team = testTeam('CSO', ['Borgerservice'], [alex]);
const borgerservice = channelOf(team, 'Borgerservice');

let emulator: ConnectorEmulator;
let bot: ProbeBot;
let probe: Awaited<ReturnType<typeof startProbe>>;
beforeEach(async () => {
  emulator = await startConnectorEmulator({ teams: [team] });
  bot = new ProbeBot();
  probe = await startProbe(bot);
});
afterEach(async () => {
  await probe.close();
  await emulator.close();
});

test('a personal message is answered as a reply in the personal chat', async () => {
  const incoming = personalMessage({ text: 'gult kort', user: alex, serviceUrl: emulator.serviceUrl });

  const answer = await postActivity(probe.url, incoming);

  expect(answer.status).toBe(200);
  expect(emulator.sent()).toEqual([
    expect.objectContaining({
      kind: 'reply',
      conversationId: incoming.conversation.id,
      replyToId: incoming.id,
      activity: expect.objectContaining({ text: 'Du skrev: gult kort' }),
    }),
  ]);
});

test('a channel mention is stripped of the mention, and the member is looked up in the team', async () => {
  const incoming = channelMention({
    text: 'tilknyt CSO',
    user: alex,
    team,
    channel: borgerservice,
    serviceUrl: emulator.serviceUrl,
  });

  await postActivity(probe.url, incoming);

  expect(threadOf(incoming)).toBe(`${borgerservice.id};messageid=${incoming.id}`);
  // TeamsInfo.getMember asks the team (channelData.team.id), not the thread.
  expect(emulator.requestsFor('getConversationMember')).toEqual([
    expect.objectContaining({ conversationId: team.id, memberId: alex.id, status: 200 }),
  ]);
  expect(emulator.sent().map((s) => [s.conversationId, s.activity.text])).toEqual([
    [threadOf(incoming), 'Alex Wilber bad om: tilknyt CSO'],
  ]);
});

test('an Action.Execute press is answered in the HTTP response', async () => {
  const invoke = cardAction({
    verb: 'callback.claim',
    data: { callbackId: 'cb-1', version: 3 },
    user: alex,
    conversation: inChannelThread(team, borgerservice, '1760000000000'),
    replyToId: '1760000000000',
    serviceUrl: emulator.serviceUrl,
  });

  const answer = await postActivity(probe.url, invoke);

  expect(answer).toEqual({
    status: 200,
    body: {
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'callback.claim' }] },
    },
  });
  expect(emulator.sent()).toEqual([]);
});

test('an Action.Submit press arrives as a message with the form values', async () => {
  const submit = submitAction({
    value: { action: 'book', phone: '45 87 65 43' },
    user: alex,
    conversation: inChannelThread(team, borgerservice, '1760000000000'),
    replyToId: '1760000000001',
    serviceUrl: emulator.serviceUrl,
  });

  await postActivity(probe.url, submit);

  expect(emulator.sent().map((s) => s.activity.text)).toEqual([
    'Indsendt: {"action":"book","phone":"45 87 65 43"}',
  ]);
});

test('install and channel events reach the matching Teams handlers', async () => {
  const serviceUrl = emulator.serviceUrl;
  const newChannel = { id: borgerservice.id, name: 'Borgerservice' };
  const activities = [
    ...installPersonal({ user: alex, serviceUrl }),
    ...installInTeam({ user: alex, team, serviceUrl }),
    channelCreated({ user: alex, team, channel: newChannel, serviceUrl }),
  ];

  for (const activity of activities) expect((await postActivity(probe.url, activity)).status).toBe(200);

  expect(bot.events).toEqual([
    'installationUpdate add',
    'membersAdded bot=true',
    'installationUpdate add',
    'membersAdded bot=true',
    `channelCreated Borgerservice in ${team.id}`,
  ]);
});

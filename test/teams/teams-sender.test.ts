import { ConnectorFailure } from '../../bot/src/teams/connector-failure';
import { alertingActivity } from '../../bot/src/teams/sender-alerting-activity';
import { alex, callbacksChannel, senderFor, team, tenantId, useEmulator } from './sender-harness';
import { testUser } from '../support/teams-fixtures';

const h = useEmulator();
const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'TB-1001' }] };
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the send to fail');
    },
    (e: unknown) => e,
  );

describe('sending to Teams through the Bot Connector', () => {
  test('a new thread in a channel keeps both the thread id (for replies) and the activity id (for updates)', async () => {
    const sender = senderFor(h.emulator);

    const thread = await sender.createThread({
      serviceUrl: h.emulator.serviceUrl,
      tenantId,
      channelId: callbacksChannel.id,
      activity: alertingActivity(card, 'TB-1001: Hjemmehjælp'),
    });

    expect(thread.conversationId).toBe(`${callbacksChannel.id};messageid=${thread.activityId}`);
    expect(h.emulator.threadsIn(callbacksChannel.id)).toEqual([
      expect.objectContaining({ conversationId: thread.conversationId, activityId: thread.activityId }),
    ]);
    expect(h.emulator.requestsFor('createConversation')[0]?.body).toMatchObject({
      isGroup: true,
      channelData: { channel: { id: callbacksChannel.id }, tenant: { id: tenantId } },
    });
  });

  test('an update replaces the card for everyone; a reply lands in the thread', async () => {
    const sender = senderFor(h.emulator);
    const target = { serviceUrl: h.emulator.serviceUrl };
    const thread = await sender.createThread({
      ...target,
      tenantId,
      channelId: callbacksChannel.id,
      activity: { type: 'message', text: 'Ledig' },
    });

    await sender.updateActivity({
      ...target,
      ...thread,
      activity: { type: 'message', text: 'Taget af Alex' },
    });
    const reply = await sender.reply({
      ...target,
      conversationId: thread.conversationId,
      activity: { type: 'message', text: 'Påmindelse' },
    });

    expect(h.emulator.activity(thread.conversationId, thread.activityId)).toMatchObject({
      text: 'Taget af Alex',
      id: thread.activityId,
    });
    expect(h.emulator.sent().map((s) => [s.conversationId, s.activityId])).toEqual([
      [thread.conversationId, thread.activityId],
      [thread.conversationId, reply.activityId],
    ]);
  });

  test('a proactive 1:1 message opens the chat with the user and sends there', async () => {
    const sender = senderFor(h.emulator);

    const sent = await sender.sendToUser({
      serviceUrl: h.emulator.serviceUrl,
      tenantId,
      teamsUserId: alex.id,
      activity: { type: 'message', text: 'Dit tilbagekald TB-1001 er lukket.' },
    });

    expect(sent.conversationId).toMatch(/^a:/);
    expect(h.emulator.sent()).toEqual([
      expect.objectContaining({ conversationId: sent.conversationId, activityId: sent.activityId }),
    ]);
    expect(h.emulator.requestsFor('createConversation')[0]?.body).toMatchObject({
      isGroup: false,
      members: [{ id: alex.id }],
      channelData: { tenant: { id: tenantId } },
    });
  });

  test('a member of the team is found; someone outside it is null, not an error', async () => {
    const sender = senderFor(h.emulator);
    const thread = `${callbacksChannel.id};messageid=1700000000000`;
    const lookUp = (userId: string) =>
      sender.getMember({ serviceUrl: h.emulator.serviceUrl, conversationId: thread, userId });

    expect(await lookUp(alex.aadObjectId)).toMatchObject({
      id: alex.id,
      name: 'Alex Wilber',
      aadObjectId: alex.aadObjectId,
    });
    expect(await lookUp(testUser('Ukendt Person').id)).toBeNull();
  });

  test('a 429 reaches the caller once, with Retry-After read from the header', async () => {
    h.emulator.failNext({ route: 'createConversation' }, [{ status: 429, retryAfterSeconds: 2 }]);

    const failure = await failureOf(
      senderFor(h.emulator).createThread({
        serviceUrl: h.emulator.serviceUrl,
        tenantId,
        channelId: callbacksChannel.id,
        activity: { type: 'message', text: 'x' },
      }),
    );

    expect(failure).toBeInstanceOf(ConnectorFailure);
    expect((failure as ConnectorFailure).toJSON()).toEqual({
      status: 429,
      retryAfterSeconds: 2,
      code: 'TooManyRequests',
      message: expect.any(String),
    });
    // botbuilder's client would have retried by itself; the outbox owns retries instead.
    expect(h.emulator.requestsFor('createConversation').map((r) => r.status)).toEqual([429]);
  });

  test.each([
    ['a server error', { status: 502 }, { status: 502, code: 'BadGateway' }],
    ['a held request (timeout)', { timeoutMs: 5_000 }, { code: 'timeout' }],
    ['a dropped connection', { reset: true as const }, { code: 'ECONNRESET' }],
  ])('%s is reported once, plainly', async (_what, fault, expected) => {
    h.emulator.failNext({ route: 'sendToConversation' }, [fault]);

    const failure = await failureOf(
      senderFor(h.emulator, { timeoutMs: 200 }).reply({
        serviceUrl: h.emulator.serviceUrl,
        conversationId: callbacksChannel.id,
        activity: { type: 'message', text: 'x' },
      }),
    );

    expect(failure).toMatchObject(expected);
    expect(h.emulator.requestsFor('sendToConversation')).toHaveLength(1);
  });

  test('the bot removed from the team gets 403 BotNotInConversationRoster', async () => {
    h.emulator.removeTeam(team.id);

    const failure = await failureOf(
      senderFor(h.emulator).createThread({
        serviceUrl: h.emulator.serviceUrl,
        tenantId,
        channelId: callbacksChannel.id,
        activity: { type: 'message', text: 'x' },
      }),
    );

    expect(failure).toMatchObject({ status: 403, code: 'BotNotInConversationRoster' });
  });
});

describe('a channel post that alerts people', () => {
  test('carries the card, a summary for the feed, and the mention of a tag that Teams can resolve', () => {
    const activity = alertingActivity(card, 'TB-1001: Hjemmehjælp', {
      kind: 'tag',
      id: 'tag-cso-tilbagekald',
      name: 'CSO tilbagekald',
    });

    expect(activity).toEqual({
      type: 'message',
      summary: 'TB-1001: Hjemmehjælp',
      text: '<at>CSO tilbagekald</at> TB-1001: Hjemmehjælp',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
      entities: [
        {
          type: 'mention',
          text: '<at>CSO tilbagekald</at>',
          mentioned: { id: 'tag-cso-tilbagekald', name: 'CSO tilbagekald', type: 'tag' },
        },
      ],
      channelData: { notification: { alert: true } },
    });
  });

  test('text that looks like markup cannot forge a mention', () => {
    const activity = alertingActivity(card, '<at>Alle</at> & andre', { kind: 'tag', id: 't1', name: 'CSO' });

    expect(activity.text).toBe('<at>CSO</at> &lt;at&gt;Alle&lt;/at&gt; &amp; andre');
    expect(activity.entities).toHaveLength(1);
  });

  test('without a mention the post is the card alone, with the summary for the notification', () => {
    const activity = alertingActivity(card, 'TB-1042: Madservice');

    expect(activity.text).toBeUndefined();
    expect(activity.summary).toBe('TB-1042: Madservice');
    expect(activity.entities).toBeUndefined();
  });
});

import type { Activity, ConversationParameters } from 'botbuilder';
import { MicrosoftAppCredentials, TeamsConnectorClient } from 'botframework-connector';
import { startConnectorEmulator, type ConnectorEmulator } from '../support/connector-emulator';
import { channelOf, testTenantId, testUser } from '../support/teams-fixtures';
import { teamsIds } from '../support/teams-ids';
import {
  alex,
  borgerservice,
  clientFor,
  failureOf,
  megan,
  message,
  newThread,
  stranger,
  team,
} from './emulator-fixture';

let emulator: ConnectorEmulator;
beforeEach(async () => {
  emulator = await startConnectorEmulator({ teams: [team] });
});
afterEach(async () => {
  await emulator.close();
});

describe('channel threads, replies and updates', () => {
  test('a new thread in a channel returns the thread conversation id and the root activity id', async () => {
    const created = await clientFor(emulator).conversations.createConversation(
      newThread(borgerservice.id, 'Ny sag'),
    );

    expect(created.id).toBe(`${borgerservice.id};messageid=${created.activityId}`);
    expect(emulator.threadsIn(borgerservice.id)).toEqual([
      expect.objectContaining({ conversationId: created.id, activityId: created.activityId }),
    ]);
    expect(emulator.activity(created.id!, created.activityId!)).toMatchObject({ text: 'Ny sag' });
  });

  test('a reply into the thread arrives with the encoded conversation id decoded', async () => {
    const client = clientFor(emulator);
    const thread = await client.conversations.createConversation(newThread(borgerservice.id, 'Ny sag'));

    const reply = await client.conversations.replyToActivity(
      thread.id!,
      thread.activityId!,
      message('Påmindelse'),
    );

    const request = emulator.requestsFor('replyToActivity')[0];
    expect(request?.rawUrl).toContain('%3Bmessageid%3D'); // ';' and '=' travel percent-encoded
    expect(request).toMatchObject({ conversationId: thread.id, activityId: thread.activityId, status: 201 });
    expect(emulator.sent().map((s) => [s.kind, s.conversationId, s.activityId])).toEqual([
      ['thread', thread.id, thread.activityId],
      ['reply', thread.id, reply.id],
    ]);
  });

  test('an update replaces the posted card for everyone; an update of an unknown message is refused', async () => {
    const client = clientFor(emulator);
    const thread = await client.conversations.createConversation(newThread(borgerservice.id, 'Ledig'));

    const updated = await client.conversations.updateActivity(thread.id!, thread.activityId!, {
      ...message('Taget af Alex'),
      id: thread.activityId,
    } as Activity);

    expect(updated.id).toBe(thread.activityId);
    expect(emulator.activity(thread.id!, thread.activityId!)).toMatchObject({ text: 'Taget af Alex' });
    expect(emulator.updatesOf(thread.activityId!)).toHaveLength(1);
    expect(await failureOf(client.conversations.updateActivity(thread.id!, '999', message('x')))).toEqual({
      statusCode: 404,
      code: 'ActivityNotFoundInConversation',
    });
  });

  test('a deleted message is gone', async () => {
    const client = clientFor(emulator);
    const thread = await client.conversations.createConversation(newThread(borgerservice.id, 'Fejlpost'));

    await client.conversations.deleteActivity(thread.id!, thread.activityId!);

    expect(emulator.activity(thread.id!, thread.activityId!)).toBeUndefined();
  });

  test('the bot cannot post in a private channel or a team it was removed from', async () => {
    const privateChannel = {
      id: teamsIds.channel('CSO/Ledelse'),
      name: 'Ledelse',
      membershipType: 'private' as const,
    };
    emulator.addTeam({ ...team, channels: [...(team.channels ?? []), privateChannel] });
    const client = clientFor(emulator);

    const inPrivate = await failureOf(
      client.conversations.createConversation(newThread(privateChannel.id, 'x')),
    );
    emulator.removeTeam(team.id);
    const afterRemoval = await failureOf(
      client.conversations.sendToConversation(borgerservice.id, message('x')),
    );

    expect([inPrivate, afterRemoval]).toEqual([
      { statusCode: 403, code: 'BotNotInConversationRoster' },
      { statusCode: 403, code: 'BotNotInConversationRoster' },
    ]);
    expect(emulator.sent()).toEqual([]);
  });

  test('a message above 28 KB (its JSON in UTF-16) is refused with 413 MessageSizeTooBig, one below is taken', async () => {
    // {"type":"message","text":"…"} is 28 characters around the text; 2 bytes each in UTF-16.
    const sized = (bytes: number) => message('x'.repeat(bytes / 2 - 28));
    const client = clientFor(emulator);

    const failure = await failureOf(
      client.conversations.sendToConversation(borgerservice.id, sized(28 * 1024 + 2)),
    );
    const taken = await client.conversations.sendToConversation(borgerservice.id, sized(28 * 1024));

    expect(failure).toEqual({ statusCode: 413, code: 'MessageSizeTooBig' });
    expect(taken.id).toBeDefined();
  });
});

describe('members and channels', () => {
  test.each([
    ['Teams user id', alex.id],
    ['AAD object id', alex.aadObjectId],
  ])('a team member is found in a channel thread by %s', async (_label, memberId) => {
    const thread = `${borgerservice.id};messageid=1700000000000`;

    const member = await clientFor(emulator).conversations.getConversationMember(thread, memberId);

    expect(member).toMatchObject({ id: alex.id, name: 'Alex Wilber', aadObjectId: alex.aadObjectId });
  });

  test('someone outside the team gets 404 MemberNotFoundInConversation', async () => {
    const failure = await failureOf(
      clientFor(emulator).conversations.getConversationMember(borgerservice.id, stranger.id),
    );

    expect(failure).toEqual({ statusCode: 404, code: 'MemberNotFoundInConversation' });
  });

  test('"not a member" can come as 400 with the same code, as Teams also answers it', async () => {
    emulator.answerNotMemberWith(400);

    const failure = await failureOf(
      clientFor(emulator).conversations.getConversationMember(borgerservice.id, stranger.id),
    );

    expect(failure).toEqual({ statusCode: 400, code: 'MemberNotFoundInConversation' });
  });

  test('paged members come in pages of at least 50 and together list everyone once', async () => {
    const crowd = Array.from({ length: 120 }, (_, i) => testUser(`Agent ${i}`));
    emulator.addTeam({ ...team, members: crowd });
    const client = clientFor(emulator);

    const pages: number[] = [];
    const seen: string[] = [];
    let continuationToken: string | undefined;
    do {
      // The generated options type marks both fields required; botbuilder's TeamsInfo omits them too.
      const options = { pageSize: 10, ...(continuationToken ? { continuationToken } : {}) };
      const page = await client.conversations.getConversationPagedMembers(
        team.id,
        options as { pageSize: number; continuationToken: string },
      );
      pages.push(page.members?.length ?? 0);
      seen.push(...(page.members ?? []).map((m) => m.id));
      continuationToken = page.continuationToken;
    } while (continuationToken);

    expect(pages).toEqual([50, 50, 20]);
    expect(seen).toEqual(crowd.map((u) => u.id));
  });

  test('the channel list names every channel except General, whose id is the team id', async () => {
    const teams = new TeamsConnectorClient(MicrosoftAppCredentials.Empty, { baseUri: emulator.serviceUrl });

    const list = await teams.teams.fetchChannelList(team.id);

    expect(list.conversations).toEqual([
      { id: team.id },
      { id: borgerservice.id, name: 'Borgerservice' },
      { id: channelOf(team, 'Ældre og Sundhed').id, name: 'Ældre og Sundhed' },
    ]);
  });

  test('a 1:1 conversation with a user is stable per user and needs the tenant', async () => {
    const client = clientFor(emulator);
    const params = (tenant?: string) =>
      ({
        isGroup: false,
        members: [{ id: megan.id }],
        ...(tenant ? { channelData: { tenant: { id: tenant } } } : {}),
      }) as ConversationParameters;

    const first = await client.conversations.createConversation(params(testTenantId));
    const second = await client.conversations.createConversation(params(testTenantId));
    const noTenant = await failureOf(client.conversations.createConversation(params()));

    expect(first.id).toMatch(/^a:/);
    expect(second.id).toBe(first.id);
    expect(noTenant).toEqual({ statusCode: 400, code: 'BadSyntax' });
    expect(await client.conversations.getConversationMember(first.id!, megan.id)).toMatchObject({
      name: 'Megan Bowen',
    });
  });
});

describe('faults', () => {
  test('a 429 without Retry-After reaches the caller; its own retry posts the card exactly once', async () => {
    emulator.failNext({ route: 'createConversation' }, [{ status: 429 }]);
    const client = clientFor(emulator);

    const first = await failureOf(
      client.conversations.createConversation(newThread(borgerservice.id, 'Sag')),
    );
    const retried = await client.conversations.createConversation(newThread(borgerservice.id, 'Sag'));

    expect(first.statusCode).toBe(429);
    expect(emulator.requestsFor('createConversation').map((r) => r.status)).toEqual([429, 201]);
    expect(emulator.threadsIn(borgerservice.id).map((t) => t.activityId)).toEqual([retried.activityId]);
  });

  test("a 429 with Retry-After is retried by botbuilder's client itself, and both attempts are recorded", async () => {
    emulator.failNext({ method: 'POST', path: /^\/v3\/conversations$/ }, [
      { status: 429, retryAfterSeconds: 0 },
    ]);

    const created = await clientFor(emulator).conversations.createConversation(
      newThread(borgerservice.id, 'Sag'),
    );

    const attempts = emulator.requestsFor('createConversation');
    expect(attempts.map((r) => [r.status, r.responseBody])).toEqual([
      [429, { error: { code: 'TooManyRequests', message: expect.any(String) } }],
      [201, { id: created.id, activityId: created.activityId }],
    ]);
    expect(emulator.threadsIn(borgerservice.id)).toHaveLength(1);
    expect(emulator.pendingFaults()).toBe(0);
  });

  test('a dropped answer to a post that Teams did process makes the retrying client post twice', async () => {
    emulator.failNext({ route: 'sendToConversation' }, [{ reset: true, processed: true }]);

    await clientFor(emulator).conversations.sendToConversation(borgerservice.id, message('Sag'));

    expect(emulator.requestsFor('sendToConversation').map((r) => r.status)).toEqual([0, 201]);
    expect(emulator.threadsIn(borgerservice.id)).toHaveLength(2);
  });

  test('a held request ends in a dropped connection; faults only hit the matching conversation', async () => {
    const other = channelOf(team, 'Ældre og Sundhed');
    emulator.failNext({ conversationId: borgerservice.id }, [{ timeoutMs: 20 }]);
    const client = clientFor(emulator);

    await client.conversations.sendToConversation(other.id, message('Upåvirket'));
    await client.conversations.sendToConversation(borgerservice.id, message('Sag'));

    expect(emulator.requests.map((r) => [r.conversationId, r.status])).toEqual([
      [other.id, 201],
      [borgerservice.id, 0],
      [borgerservice.id, 201],
    ]);
    expect(emulator.threadsIn(borgerservice.id)).toHaveLength(1);
  });

  // What the bot's own retry layer must know: the client already retries some statuses (up to 3
  // times, about 1 s apart), so the attempts multiply; 412 and 429 without Retry-After reach the caller.
  test.each([
    [412, [412]],
    [502, [502, 201]],
    [503, [503, 201]],
  ])('a %i is retried by the client itself only when it is a server error', async (status, statuses) => {
    emulator.failNext({ route: 'sendToConversation' }, [{ status }]);

    await clientFor(emulator)
      .conversations.sendToConversation(borgerservice.id, message('Sag'))
      .catch(() => undefined);

    expect(emulator.requestsFor('sendToConversation').map((r) => r.status)).toEqual(statuses);
  });

  test('a slow answer still posts once; a request held forever is dropped when the emulator closes', async () => {
    emulator.failNext({ route: 'sendToConversation' }, [{ delayMs: 30 }, { timeoutMs: Infinity }]);
    const client = clientFor(emulator);

    await client.conversations.sendToConversation(borgerservice.id, message('Langsom'));
    const held = fetch(
      `${emulator.serviceUrl}v3/conversations/${encodeURIComponent(borgerservice.id)}/activities`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message('Hænger')),
      },
    );
    await emulator.waitFor((r) => r.status === 0);
    await emulator.close();

    await expect(held).rejects.toThrow();
    expect(emulator.requests.map((r) => [r.status, r.fault])).toEqual([
      [201, { delayMs: 30 }],
      [0, { timeoutMs: Infinity }],
    ]);
    expect(emulator.threadsIn(borgerservice.id)).toHaveLength(1);
    emulator = await startConnectorEmulator(); // afterEach closes it
  });

  test('a status fault can be answered late, like a throttled Teams slow to say so', async () => {
    emulator.failNext({ route: 'sendToConversation' }, [
      { status: 429, retryAfterSeconds: 30, delayMs: 200 },
    ]);
    const url = `${emulator.serviceUrl}v3/conversations/${encodeURIComponent(borgerservice.id)}/activities`;
    const started = Date.now();

    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message('Sent svar')),
    });

    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(emulator.sent()).toEqual([]);
  });

  test('waitFor resolves when a matching request arrives and reset forgets the traffic', async () => {
    const arrived = emulator.waitFor((r) => r.route === 'sendToConversation');
    const posted = fetch(
      `${emulator.serviceUrl}v3/conversations/${encodeURIComponent(borgerservice.id)}/activities`,
      {
        method: 'POST',
        headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
        body: JSON.stringify(message('Hej')),
      },
    );

    const request = await arrived;
    await posted;
    emulator.reset();

    expect(request).toMatchObject({ authorization: 'Bearer test-token', conversationId: borgerservice.id });
    expect([emulator.requests.length, emulator.sent().length]).toEqual([0, 0]);
  });
});

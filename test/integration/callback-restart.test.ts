import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deliveryMessages } from '../../bot/src/texts/delivery';
import { postActivity } from '../support/bot-client';
import { startConnectorEmulator, type ConnectorEmulator } from '../support/connector-emulator';
import {
  cardAction,
  channelMention,
  inPersonalChat,
  submitAction,
  teamsIds,
} from '../support/teams-activities';
import { channelOf, testTeam, testUser } from '../support/teams-fixtures';
import { actionData, citizen } from './callback-steps';
import { cardOf, textOf } from './harness';
import { startServerProcess, type ServerProcess } from './server-process';

const agent = testUser('Alex Wilber');
const hanne = testUser('Hanne Holm');
const cso = testTeam('Sundhed og Omsorg', ['Tilbagekald'], [hanne]);
const channel = channelOf(cso, 'Tilbagekald');

describe('nothing is lost when the server dies between storing a callback and posting it', () => {
  let emulator: ConnectorEmulator;
  let dir: string;
  const servers: ServerProcess[] = [];
  const env = () => ({
    SQLITE_FILE: path.join(dir, 'kc.sqlite'),
    OUTBOX_POLL_MS: '100',
    OUTBOX_TEAMS_TIMEOUT_MS: '1000',
  });

  beforeAll(async () => {
    emulator = await startConnectorEmulator({ teams: [cso] });
    emulator.addUser(agent);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontaktcenter-restart-'));
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill()));
    await emulator.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('killed while Teams is not answering, restarted: the card arrives, once, saying it may be there twice', async () => {
    const first = await startServerProcess(env());
    servers.push(first);
    const serviceUrl = emulator.serviceUrl;
    await postActivity(
      first.url,
      channelMention({ serviceUrl, user: hanne, team: cso, channel, text: 'tilknyt CSO' }),
    );

    // Teams takes the post but never answers, so the post is in flight when the process dies.
    emulator.failNext({ route: 'createConversation' }, [{ timeoutMs: Infinity }]);
    const personal = inPersonalChat(agent);
    const mark = emulator.sent().length;
    await postActivity(
      first.url,
      submitAction({
        serviceUrl,
        user: agent,
        value: { verb: 'callback.form', guideId: 'madservice-afbestilling' },
        conversation: personal,
        replyToId: '1',
      }),
    );
    const form = emulator
      .sent()
      .slice(mark)
      .find((p) => p.conversationId === teamsIds.personalConversation(agent.id))!;
    const hidden = actionData(cardOf(form.activity), 'callback.book');
    const booked = await postActivity(
      first.url,
      cardAction({
        serviceUrl,
        user: agent,
        verb: 'callback.book',
        data: { ...hidden, ...citizen },
        conversation: personal,
        replyToId: '1',
      }),
    );
    const reference = /TB-\d+/.exec(textOf(booked.body))![0];
    await emulator
      .waitFor((r) => r.route === 'createConversation' && r.status === 0, 5000)
      .catch(() => undefined);
    await first.kill('SIGKILL');
    expect(emulator.threadsIn(channel.id).filter((t) => textOf(t.activity).includes(reference))).toHaveLength(
      0,
    );

    const second = await startServerProcess(env());
    servers.push(second);
    await emulator.waitFor(
      (r) =>
        r.route === 'createConversation' &&
        r.status > 0 &&
        r.status < 300 &&
        textOf(r.body).includes(reference),
      15_000,
    );
    await new Promise((r) => setTimeout(r, 500));
    const threads = emulator.threadsIn(channel.id).filter((t) => textOf(t.activity).includes(reference));
    expect(threads).toHaveLength(1);
    // The post was under way when the process died: the restart cannot know it never arrived.
    expect(textOf(threads[0]!.activity)).toContain(deliveryMessages.resent);
  });
});

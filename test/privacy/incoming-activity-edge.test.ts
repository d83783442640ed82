import http from 'node:http';
import { postActivity } from '../support/bot-client';
import { startHarness, type Harness } from '../integration/harness';
import { channelMention, personalMessage } from '../support/teams-activities';
import { testTeam, testUser, channelOf } from '../support/teams-fixtures';

/**
 * Promise: what reaches POST /api/messages is checked at the edge. An activity that lacks a field
 * every Teams activity has is refused with 400 at once, before any turn runs; a body that is not
 * JSON is refused without its text appearing in the answer or in the log.
 */
const agent = testUser('Alex Wilber');
const team = testTeam('Sundhed og Omsorg', ['Tilbagekald'], [agent]);
const channel = channelOf(team, 'Tilbagekald');

function postRaw(
  url: string,
  body: string,
  contentType: string,
): Promise<{ status: number; text: string; contentType: string | undefined }> {
  return new Promise((resolve, reject) => {
    const payload = Buffer.from(body);
    const request = http.request(
      `${url}/api/messages`,
      { method: 'POST', headers: { 'content-type': contentType, 'content-length': payload.length } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            contentType: response.headers['content-type'],
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

const without = (activity: Record<string, unknown>, path: string): Record<string, unknown> => {
  const copy = structuredClone(activity);
  const keys = path.split('.');
  let target = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  delete target[keys.at(-1)!];
  return copy;
};

describe('the bot endpoint checks every incoming activity at the edge', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ teams: [team] });
  });
  afterAll(async () => {
    await h.stop();
  });

  const message = () => personalMessage({ serviceUrl: h.serviceUrl, user: agent, text: 'hjælp' });

  test.each([
    'recipient',
    'recipient.id',
    'from',
    'from.id',
    'conversation',
    'conversation.id',
    'serviceUrl',
    'channelId',
    'type',
  ])('a message activity without %s gets 400 at once, and no turn runs', async (field) => {
    const logsBefore = h.app.logs.length;
    const sentBefore = h.emulator.requests.length;
    const started = Date.now();
    const response = await postActivity(h.app.url, without(message(), field));
    expect(response.status).toBe(400);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(response.body).toEqual({
      error: { code: 'PAYLOAD_INVALID', message: 'Aktiviteten kunne ikke læses.' },
    });
    const logs = h.app.logs.slice(logsBefore);
    expect(logs).toContainEqual(expect.objectContaining({ event: 'http.activity_invalid', path: field }));
    expect(logs.filter((l) => l.level === 'error')).toEqual([]);
    // Nothing reached Teams: the bot did not try to answer.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(h.emulator.requests.length).toBe(sentBefore);
  });

  test('a channel mention without recipient is refused the same way', async () => {
    const activity = channelMention({
      serviceUrl: h.serviceUrl,
      user: agent,
      team,
      channel,
      text: 'tilknyt CSO',
    });
    const response = await postActivity(h.app.url, without(activity, 'recipient'));
    expect(response.status).toBe(400);
    expect(await h.app.store.channels.bindingFor('CSO')).toBeNull();
  });

  test('a complete activity still gets its answer', async () => {
    const { response, replies } = await h.say(agent, 'hjælp');
    expect(response.status).toBe(200);
    expect(replies.length).toBeGreaterThan(0);
  });

  const secret = 'Karen Sørensen 0101901234 ring 22334455';
  test.each([
    ['application/json', `${secret} {`],
    ['application/json', `{"type": "message", "text": "${secret}"`],
    ['text/plain', secret],
    ['application/x-www-form-urlencoded', `text=${encodeURIComponent(secret)}`],
  ])('a body that is not JSON (%s) is refused without echoing it', async (contentType, body) => {
    const logsBefore = h.app.logs.length;
    const response = await postRaw(h.app.url, body, contentType);
    expect(response.status).toBe(400);
    expect(response.contentType).toMatch(/^application\/json/);
    expect(JSON.parse(response.text)).toEqual({
      error: { code: 'PAYLOAD_INVALID', message: expect.any(String) },
    });
    const logged = JSON.stringify(h.app.logs.slice(logsBefore));
    for (const text of [response.text, logged]) {
      for (const part of ['Karen', '0101901234', '22334455', 'Sørensen']) expect(text).not.toContain(part);
    }
    expect(h.app.logs.slice(logsBefore)).toContainEqual(
      expect.objectContaining({
        event: 'http.body_invalid',
        path: '/api/messages',
        bytes: Buffer.byteLength(body),
      }),
    );
  });
});

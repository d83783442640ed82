import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testUser } from '../support/teams-fixtures';
import { cardOf, harnessClient, startHarness, textOf, type Harness, type HarnessClient } from './harness';
import { startTestApp } from './test-app';

const agents = [testUser('Alex Wilber'), testUser('Megan Bowen'), testUser('Lee Gu')];
/** Words no guide knows, as an agent might type them for the health card. */
const words = 'xqzv gulbevis';
const guideId = 'sundhedskort-bortkommet';

interface Suggestion {
  id: string;
  query: string;
  guideId: string;
  agents: number;
  times: number;
}

describe('a search that learns from the agents, with a coordinator in charge (over HTTP)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'learning-'));
  const sqliteFile = path.join(dir, 'shared.sqlite');
  let h: Harness;
  let other: Awaited<ReturnType<typeof startTestApp>>;
  let otherBot: HarnessClient;

  beforeAll(async () => {
    h = await startHarness({ env: { SQLITE_FILE: sqliteFile } });
    // A second instance on the same database, as behind a load balancer.
    other = await startTestApp({
      SQLITE_FILE: sqliteFile,
      LEARNED_KEYWORDS_POLL_MS: '200',
      OUTBOX_POLL_MS: '50',
    });
    otherBot = harnessClient(other.url, h.emulator);
  });
  afterAll(async () => {
    await other?.stop();
    await h?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const tab = async <T>(method: 'GET' | 'POST', route: string): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${h.app.url}${route}`, { method });
    return { status: response.status, body: (await response.json()) as T };
  };
  const suggestions = async () =>
    (await tab<{ suggestions: Suggestion[] }>('GET', '/api/tab/suggestions')).body.suggestions;
  const guidesShownFor = async (client: HarnessClient, text: string) => {
    const { replies } = await client.say(agents[2]!, text);
    return [...textOf(replies.map(cardOf)).matchAll(/"guideId":"([^"]+)"/g)].map((m) => m[1]);
  };
  /** Nothing found for the words, then the guide opened another way: one pair. */
  const failThenOpen = async (agent: (typeof agents)[number], typed = words) => {
    const { replies } = await h.say(agent, typed);
    expect(textOf(replies)).toContain('Ingen vejledning passer');
    await h.say(agent, `vis ${guideId}`);
  };

  test('one agent’s words are never suggested, however often (they may be a citizen’s name)', async () => {
    await failThenOpen(agents[0]!);
    await failThenOpen(agents[0]!);
    expect(await suggestions()).toEqual([]);
  });

  test('a search that showed the guide teaches nothing', async () => {
    await h.say(agents[1]!, 'gult kort');
    await h.say(agents[1]!, `vis ${guideId}`);
    expect(await suggestions()).toEqual([]);
  });

  test('a second agent reaching the same guide from the same words makes a suggestion; digits are masked', async () => {
    await failThenOpen(agents[1]!, `${words} 22 33 44 55`);
    expect(await suggestions()).toEqual([
      {
        id: expect.stringMatching(/^[a-zA-Z]+$/),
        query: words,
        guideId,
        agents: 2,
        times: 3,
        pairs: expect.any(Array),
      },
    ]);
  });

  test('accepted, the words find the guide at once here and within seconds on the other instance', async () => {
    expect(await guidesShownFor(otherBot, words)).toEqual([]);
    const [suggestion] = await suggestions();
    const accepted = await tab<{ decision: string }>('POST', `/api/tab/suggestions/${suggestion!.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.decision).toBe('accepted');

    expect(await guidesShownFor(h, words)).toContain(guideId);
    let shownThere: (string | undefined)[] = [];
    for (let i = 0; i < 50 && !shownThere.includes(guideId); i++) {
      await new Promise((r) => setTimeout(r, 200));
      shownThere = await guidesShownFor(otherBot, words);
    }
    expect(shownThere).toContain(guideId);
    expect(await suggestions()).toEqual([]);
  });

  test('the learned keyword is listed with its guide and center, as a line for the Markdown file, and audit-logged', async () => {
    const { body } = await tab<{ keywords: Record<string, unknown>[] }>('GET', '/api/tab/learned-keywords');
    expect(body.keywords).toEqual([
      expect.objectContaining({
        guideId,
        words,
        centerCode: 'CBAK',
        title: expect.stringContaining('sundhedskort'),
        keywordsLine: expect.stringMatching(/^keywords: \[.*xqzv gulbevis\]$/),
      }),
    ]);
    const log = await tab<{ entries: { action: string; keyword: unknown }[] }>('GET', '/api/tab/admin-log');
    expect(log.body.entries[0]).toMatchObject({ action: 'keyword.accepted', keyword: { words, guideId } });
  });

  test('removed, the words no longer find the guide', async () => {
    const { body } = await tab<{ keywords: { id: string }[] }>('GET', '/api/tab/learned-keywords');
    const removed = await tab('POST', `/api/tab/learned-keywords/${body.keywords[0]!.id}/remove`);
    expect(removed.status).toBe(200);
    expect(await guidesShownFor(h, words)).toEqual([]);
    expect((await tab<{ keywords: unknown[] }>('GET', '/api/tab/learned-keywords')).body.keywords).toEqual(
      [],
    );
  });

  test('a rejected suggestion is gone and changes nothing; an unknown id is 404 with a Danish message', async () => {
    for (const agent of agents.slice(0, 2)) await failThenOpen(agent, 'blorf gulbevis');
    const [suggestion] = await suggestions();
    expect(suggestion?.query).toBe('blorf gulbevis');
    expect((await tab('POST', `/api/tab/suggestions/${suggestion!.id}/reject`)).status).toBe(200);
    expect(await suggestions()).toEqual([]);
    expect(await guidesShownFor(h, 'blorf gulbevis')).toEqual([]);

    const unknown = await tab<{ error: { code: string; message: string } }>(
      'POST',
      '/api/tab/suggestions/findesikke/accept',
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toEqual({
      code: 'SUGGESTION_NOT_FOUND',
      message: expect.stringContaining('Forslaget findes ikke'),
    });
  });

  test('an HTML form cannot decide (no JSON, no form types)', async () => {
    const response = await fetch(`${h.app.url}/api/tab/suggestions/x/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=b',
    });
    expect(response.status).toBe(400);
  });
});

import { spawn } from 'node:child_process';
import { installPersonal } from '../support/teams-activities';
import { channelOf, testTeam, testUser } from '../support/teams-fixtures';
import { cardOf, startHarness, textOf, type Harness } from './harness';
import { repo } from './test-app';

const agent = testUser('Alex Wilber');
const team = testTeam('Kontaktcenter', ['Generelt'], [agent]);
// A fixed day: CBAK and CSO are live, CTMB is handed over on 31 Jan 2027.
const now = () => new Date('2026-11-27T09:30:00Z');

describe('an agent asks the bot for guides, over HTTP as Teams does', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ now, teams: [team] });
  });
  afterAll(() => h.stop());

  test('on install the agent is welcomed and shown what the bot can do', async () => {
    const [installation, update] = installPersonal({ serviceUrl: h.serviceUrl, user: agent });
    const mark = h.emulator.sent().length;
    expect((await h.send(installation)).status).toBe(200);
    expect((await h.send(update)).status).toBe(200);
    const sent = h.emulator
      .sent()
      .slice(mark)
      .map((p) => textOf(p.activity));
    expect(sent.join()).toContain('Hej, jeg er Kontaktcenter');
    expect(sent.join()).toContain('tilbagekald [center]');
  });

  test('colloquial words without æøå find the guide, with center, short answer, link and buttons', async () => {
    const { response, replies } = await h.say(agent, 'det gule kort er vaek');
    expect(response.status).toBe(200);
    expect(replies).toHaveLength(1);
    const card = textOf(cardOf(replies[0]!));
    expect(card).toContain('sundhedskort-bortkommet');
    expect(card).toContain('Center for Borgerservice, Arbejdsmarked og Kultur (CBAK)');
    expect(card).toMatch(/"verb":"guide.show"/);
    expect(card).toMatch(/"verb":"inquiry.solved"/);
    expect(card).toMatch(/"verb":"callback.form"/);
    expect(card).toContain('Action.OpenUrl');
  });

  test('the agent gets the answer even when the search statistics cannot be stored', async () => {
    const inquiries = h.app.store.inquiries;
    const recordInquiry = inquiries.recordInquiry;
    inquiries.recordInquiry = () => Promise.reject(new Error('database or disk is full'));
    try {
      const { response, replies } = await h.say(agent, 'gult kort');
      expect(response.status).toBe(200);
      expect(replies).toHaveLength(1);
      expect(textOf(cardOf(replies[0]!))).toContain('sundhedskort');
      expect(h.app.logs).toContainEqual(
        expect.objectContaining({ level: 'warn', event: 'guides.search_not_recorded' }),
      );
    } finally {
      inquiries.recordInquiry = recordInquiry;
    }
  });

  test('at most three guides are shown, best first', async () => {
    const { replies } = await h.say(agent, 'søg pas');
    const containers = (cardOf(replies[0]!).body as { type: string }[]).filter((b) => b.type === 'Container');
    expect(containers.length).toBeGreaterThan(0);
    expect(containers.length).toBeLessThanOrEqual(3);
  });

  test('guides far below the best match are left out, so the agent reads no noise', async () => {
    const { replies } = await h.say(agent, 'hjemme hjælp rengøring');
    const card = cardOf(replies[0]!);
    const containers = (card.body as { type: string }[]).filter((b) => b.type === 'Container');
    expect(textOf(containers)).toContain('hjemmehjaelp-ansoegning');
    // The engine's weak third candidate (a guide about nursing homes) does not reach the card.
    expect(textOf(containers)).not.toContain('plejebolig');
  });

  test('a further guide is shown only when it answers on its own: "gult kort" shows the health card guide alone', async () => {
    const { replies } = await h.say(agent, 'gult kort');
    const containers = (cardOf(replies[0]!).body as { type: string }[]).filter((b) => b.type === 'Container');
    expect(containers).toHaveLength(1);
    expect(textOf(containers)).toContain('sundhedskort-bortkommet');
    // Neighbours that share the word "kort" or the lexicon's "udlandet" are not on the card.
    for (const neighbour of ['udrejse-udland', 'valgkort', 'laanerkort-bibliotek'])
      expect(textOf(containers)).not.toContain(neighbour);
  });

  test('the card shows exactly the guides `kb search --shown` prints for the same knowledge', async () => {
    const queries = ['gult kort', 'hjemme hjælp rengøring', 'storskrald sofa', 'min mor kan ikke gøre rent'];
    // Asynchronously: the server under test shares this process and must keep serving meanwhile.
    const printed = (await kbShown(queries)).map((hits) => hits.map((hit) => hit.id));
    for (const [i, query] of queries.entries()) {
      const { replies } = await h.say(agent, query);
      const onCard = [...JSON.stringify(cardOf(replies[0]!)).matchAll(/"guideId":"([^"]+)"/g)].map(
        (m) => m[1],
      );
      expect([...new Set(onCard)]).toEqual(printed[i]);
    }
  });

  test('a guide of a center not handled yet says so, with the handover date and the unit number', async () => {
    const { replies } = await h.say(agent, 'genbrugspladsen aabningstider');
    const first = textOf((cardOf(replies[0]!).body as unknown[])[1]);
    expect(first).toContain('genbrugsstation');
    expect(first).toContain('Kontaktcenteret overtager CTMB den 31. januar 2027');
    expect(first).toContain('45 97 37 00');
    // The caller is transferred, so the guide offers neither booking nor "solved on the call".
    expect(first).not.toContain('callback.form');
    expect(first).not.toContain('inquiry.solved');
  });

  test('nonsense gets an honest "no guide" with tips, not noise', async () => {
    const { replies } = await h.say(agent, 'xqzv blorf wibbel');
    const card = textOf(cardOf(replies[0]!));
    expect(card).toContain('Ingen vejledning passer til »xqzv blorf wibbel«');
    expect(card).toContain('tilbagekald');
    expect(card).not.toContain('guide.show');
  });

  test('"vis" and the "Vis hele vejledningen" button show the whole guide', async () => {
    const typed = await h.say(agent, 'vis sundhedskort-bortkommet');
    const pressed = await h.submit(agent, { verb: 'guide.show', guideId: 'sundhedskort-bortkommet' });
    for (const { replies } of [typed, pressed]) {
      const card = textOf(cardOf(replies[0]!));
      expect(card).toContain('Sådan hjælper du borgeren');
      expect(card).toContain('Book tilbagekald når');
    }
    const unknown = await h.say(agent, 'vis findes-ikke');
    expect(textOf(unknown.replies)).toContain('Jeg kan ikke finde vejledningen »findes-ikke«');
  });

  test('"centre" lists every center with its status and unit number', async () => {
    const { replies } = await h.say(agent, 'centre');
    const card = textOf(cardOf(replies[0]!));
    for (const code of ['CBAK', 'CSO', 'CSI', 'CUP', 'CØI', 'CAE', 'CTMB', 'CBB', 'CPO'])
      expect(card).toContain(code);
    expect(card).toContain('Overtages 1. december 2026 (om 4 dage)');
  });

  test.each(['hjælp', '/ukendt'])('"%s" gets the help card', async (text) => {
    const { replies } = await h.say(agent, text);
    const card = textOf(cardOf(replies[0]!));
    expect(card).toContain('søg <tekst>');
    if (text.startsWith('/')) expect(card).toContain('Jeg kender ikke kommandoen »/ukendt«');
  });

  test('@mentioned in a channel, the bot searches what follows the mention', async () => {
    const { replies } = await h.mention(agent, team, channelOf(team, 'Generelt'), 'gult kort');
    expect(textOf(cardOf(replies[0]!))).toContain('sundhedskort-bortkommet');
  });

  test.each([
    ['not JSON', 'this is not json', 400],
    ['no type', { conversation: { id: 'x' } }, 400],
    ['no conversation', { type: 'message', text: 'hej' }, 400],
    ['a serviceUrl that is no URL', { type: 'message', serviceUrl: 'nope', conversation: { id: 'x' } }, 400],
  ])(
    'a malformed activity (%s) is answered 400 and the server keeps serving',
    async (_name, body, status) => {
      const response = await fetch(`${h.app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      expect(response.status).toBe(status);
      expect((await fetch(`${h.app.url}/healthz`)).status).toBe(200);
    },
  );

  test('a malformed button payload gets a Danish message, not a crash', async () => {
    const { replies } = await h.submit(agent, { verb: 'guide.show' });
    expect(textOf(replies)).toContain('Jeg kunne ikke læse beskeden');
  });

  test('readiness reports knowledge, storage and that storage takes a write', async () => {
    const response = await fetch(`${h.app.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ready',
      checks: { knowledge: expect.stringMatching(/^\d+ guides$/), storage: 'sqlite', write: 'ok' },
    });
  });
});

/** `kb search --dir knowledge --stdin --shown` for these queries: the hits of each line. */
function kbShown(queries: string[]): Promise<{ id: string }[][]> {
  return new Promise((resolve, reject) => {
    const args = ['tsx', 'bot/src/guides/cli/kb.ts', 'search', '--dir', 'knowledge', '--stdin', '--shown'];
    const child = spawn('npx', args, { cwd: repo, env: { ...process.env, KNOWLEDGE_DIR: '' } });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`kb exited with ${code}`));
      const lines = out.split('\n').filter((l) => l !== '');
      resolve(lines.map((l) => (JSON.parse(l) as { hits: { id: string }[] }).hits));
    });
    child.stdin.end(queries.join('\n') + '\n');
  });
}

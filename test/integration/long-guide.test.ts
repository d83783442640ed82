import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testTeam, testUser } from '../support/teams-fixtures';
import { cardOf, startHarness, textOf, type Harness } from './harness';
import { repo } from './test-app';

// The sample knowledge with one long guide added (decision 0045): whole, its card is about 33 KB,
// and the emulator refuses anything above 28 KB with 413 as Teams does.
const longGuide = path.join(repo, 'test', 'guides', 'fixtures', 'long', 'flytning-adresseaendring.md');
const agent = testUser('Alex Wilber');
const team = testTeam('Kontaktcenter', ['Generelt'], [agent]);
const now = () => new Date('2026-11-27T09:30:00Z');

type Action = { title: string; data?: Record<string, unknown> };
const actionsOf = (card: Record<string, unknown>) => (card.actions ?? []) as Action[];
const sectionHeadings = (card: Record<string, unknown>) =>
  (card.body as { type: string; items?: { text: string }[] }[])
    .filter((b) => b.type === 'Container')
    .map((b) => b.items![0]!.text);
const headingsInFile = (file: string) =>
  [...fs.readFileSync(file, 'utf8').matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());

describe('a long guide stays within what Teams accepts, over HTTP as Teams does', () => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'long-guide-'));
    fs.cpSync(path.join(repo, 'knowledge', 'guides'), path.join(dir, 'guides'), { recursive: true });
    fs.copyFileSync(longGuide, path.join(dir, 'guides', 'CBAK', path.basename(longGuide)));
    // A guide no cap foresaw: a title longer than any card may be.
    fs.writeFileSync(
      path.join(dir, 'guides', 'CBAK', 'overlang-titel.md'),
      `---\nid: overlang-titel\ntitle: ${'Overlang titel '.repeat(1100)}\ncenter: CBAK\n---\n## Kort svar\nKort.\n`,
    );
    h = await startHarness({ now, teams: [team], env: { KNOWLEDGE_DIR: dir } });
  });
  afterAll(async () => {
    await h.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** What Teams refused of the bot's own messages (the test's own oversized post aside). */
  const refused = () => h.emulator.requests.filter((r) => r.status === 413 && r.conversationId !== 'a:whole');

  test('"vis" shows the long guide in parts, each taken by Teams, with "Næste del" to the next', async () => {
    const first = await h.say(agent, 'vis flytning-adresseaendring');
    expect(first.replies).toHaveLength(1);
    const part1 = cardOf(first.replies[0]!);
    expect(textOf(part1)).toContain('Del 1 af 2');
    const next = actionsOf(part1).find((a) => a.title === 'Næste del');
    expect(next?.data).toEqual({ verb: 'guide.show', guideId: 'flytning-adresseaendring', part: 2 });

    const second = await h.submit(agent, next!.data!);
    const part2 = cardOf(second.replies[0]!);
    expect(textOf(part2)).toContain('Del 2 af 2');
    expect(actionsOf(part2).map((a) => a.title)).not.toContain('Næste del');
    // Every part keeps the buttons an agent needs mid-call.
    for (const card of [part1, part2])
      expect(actionsOf(card).map((a) => a.title)).toEqual(
        expect.arrayContaining(['Løst på opkaldet', 'Book tilbagekald']),
      );

    // Together the parts are the whole guide, every section once, in order.
    expect([...sectionHeadings(part1), ...sectionHeadings(part2)]).toEqual(headingsInFile(longGuide));
    expect(refused()).toEqual([]);
  });

  test('the guide whole would be refused: the emulator answers 413 above 28 KB, as Teams does', async () => {
    const first = await h.say(agent, 'vis flytning-adresseaendring');
    const second = await h.submit(agent, {
      verb: 'guide.show',
      guideId: 'flytning-adresseaendring',
      part: 2,
    });
    const whole = {
      ...first.replies[0]!,
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: {
            ...cardOf(first.replies[0]!),
            body: [cardOf(first.replies[0]!).body, cardOf(second.replies[0]!).body].flat(),
          },
        },
      ],
    };
    const response = await fetch(
      `${h.serviceUrl}v3/conversations/${encodeURIComponent('a:whole')}/activities`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(whole),
      },
    );
    expect(response.status).toBe(413);
  });

  test('a search that points to one section of the long guide shows that section first, then the short answer', async () => {
    const { replies } = await h.say(agent, 'hemmelig adresse flytning');
    const card = cardOf(replies[0]!);
    const first = (card.body as { type: string; items: { text?: string; actions?: Action[] }[] }[]).find(
      (b) => b.type === 'Container',
    )!;
    const texts = first.items.map((i) => i.text ?? '');
    expect(texts[0]).toContain('Flytning inden for Danmark');
    const section = texts.indexOf('Navne- og adressebeskyttelse (hemmelig adresse)');
    expect(section).toBeGreaterThan(0);
    expect(texts[section + 1]).toContain('Borgeren kan søge om navne- og adressebeskyttelse');
    expect(texts[section + 2]).toBe('Kort svar');
    expect(texts[section + 3]).toContain('Borgeren melder selv flytning digitalt');
    const buttons = first.items.flatMap((i) => i.actions ?? []).map((a) => a.title);
    expect(buttons).toContain('Vis hele vejledningen');
    expect(refused()).toEqual([]);
  });

  test('a search for the guide as a whole shows its short answer only', async () => {
    const { replies } = await h.say(agent, 'melde flytning');
    const card = textOf(cardOf(replies[0]!));
    expect(card).toContain('flytning-adresseaendring');
    expect(card).not.toContain('Navne- og adressebeskyttelse (hemmelig adresse)');
    expect(card).not.toContain('"text":"Kort svar"');
  });

  test('a message no cap foresaw is replaced by a short explanation, never refused by Teams', async () => {
    const { replies } = await h.say(agent, 'vis overlang-titel');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.attachments).toBeUndefined();
    expect(textOf(replies[0]!)).toContain('Svaret blev for stort til én besked i Teams');
    expect(h.app.logs).toContainEqual(
      expect.objectContaining({ level: 'error', event: 'teams.message_too_large' }),
    );
    expect(refused()).toEqual([]);
  });
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repo = path.resolve(__dirname, '..', '..');
const fixtures = path.join('test', 'guides', 'fixtures');

function kb(args: string[], input = '', env: Record<string, string> = {}) {
  const result = spawnSync('npx', ['tsx', 'bot/src/guides/cli/kb.ts', ...args], {
    cwd: repo,
    input,
    encoding: 'utf8',
    env: { ...process.env, KNOWLEDGE_DIR: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lines = (text: string) => text.split('\n').filter((l) => l.length > 0);
const parse = (line: string) => JSON.parse(line) as { q: string; hits: { id: string; score: number }[] };

describe('kb search --stdin (the contract in design.md §6)', () => {
  const queries = ['gaeld afdrag', 'xyzzy qwerty', 'det gule kort', ''];
  const run = kb(['search', '--dir', path.join(fixtures, 'search'), '--stdin'], queries.join('\n') + '\n');

  test('prints exactly one JSON line per query on stdout, in order, and exits 0', () => {
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out).toHaveLength(queries.length);
    expect(out.map((l) => JSON.parse(l).q)).toEqual(queries);
  });

  test('each line is {"q": ..., "hits": [{"id": ..., "score": ...}]}, best first, at most 10 hits', () => {
    for (const line of lines(run.stdout)) {
      const parsed = JSON.parse(line) as { q: string; hits: { id: string; score: number }[] };
      expect(Object.keys(parsed)).toEqual(['q', 'hits']);
      expect(parsed.hits.length).toBeLessThanOrEqual(10);
      for (const hit of parsed.hits) {
        expect(Object.keys(hit)).toEqual(['id', 'score']);
        expect(hit.score > 0 && hit.score <= 1).toBe(true);
      }
      const scores = parsed.hits.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  test('the right guide comes first, and an unanswerable query gets "hits": []', () => {
    const [debt, nonsense, card, empty] = lines(run.stdout);
    expect(JSON.parse(debt!).hits[0].id).toBe('betalingsaftale');
    expect(nonsense).toBe('{"q":"xyzzy qwerty","hits":[]}');
    expect(JSON.parse(card!).hits[0].id).toBe('sundhedskort');
    expect(empty).toBe('{"q":"","hits":[]}');
  });

  test("--center keeps only that center's guides", () => {
    const result = kb(
      ['search', '--dir', path.join(fixtures, 'search'), '--stdin', '--center', 'CSO'],
      'betalingsaftale\n',
    );
    expect(lines(result.stdout)).toEqual(['{"q":"betalingsaftale","hits":[]}']);
  });
});

describe("kb search --stdin --shown (exactly what the bot's card shows)", () => {
  const queries = ['gult kort', 'hjemme hjælp rengøring', 'xyzzy qwerty', 'pas'];
  const input = queries.join('\n') + '\n';
  const all = lines(kb(['search', '--dir', 'knowledge', '--stdin'], input).stdout).map(parse);
  const run = kb(['search', '--dir', 'knowledge', '--stdin', '--shown'], input);
  const shown = lines(run.stdout).map(parse);

  test('prints one line per query in the same shape, {"q", "hits": [{"id", "score"}]}', () => {
    expect(run.code).toBe(0);
    expect(shown.map((l) => l.q)).toEqual(queries);
    for (const line of lines(run.stdout)) {
      expect(Object.keys(JSON.parse(line))).toEqual(['q', 'hits']);
      for (const hit of JSON.parse(line).hits) expect(Object.keys(hit)).toEqual(['id', 'score']);
    }
  });

  test('shows at most three guides, the best hit first, each one also a hit of the plain search', () => {
    shown.forEach((line, i) => {
      expect(line.hits.length).toBeLessThanOrEqual(3);
      expect(line.hits[0]).toEqual(all[i]!.hits[0]);
      for (const hit of line.hits) expect(all[i]!.hits).toContainEqual(hit);
    });
  });

  test('leaves out neighbours that are no answer on their own ("gult kort": the health card guide only)', () => {
    expect(all[0]!.hits.length).toBeGreaterThan(1);
    expect(shown[0]!.hits.map((h) => h.id)).toEqual(['sundhedskort-bortkommet']);
    expect(shown[2]).toEqual({ q: 'xyzzy qwerty', hits: [] });
  });

  test('an unknown flag is refused with the usage, which names --shown', () => {
    const result = kb(['search', '--dir', 'knowledge', '--stdin', '--vist']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/ukendt flag: --vist/);
    expect(result.stderr).toMatch(/--shown/);
  });
});

describe('kb validate', () => {
  test('a clean folder exits 0 with a one-line summary', () => {
    const result = kb(['validate', '--dir', path.join(fixtures, 'search')]);
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([expect.stringMatching(/^OK: 8 vejledninger/)]);
  });

  test('a guide without keywords is named on stderr; it is no error', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-keywords-'));
    fs.writeFileSync(
      path.join(dir, 'uden-keywords.md'),
      '---\nid: uden-keywords\ntitle: Uden keywords\ncenter: CSO\n---\n## Kort svar\nTekst.\n',
    );
    const result = kb(['validate', '--dir', dir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/1 vejledninger uden keywords; .* kun på titel og id: uden-keywords\.md/);
    expect(kb(['validate', '--dir', path.join(fixtures, 'search')]).stderr).not.toMatch(/uden keywords/);
  });

  test('--dir defaults to KNOWLEDGE_DIR', () => {
    const result = kb(['validate'], '', { KNOWLEDGE_DIR: path.join(fixtures, 'search') });
    expect(result.code).toBe(0);
  });

  test('problems are printed as file:line: reason and the exit code is non-zero', () => {
    const result = kb(['validate', '--dir', path.join(fixtures, 'mixed')]);
    expect(result.code).toBe(1);
    const dir = path.join(fixtures, 'mixed');
    expect(lines(result.stdout)).toEqual([
      expect.stringMatching(new RegExp(`^${dir}/broken-id\\.md:3: .*'id'`)),
      expect.stringMatching(new RegExp(`^${dir}/no-front-matter\\.md:1: mangler front matter`)),
      expect.stringMatching(
        new RegExp(`^${dir}/same-id-as-good\\.md:2: id 'god-vejledning' er allerede brugt`),
      ),
      expect.stringMatching(new RegExp(`^${dir}/unknown-center\\.md:4: ukendt centerkode 'XYZ'`)),
    ]);
  });

  test('a broken municipal vocabulary is an error naming the file and the place', () => {
    const dir = path.join(fixtures, 'bad-vocabulary');
    const result = kb(['validate', '--dir', dir]);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([
      expect.stringMatching(/municipal-vocabulary\.yaml: 'laws\.serviceloven\.paragraphs\.tre'/),
    ]);
  });

  test('a command line it does not understand exits 2 and explains on stderr', () => {
    const result = kb(['søg']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/ukendt kommando/);
  });
});

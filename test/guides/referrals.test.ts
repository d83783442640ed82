import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadGuides } from '../../bot/src/guides/load-guides';
import { parseGuide } from '../../bot/src/guides/parse-guide';

const repo = path.resolve(__dirname, '..', '..');

const referral = (
  front: string,
  body = '## Henvis når\nBorgeren spørger om sin skat.\n\n## Sig til borgeren\nRing til **Skattestyrelsen**.\n',
) => `---\n${front}\n---\n${body}`;

const good = referral(`id: henvis-skat
kind: referral
title: Skattekort og årsopgørelse
authority: Skattestyrelsen
keywords: [skattekort, restskat]
phone: 72 22 18 18
web: https://skat.dk
example: true`);

describe('a referral file (kind: referral)', () => {
  test('becomes a referral, not a guide: who, when, what to tell the citizen, how to reach them', () => {
    const parsed = parseGuide(good, 'henvisninger/skat.md');
    expect(parsed.problems).toEqual([]);
    expect(parsed.guide).toBeNull();
    expect(parsed.referral).toMatchObject({
      kind: 'referral',
      id: 'henvis-skat',
      title: 'Skattekort og årsopgørelse',
      authority: 'Skattestyrelsen',
      keywords: ['skattekort', 'restskat'],
      phone: '72 22 18 18',
      web: 'https://skat.dk',
      whenToRefer: 'Borgeren spørger om sin skat.',
      tellCitizen: 'Ring til Skattestyrelsen.',
      example: true,
      center: null,
    });
  });

  test.each([
    ['no authority', good.replace('authority: Skattestyrelsen\n', ''), "mangler 'authority'"],
    [
      'neither phone nor web',
      good.replace(/phone: .*\n/, '').replace(/web: .*\n/, ''),
      "'phone' eller 'web'",
    ],
    [
      'a phone with letters',
      good.replace('72 22 18 18', 'ring til skat'),
      "'phone' skal være et telefonnummer",
    ],
    [
      'a web address that is none',
      good.replace('https://skat.dk', 'skat.dk'),
      "'web' skal være en http(s)-adresse",
    ],
    [
      'example that is not true/false',
      good.replace('example: true', 'example: måske'),
      "'example' skal være true eller false",
    ],
    ['nothing to tell the citizen', good.replace(/## Sig til borgeren[\s\S]*$/, ''), "'## Sig til borgeren'"],
    [
      'an unknown kind',
      good.replace('kind: referral', 'kind: henvisning'),
      "'kind' skal være guide eller referral",
    ],
  ])('%s is reported at a line, and the file is skipped', (_name, text, reason) => {
    const parsed = parseGuide(text, 'x.md');
    expect(parsed.referral).toBeNull();
    expect(parsed.guide).toBeNull();
    expect(parsed.problems.map((p) => p.reason).join('\n')).toContain(reason);
    expect(parsed.problems.every((p) => p.line >= 1)).toBe(true);
  });

  test('a referral needs no center, and a guide and a referral may not share an id', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'referrals-'));
    try {
      fs.writeFileSync(path.join(dir, 'a-skat.md'), good);
      fs.writeFileSync(
        path.join(dir, 'b-guide.md'),
        '---\nid: henvis-skat\ntitle: Samme id\ncenter: CBAK\n---\n## Kort svar\nTekst.\n',
      );
      const loaded = loadGuides(dir, ['CBAK']);
      expect(loaded.referrals.map((r) => r.id)).toEqual(['henvis-skat']);
      expect(loaded.guides).toEqual([]);
      expect(loaded.problems).toEqual([
        expect.objectContaining({
          file: 'b-guide.md',
          reason: expect.stringContaining("'henvis-skat' er allerede brugt"),
        }),
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the knowledge folders with referrals', () => {
  test("the product's sample knowledge has example referrals, each marked for the municipality to check", () => {
    const { guides, referrals, problems } = loadGuides(path.join(repo, 'knowledge'));
    expect(problems).toEqual([]);
    expect(guides.length).toBeGreaterThan(60);
    expect(referrals.length).toBeGreaterThanOrEqual(5);
    for (const r of referrals) {
      expect(r.example).toBe(true);
      expect(r.phone ?? r.web).toBeTruthy();
    }
  });

  const kb = (args: string[], input = '') =>
    spawnSync('npx', ['tsx', 'bot/src/guides/cli/kb.ts', ...args], {
      cwd: repo,
      input,
      encoding: 'utf8',
      env: { ...process.env, KNOWLEDGE_DIR: '' },
    });

  test('`kb validate` counts referrals and checks them like guides', () => {
    const run = kb(['validate', '--dir', 'knowledge']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^OK: \d+ vejledninger og \d+ henvisninger i /);
  });

  test('`kb search` keeps guides in "hits" and prints referrals apart, with and without --shown', () => {
    const queries = ['skattekort', 'det gule kort', 'xqzv blorf'];
    for (const shown of [[], ['--shown']]) {
      const run = kb(['search', '--dir', 'knowledge', '--stdin', ...shown], queries.join('\n') + '\n');
      expect(run.status).toBe(0);
      const [tax, card, nonsense] = run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(tax.referrals[0].id).toBe('henvis-skat-forskudsopgoerelse');
      expect(tax.hits.every((h: { id: string }) => !h.id.startsWith('henvis-'))).toBe(true);
      expect(card.hits[0].id).toBe('sundhedskort-bortkommet');
      // A line without referrals keeps the contract's shape exactly.
      expect(nonsense).toEqual({ q: 'xqzv blorf', hits: [] });
    }
  });
});

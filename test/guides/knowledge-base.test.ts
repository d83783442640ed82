import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KnowledgeBase } from '../../bot/src/guides/knowledge-base';
import { createMemoryLogger } from '../../bot/src/shared/logger';

const guide = (id: string, title: string, keywords: string) => `---
id: ${id}
title: ${title}
center: CSO
keywords: [${keywords}]
---
## Kort svar
${title} – kort svar.
`;

async function eventually(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('the knowledge base reloads without a restart', () => {
  let dir: string;
  let kb: KnowledgeBase;
  const logger = createMemoryLogger();
  const ids = () =>
    kb
      .current()
      .all()
      .map((g) => g.id)
      .sort();

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-'));
    fs.mkdirSync(path.join(dir, 'CSO'));
    fs.writeFileSync(
      path.join(dir, 'CSO', 'madservice.md'),
      guide('madservice', 'Madservice', 'mad, madudbringning'),
    );
    kb = KnowledgeBase.load({ dir, synonymsFile: path.join(dir, 'none.yaml'), centerCodes: ['CSO'] }, logger);
  });
  afterEach(() => {
    kb.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a new guide file is searchable shortly after it is written', async () => {
    kb.watch(50);
    fs.writeFileSync(
      path.join(dir, 'CSO', 'noedkald.md'),
      guide('noedkald', 'Nødkald i hjemmet', 'nødkald, alarm'),
    );
    await eventually(() => ids().includes('noedkald'));
    expect(kb.current().search('alarm')[0]?.guide.id).toBe('noedkald');
  });

  test('a guide broken by an edit is reported with file and line and skipped; the rest stay', async () => {
    kb.watch(50);
    fs.writeFileSync(path.join(dir, 'CSO', 'noedkald.md'), '---\nid: noedkald\ntitle: [unterminated\n---\n');
    await eventually(() => kb.problems.length > 0);
    expect(ids()).toEqual(['madservice']);
    expect(kb.problems[0]).toMatchObject({
      file: expect.stringContaining('noedkald.md'),
      line: expect.any(Number),
    });
    expect(logger.lines.some((l) => l.event === 'guides.invalid')).toBe(true);
  });

  test('an explicit reload (as on SIGHUP) picks up a removed guide', () => {
    fs.rmSync(path.join(dir, 'CSO', 'madservice.md'));
    kb.reload('SIGHUP');
    expect(ids()).toEqual([]);
    expect(kb.current().search('madservice')).toEqual([]);
  });
});

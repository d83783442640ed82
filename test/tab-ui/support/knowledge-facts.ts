import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * The shipped knowledge folder read directly (front matter and centers.yaml), for the wave plan
 * and stale-guide figures, without the application's catalog.
 */
const knowledgeDir = path.resolve(__dirname, '..', '..', '..', 'knowledge');

export interface GuideFacts {
  id: string;
  title: string;
  center: string;
  updated: string | null;
}

export function guideFacts(): GuideFacts[] {
  const guides: GuideFacts[] = [];
  const root = path.join(knowledgeDir, 'guides');
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!front) continue;
    const meta = parse(front[1]!) as Record<string, unknown>;
    const updated =
      meta.updated instanceof Date ? meta.updated.toISOString() : (meta.updated as string | undefined);
    guides.push({
      id: String(meta.id),
      title: String(meta.title),
      center: String(meta.center),
      updated: updated ? updated.slice(0, 10) : null,
    });
  }
  return guides;
}

export interface CenterFacts {
  code: string;
  name: string;
  handoverDate: string;
  unitPhone: string;
}

export function centerFacts(): CenterFacts[] {
  const file = parse(fs.readFileSync(path.join(knowledgeDir, 'centers.yaml'), 'utf8')) as {
    centers: { code: string; name: string; handoverDate: string | Date; unitPhone: string | number }[];
  };
  return file.centers.map((c) => ({
    code: c.code,
    name: c.name,
    handoverDate:
      c.handoverDate instanceof Date ? c.handoverDate.toISOString().slice(0, 10) : String(c.handoverDate),
    unitPhone: String(c.unitPhone),
  }));
}

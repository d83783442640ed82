import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { LocalizedTitles } from './check-commands';
import { validateAgainstSchema } from './validate-schema';
import type { ZipEntry } from './zip';

/**
 * The language files that `localizationInfo` names: each must exist beside the template, conform
 * to the localization schema, and translate only fields the manifest has. Their keys are paths
 * into the manifest ("bots[0].commandLists[1].commands[0].description"), so reordering the
 * manifest without the translations would silently show a text for the wrong entry.
 */
const localizationInfo = z.object({
  localizationInfo: z
    .object({
      defaultLanguageFile: z.string().optional(),
      additionalLanguages: z.array(z.object({ file: z.string() })).optional(),
    })
    .optional(),
});

export interface LanguageFiles {
  files: ZipEntry[];
  problems: string[];
  titles: LocalizedTitles;
}

export function checkLanguageFiles(
  manifest: unknown,
  manifestDir: string,
  manifestVersion: string,
): LanguageFiles {
  const info = localizationInfo.safeParse(manifest);
  const named = info.success
    ? [
        info.data.localizationInfo?.defaultLanguageFile,
        ...(info.data.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
      ].filter((f): f is string => f !== undefined)
    : [];
  const result: LanguageFiles = { files: [], problems: [], titles: [] };
  for (const file of named) {
    const full = path.join(manifestDir, file);
    if (path.dirname(file) !== '.' || !fs.existsSync(full)) {
      result.problems.push(`${file}: sprogfilen, som localizationInfo nævner, findes ikke i ${manifestDir}`);
      continue;
    }
    const data = fs.readFileSync(full);
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(data.toString('utf8'));
    } catch (error) {
      result.problems.push(
        `${file}: er ikke gyldig JSON (${error instanceof Error ? error.message : error})`,
      );
      continue;
    }
    result.problems.push(...validateAgainstSchema('localization', file, json, manifestVersion));
    for (const [key, value] of Object.entries(json)) {
      if (key === '$schema' || key === 'localizationKeys') continue;
      if (valueAt(manifest, key) === undefined) {
        result.problems.push(`${file}: »${key}« oversætter et felt, som manifestet ikke har`);
      } else if (key.endsWith('.title') && key.startsWith('bots[') && typeof value === 'string') {
        result.titles.push({ file, key, title: value });
      }
    }
    result.files.push({ name: file, data });
  }
  return result;
}

/** "staticTabs[1].name" -> manifest.staticTabs[1].name, or undefined when any step is missing. */
function valueAt(root: unknown, key: string): unknown {
  let value: unknown = root;
  for (const step of key.split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(step);
    if (!match) return undefined;
    value = (value as Record<string, unknown> | undefined)?.[match[1]!];
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) {
      value = Array.isArray(value) ? value[Number(index[1])] : undefined;
    }
    if (value === undefined) return undefined;
  }
  return value;
}

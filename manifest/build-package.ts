import fs from 'node:fs';
import path from 'node:path';
import { commandWords } from '../bot/src/chat/parse-command';
import { checkCommands, type CommandWords } from './check-commands';
import { checkIcon, type IconRole } from './check-icons';
import { checkLanguageFiles } from './check-localization';
import { withChannelRead } from './channel-read-permission';
import { fillTemplate } from './fill-template';
import type { PackageSettings } from './settings';
import { validateAgainstSchema } from './validate-schema';
import { writeZip, type ZipEntry } from './zip';

/**
 * Builds the Teams app package from manifest/: fills the template, then checks everything Teams
 * would otherwise refuse after the upload (schema, language files, icons) and that the command
 * menu matches the bot. Every problem is collected, so one run shows all that needs fixing.
 */
const templateFile = 'manifest.template.json';

export interface BuildInput {
  manifestDir: string;
  settings: PackageSettings;
  /** The bot's commands; the real ones unless a test says otherwise. */
  commandWords?: CommandWords;
}

export type BuildResult =
  | { ok: true; zip: Buffer; entries: ZipEntry[]; manifest: Record<string, unknown> }
  | { ok: false; problems: string[] };

export function buildPackage(input: BuildInput): BuildResult {
  const { manifestDir } = input;
  const templatePath = path.join(manifestDir, templateFile);
  let template: unknown;
  try {
    template = JSON.parse(fs.readFileSync(templatePath, 'utf8'));
  } catch (error) {
    return { ok: false, problems: [`${templatePath}: kan ikke læses som JSON (${messageOf(error)})`] };
  }
  const filled = fillTemplate(template, { ...input.settings });
  const manifest = withChannelRead(
    filled.json as Record<string, unknown>,
    input.settings.CHANNEL_MESSAGE_READ_GRANTED === 'true',
  );
  const problems: string[] = filled.unknown.map(
    (name) =>
      `${templateFile}: pladsholderen \${{${name}}} har ingen værdi (kendte: ${Object.keys(input.settings).join(', ')})`,
  );

  const manifestVersion = typeof manifest.manifestVersion === 'string' ? manifest.manifestVersion : '';
  if (!manifestVersion) problems.push(`${templateFile}: mangler manifestVersion`);
  else problems.push(...validateAgainstSchema('manifest', 'manifest.json', manifest, manifestVersion));

  const languages = checkLanguageFiles(manifest, manifestDir, manifestVersion);
  problems.push(...languages.problems);

  const icons = readIcons(manifest, manifestDir, problems);
  problems.push(...checkCommands(manifest, input.commandWords ?? commandWords, languages.titles));
  if (problems.length > 0) return { ok: false, problems };

  const entries: ZipEntry[] = [
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') },
    ...icons,
    ...languages.files,
  ];
  return { ok: true, zip: writeZip(entries), entries, manifest };
}

function readIcons(manifest: Record<string, unknown>, manifestDir: string, problems: string[]): ZipEntry[] {
  const icons = (manifest.icons ?? {}) as Partial<Record<IconRole, unknown>>;
  const entries: ZipEntry[] = [];
  for (const role of ['color', 'outline'] as const) {
    const name = icons[role];
    if (typeof name !== 'string') continue; // the schema check reports it
    const file = path.join(manifestDir, name);
    if (path.dirname(name) !== '.' || !fs.existsSync(file)) {
      problems.push(`${name}: ikonet, som manifestet nævner (icons.${role}), findes ikke i ${manifestDir}`);
      continue;
    }
    const data = fs.readFileSync(file);
    problems.push(...checkIcon(role, name, data));
    entries.push({ name, data });
  }
  return entries;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const pageDir = path.join(__dirname, 'page');

/** The host page: Teams-like CSS around an empty #card. */
export const cardPageHtml = (): string => fs.readFileSync(path.join(pageDir, 'card-page.html'), 'utf8');

/**
 * The official Adaptive Cards renderer plus our host config and Markdown, as one script for the
 * page. Bundled on each run (about a second), so the pictures always use the installed renderer.
 */
export async function bundleCardRenderer(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(pageDir, 'browser-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const script = result.outputFiles[0];
  if (!script) throw new Error('esbuild produced no bundle for the card page');
  return script.text;
}

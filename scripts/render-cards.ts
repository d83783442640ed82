/**
 * npm run cards:render [-- [--out DIR] [--scale N] [NAME…]]
 *
 * Renders the bot's real Adaptive Cards, with sample data, to PNG pictures for the docs
 * (docs/images/cards/, shown in docs/cards.md), using the official Adaptive Cards renderer in
 * headless Chromium (/usr/bin/chromium). NAME picks cards by file-name prefix, e.g. 05.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultOutDir, renderSampleCards } from './render-cards/render-samples';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string' }, scale: { type: 'string' } },
    allowPositionals: true,
  });
  const scale = Number(values.scale ?? 1);
  if (!(scale >= 1 && scale <= 4)) throw new Error(`--scale must be between 1 and 4, not ${values.scale}`);
  const outDir = path.resolve(values.out ?? defaultOutDir);

  const { font, pictures } = await renderSampleCards({ outDir, scale, only: positionals });
  if (font !== 'Segoe UI' && font !== 'Open Sans') {
    console.warn(
      `warning: set in ${font ?? 'a fallback font'}; apt-get install -y fonts-open-sans for Segoe-like text`,
    );
  }
  for (const p of pictures) {
    console.log(`${p.file}  ${p.width}x${p.height}  ${p.title}`);
    for (const m of p.messages) console.warn(`  renderer: ${m}`);
  }
  console.log(
    `${pictures.length} pictures in ${path.relative(process.cwd(), outDir) || '.'} (font: ${font})`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

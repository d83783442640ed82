import fs from 'node:fs';
import path from 'node:path';
import { openCardRenderer, type CardRendererOptions } from './card-renderer';
import { sampleCards } from './sample-cards';
import { loadSampleWorld } from './sample-world';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const defaultOutDir = path.join(repoRoot, 'docs', 'images', 'cards');

export interface RenderSamplesOptions extends CardRendererOptions {
  outDir?: string;
  /** Render only the cards whose file name starts with one of these (e.g. "05" or "05-booking"). */
  only?: string[];
}

export interface WrittenPicture {
  file: string;
  title: string;
  width: number;
  height: number;
  messages: string[];
}

/** Renders the sample cards to PNG files; returns what it wrote and the font it used. */
export async function renderSampleCards(
  options: RenderSamplesOptions = {},
): Promise<{ font: string | null; pictures: WrittenPicture[] }> {
  const outDir = options.outDir ?? defaultOutDir;
  const only = options.only ?? [];
  const samples = sampleCards(loadSampleWorld(repoRoot)).filter(
    (s) => only.length === 0 || only.some((o) => s.file.startsWith(o)),
  );
  if (samples.length === 0) throw new Error(`no sample card matches ${only.join(', ')}`);
  fs.mkdirSync(outDir, { recursive: true });
  const renderer = await openCardRenderer(options);
  try {
    const pictures: WrittenPicture[] = [];
    for (const sample of samples) {
      const { png, width, height, messages } = await renderer.render(sample.card, { expand: sample.expand });
      fs.writeFileSync(path.join(outDir, sample.file), png);
      pictures.push({ file: sample.file, title: sample.title, width, height, messages });
    }
    return { font: renderer.font, pictures };
  } finally {
    await renderer.close();
  }
}

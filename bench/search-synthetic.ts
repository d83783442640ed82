import type { Guide } from '../bot/src/guides/guide';
import { splitSections, toPlainText } from '../bot/src/guides/markdown-sections';

/**
 * A large, reproducible corpus for latency: guides made of the words the real guides use, drawn
 * with their real frequencies (so common words are common and the vocabulary stays Danish), from a
 * fixed seed. Content is nonsense; sizes and word statistics are realistic.
 */
export function syntheticGuides(source: readonly Guide[], count: number, seed = 20260901): Guide[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const titleWords = wordsOf(source.map((g) => g.title));
  const keywordPhrases = source.flatMap((g) => g.keywords);
  const bodyWords = wordsOf(source.map((g) => g.body));
  const centers = [...new Set(source.map((g) => g.center))].sort();
  const sentence = (n: number) => Array.from({ length: n }, () => pick(bodyWords)).join(' ');
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

  return Array.from({ length: count }, (_, i) => {
    const id = `syntetisk-${String(i + 1).padStart(5, '0')}`;
    const shortAnswer = `${sentence(between(20, 45))}.`;
    const steps = Array.from({ length: between(3, 7) }, (_, s) => `${s + 1}. ${sentence(between(12, 40))}.`);
    const body = [
      '## Kort svar',
      shortAnswer,
      '',
      '## Sådan hjælper du borgeren',
      ...steps,
      '',
      '## Book tilbagekald når',
      `- ${sentence(between(6, 14))}`,
      `- ${sentence(between(6, 14))}`,
    ].join('\n');
    return {
      id,
      title: Array.from({ length: between(2, 7) }, () => pick(titleWords)).join(' '),
      center: pick(centers),
      keywords: Array.from({ length: between(0, 5) }, () => pick(keywordPhrases)),
      selfservice: null,
      updated: null,
      shortAnswer: toPlainText(shortAnswer),
      body,
      sections: splitSections(body),
      file: `${id}.md`,
    };
  });
}

/** Every word occurrence, so that drawing uniformly from the list follows the real frequencies. */
function wordsOf(texts: readonly string[]): string[] {
  return texts.flatMap((t) => t.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []);
}

/** Small seeded PRNG: the same seed gives the same corpus on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

import fs from 'node:fs';
import path from 'node:path';
import { cutToFit } from '../../bot/src/cards/fit-text';
import { guideDetailCards, guideResultsCard } from '../../bot/src/cards/guide-cards';
import { guideParts } from '../../bot/src/cards/guide-parts';
import { guideView, isLongGuide } from '../../bot/src/cards/guide-view';
import { cardBudgetBytes, messageBytes } from '../../bot/src/cards/message-size';
import { shortenText } from '../../bot/src/cards/shorten-text';
import { parseGuide } from '../../bot/src/guides/parse-guide';
import { readable } from './readable';

const longGuide = parseGuide(
  fs.readFileSync(
    path.join(__dirname, '..', 'guides', 'fixtures', 'long', 'flytning-adresseaendring.md'),
    'utf8',
  ),
  'CBAK/flytning-adresseaendring.md',
).guide!;
const now = new Date('2026-11-27T10:00:00Z');
const atMost = (n: number) => (text: string) => text.length <= n;

describe('long text cut to fit (cutToFit)', () => {
  test.each([
    ['text that fits stays whole', 'en to tre', 20, ['en to tre']],
    ['cut between paragraphs first', 'aaa bbb\n\nccc ddd', 8, ['aaa bbb', 'ccc ddd']],
    ['paragraphs are gathered while they fit', 'a\n\nb\n\nc', 4, ['a\n\nb', 'c']],
    ['then between lines', '1. aaa\n2. bbb', 7, ['1. aaa', '2. bbb']],
    ['then between words', 'aaaa bbbb cccc', 9, ['aaaa bbbb', 'cccc']],
    ['a word longer than anything fits is cut in the middle', 'abcdefgh', 4, ['abcd', 'efgh']],
  ])('%s', (_, text, max, expected) => {
    expect(cutToFit(text, atMost(max))).toEqual(expected);
  });
});

describe('a guide in parts (guideParts)', () => {
  const fits = (max: number) => (part: { text: string }[]) =>
    part.reduce((n, s) => n + s.text.length, 0) <= max;
  const continued = (h: string) => `${h} (fortsat)`;
  test.each([
    [
      'sections that fit together are one part',
      [
        ['A', 'aa'],
        ['B', 'bb'],
      ],
      4,
      [
        [
          ['A', 'aa'],
          ['B', 'bb'],
        ],
      ],
    ],
    [
      'a part ends where the next section would not fit',
      [
        ['A', 'aaa'],
        ['B', 'bbb'],
      ],
      4,
      [[['A', 'aaa']], [['B', 'bbb']]],
    ],
    [
      'a section too long on its own goes on, headed "(fortsat)"',
      [['A', 'aaa bbb ccc']],
      7,
      [[['A', 'aaa bbb']], [['A (fortsat)', 'ccc']]],
    ],
    ['a guide without sections is one empty part', [], 4, [[]]],
  ])('%s', (_, sections, max, expected) => {
    const given = sections.map(([heading, text]) => ({ heading: heading!, text: text! }));
    const parts = guideParts(given, fits(max), continued);
    expect(parts.map((p) => p.map((s) => [s.heading, s.text]))).toEqual(expected);
  });
});

describe('shortening a text at a word (shortenText)', () => {
  test.each([
    ['short text is kept', 'kort svar', 20, 'kort svar'],
    [
      'long text ends at a word, with an ellipsis',
      'borgeren skal selv melde flytning',
      20,
      'borgeren skal selv…',
    ],
    ['one long word is cut inside it', 'x'.repeat(30), 10, `${'x'.repeat(9)}…`],
  ])('%s', (_, text, max, expected) => {
    expect(shortenText(text, max)).toBe(expected);
    expect(shortenText(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe('cards of a long guide stay within one Teams message', () => {
  test('the fixture is long, and whole it would be above the budget', () => {
    expect(isLongGuide(longGuide)).toBe(true);
    expect(messageBytes(longGuide.sections)).toBeGreaterThan(cardBudgetBytes);
  });

  test('each part fits, and the parts hold every section in order', () => {
    const cards = guideDetailCards(guideView(longGuide, [], now));
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) expect(messageBytes(card)).toBeLessThanOrEqual(cardBudgetBytes);
    const shown = cards.flatMap((c) =>
      (c.body as { type: string; items?: { text: string }[] }[])
        .filter((b) => b.type === 'Container')
        .map((b) => b.items![1]!.text),
    );
    expect(shown).toEqual(longGuide.sections.map((s) => s.text));
  });

  test('three long results, the best with its section, still fit: short answers and the section are capped', () => {
    const huge = { ...longGuide, shortAnswer: 'Læs højt. '.repeat(400) };
    const focus = { heading: 'Meget langt afsnit', text: 'Trin for trin. '.repeat(2000) };
    const views = [1, 2, 3].map((i) =>
      guideView({ ...huge, id: `lang-${i}` }, [], now, i === 1 ? focus : null),
    );
    const card = guideResultsCard('flytning', views);
    expect(messageBytes(card)).toBeLessThanOrEqual(cardBudgetBytes);
    expect(readable(card)).toContain('lang-3');
    expect(readable(card)).toContain('Meget langt afsnit');
  });

  test('a short guide never shows a section on the results card: one press shows all of it', () => {
    const short = { ...longGuide, sections: longGuide.sections.slice(0, 2) };
    expect(guideView(short, [], now, longGuide.sections[1]!).focus).toBeNull();
  });
});

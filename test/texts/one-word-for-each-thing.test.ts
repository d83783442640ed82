import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { callbackMessages } from '../../bot/src/texts/callbacks';
import { texts } from '../../tab/src/texts';

/**
 * Decision 0053: one word for each thing. The words ruled out there must not come back in what
 * users read, and the tab must name statuses, outcomes and urgency exactly as the cards do.
 * Whole folders are read (not one catalogue file), so the rule holds wherever a text lives.
 */
const root = path.resolve(__dirname, '../..');

function filesUnder(dir: string, endings: readonly string[]): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && endings.some((end) => entry.name.endsWith(end)))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const read = (files: readonly string[]) =>
  files.map((file) => ({ file: path.relative(root, file), text: readFileSync(file, 'utf8') }));

const appTexts = read([
  ...filesUnder('bot/src', ['.ts']),
  ...filesUnder('tab/src', ['.ts', '.tsx']),
  path.join(root, 'manifest/manifest.template.json'),
]);
const guides = read(filesUnder('knowledge/guides', ['.md']));

const hits = (corpus: typeof appTexts, word: RegExp) =>
  corpus.flatMap(({ file, text }) => (text.match(word) ?? []).map((match) => `${file}: ${match}`));

describe('one word for each thing (decision 0053)', () => {
  test('the texts read here include the bot, the tab, the manifest and the guides', () => {
    const all = [...appTexts, ...guides].map((f) => f.text).join('\n');
    for (const known of [
      'Tag opgaven',
      'Hastegrad',
      'Tid til opgaven blev taget',
      'Vejled borgeren',
      'Overblik',
    ])
      expect(all).toContain(known);
  });

  test.each([
    ['kontaktcentret', 'kontaktcenteret', /\bkontaktcentret(s)?\b/giu],
    ['centret', 'centeret', /(?<![\p{L}])centret(s)?(?![\p{L}])/giu],
    ['overdragelse', 'overtagelse', /\boverdragelse(n)?\b/giu],
    ['Hast as a label', 'Hastegrad', /'Hast'/gu],
    ['Hastende', 'Hastegrad / Haster', /\bhastende\b/giu],
    ['Behandler', 'Taget af', /(?<![\p{L}])behandler(en)?(?![\p{L}])/giu],
    ['Bestilt', 'Booket', /(?<![\p{L}])bestilt(e)?(?![\p{L}])/giu],
    ['Tid til taget', 'Tid til opgaven blev taget', /tid til taget/giu],
    ['handle på', 'behandle', /handle på/giu],
    ['om et øjeblik', 'om lidt', /om et øjeblik/giu],
    ['persondata', 'personoplysninger', /persondata/giu],
    // An opening «: Danish quotes open with » and close with «, so « is followed by a space or a stop.
    ['«…»', '»…«', /«[\p{L}$]/gu],
  ])('the app never says %s (it says %s)', (_name, _instead, word) => {
    expect(hits(appTexts, word)).toEqual([]);
  });

  test.each([
    ['Guid', /\bguid(e)?\b/giu],
    ['hastende', /\bhastende\b/giu],
    ['kontaktcentret', /\bkontaktcentret(s)?\b/giu],
    ['overdragelse', /\boverdragelse(n)?\b/giu],
  ])('the guides never say %s', (_name, word) => {
    expect(hits(guides, word)).toEqual([]);
  });

  test.each(['status', 'urgency', 'outcome', 'attemptNote'] as const)(
    'the tab names each %s exactly as the cards and the CSV do',
    (table) => {
      expect(texts[table]).toEqual(callbackMessages[table]);
    },
  );
});

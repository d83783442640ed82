import { guideDetailCard, guideResultsCard } from '../../bot/src/cards/guide-cards';
import { guideView } from '../../bot/src/cards/guide-view';
import { messageCard } from '../../bot/src/cards/message-card';
import { leftoverExpressions } from '../../bot/src/cards/render-card';
import detailTemplate from '../../bot/src/cards/templates/guide-detail.json';
import resultsTemplate from '../../bot/src/cards/templates/guide-results.json';
import type { Center } from '../../bot/src/centers/center';
import type { Guide } from '../../bot/src/guides/guide';
import { readable } from './readable';

const centers: Center[] = [
  {
    code: 'CSO',
    name: 'Center for Sundhed og Omsorg',
    handoverDate: '2026-09-01',
    unitPhone: '45 97 32 00',
    deadlineWorkingDays: 2,
  },
  {
    code: 'CTMB',
    name: 'Center for Trafik, Miljø og Bæredygtighed',
    handoverDate: '2027-01-31',
    unitPhone: '45 97 37 00',
    deadlineWorkingDays: 3,
  },
];
const guide = (over: Partial<Guide>): Guide => ({
  id: 'madservice',
  title: 'Madservice',
  center: 'CSO',
  keywords: [],
  selfservice: 'https://www.ltk.dk/mad',
  updated: '2026-03-01',
  shortAnswer: 'Borgeren kan få mad bragt ud.',
  body: '',
  sections: [{ heading: 'Kort svar', text: 'Borgeren kan få mad bragt ud.' }],
  file: 'CSO/madservice.md',
  ...over,
});
const now = new Date('2026-11-27T10:00:00Z');
const texts = (card: object): string => readable(card);

describe('guide cards', () => {
  test('a result shows title, owning center, the short answer, the self-service link and the buttons', () => {
    const card = guideResultsCard('mad', [guideView(guide({}), centers, now)]);
    const json = texts(card);
    expect(json).toContain('Madservice');
    expect(json).toContain('Center for Sundhed og Omsorg (CSO)');
    expect(json).toContain('Borgeren kan få mad bragt ud.');
    expect(json).toContain('https://www.ltk.dk/mad');
    expect(json).toContain('"verb":"guide.show"');
    expect(json).toContain('"verb":"inquiry.solved"');
    expect(json).toContain('"verb":"callback.form"');
    expect(leftoverExpressions(resultsTemplate, card)).toEqual([]);
  });

  test('a guide of a center not yet handled says so, with date and unit number, and offers no booking', () => {
    const card = guideResultsCard('affald', [
      guideView(guide({ id: 'storskrald', center: 'CTMB', selfservice: null }), centers, now),
    ]);
    const json = texts(card);
    expect(json).toContain('Kontaktcenteret overtager CTMB den 31. januar 2027');
    expect(json).toContain('45 97 37 00');
    expect(json).not.toContain('callback.form');
    expect(json).not.toContain('Action.OpenUrl');
  });

  test('text from guides or users is never evaluated as a template expression', () => {
    const evil = guide({ title: '${$root.labels.book}', shortAnswer: '${guides[0].id}' });
    const card = guideResultsCard('${query}', [guideView(evil, centers, now)]);
    const json = texts(card);
    expect(json).toContain('"text":"${$root.labels.book}"');
    expect(json).toContain('${guides[0].id}');
    expect(json).toContain('»${query}«');
  });

  test('the whole guide shows every section and when it was last reviewed', () => {
    const card = guideDetailCard(
      guideView(
        guide({
          sections: [
            { heading: 'Kort svar', text: 'a' },
            { heading: 'Sådan hjælper du borgeren', text: '1. Ring' },
          ],
        }),
        centers,
        now,
      ),
    );
    const json = texts(card);
    expect(json).toContain('Sådan hjælper du borgeren');
    expect(json).toContain('1. Ring');
    expect(json).toContain('Senest gennemgået 1. marts 2026');
    expect(leftoverExpressions(detailTemplate, card)).toEqual([]);
  });

  test('a message card leaves out empty parts', () => {
    const json = texts(messageCard({ heading: 'Hej' }));
    expect(json).not.toContain('FactSet');
    expect(json).not.toContain('${');
  });
});

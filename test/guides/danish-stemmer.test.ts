import { stemDanish } from '../../bot/src/guides/search/danish-stemmer';

describe('stemDanish (Snowball Danish)', () => {
  test.each([
    // Examples from the Snowball Danish sample vocabulary.
    ['indtage', 'indtag'],
    ['indtager', 'indtag'],
    ['indtages', 'indtag'],
    ['indtaget', 'indtag'],
    ['indtagelse', 'indtag'],
    ['indtrængende', 'indtræng'],
    ['indtræffer', 'indtræf'],
    // Main suffixes, only inside R1.
    ['kommunen', 'kommun'],
    ['borgerne', 'borg'],
    ['vejledninger', 'vejledning'],
    ['dagens', 'dag'],
    ['huset', 'hus'],
    ['kortet', 'kort'],
    // -s only after a valid s-ending, and not before R1.
    ['tilskuds', 'tilskud'],
    ['bus', 'bus'],
    // Consonant pairs gd/dt/gt/kt lose their last letter.
    ['indtægt', 'indtæg'],
    ['indtægter', 'indtæg'],
    // Other suffixes: -els, -lig, -elig, -igst, -løst.
    ['anmeldelse', 'anmeld'],
    ['lykkelig', 'lyk'],
    ['vigtigste', 'vigt'],
    ['hjælpeløst', 'hjælpeløs'],
    // Undoubling a final double consonant.
    ['hjemmet', 'hjem'],
    ['rotter', 'rot'],
    ['flytte', 'flyt'],
    // Left alone: short words, no suffix in R1, numbers.
    ['er', 'er'],
    ['flytning', 'flytning'],
    ['kontanthjælp', 'kontanthjælp'],
    ['2026', '2026'],
  ])('%s → %s', (word, stem) => {
    expect(stemDanish(word)).toBe(stem);
  });
});

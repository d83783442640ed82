import path from 'node:path';
import { loadGuides } from '../../bot/src/guides/load-guides';
import { isAppError } from '../../bot/src/shared/errors';

const mixed = path.join(__dirname, 'fixtures', 'mixed');
const centers = ['CBAK', 'CSO', 'CØI'];

describe('loadGuides', () => {
  test('broken guides are reported and skipped while the good ones, in any sub-folder, still load', () => {
    const { guides } = loadGuides(mixed, centers);
    expect(guides.map((g) => g.id)).toEqual(['god-vejledning', 'ogsaa-god']);
    expect(guides.map((g) => g.file)).toEqual(['good.md', 'sub/also-good.md']);
  });

  test('each problem names the file and the line to fix; a README without front matter is not one', () => {
    const { problems } = loadGuides(mixed, centers);
    expect(problems).toEqual([
      { file: 'broken-id.md', line: 3, reason: expect.stringContaining("'id'") },
      { file: 'no-front-matter.md', line: 1, reason: expect.stringContaining('mangler front matter') },
      { file: 'same-id-as-good.md', line: 2, reason: expect.stringContaining('allerede brugt i good.md') },
      { file: 'unknown-center.md', line: 4, reason: expect.stringContaining("ukendt centerkode 'XYZ'") },
    ]);
  });

  test('without known center codes, any center is accepted', () => {
    const { guides, problems } = loadGuides(mixed);
    expect(guides.map((g) => g.id)).toContain('ukendt-center');
    expect(problems.some((p) => p.reason.includes('centerkode'))).toBe(false);
  });

  test('center codes are compared in one Unicode form, so CØI typed either way is known', () => {
    const { guides } = loadGuides(mixed, ['CSO', 'CO\u0338I'.normalize('NFC'), 'CØI'.normalize('NFD')]);
    expect(guides.map((g) => g.id)).toContain('ogsaa-god');
  });

  test('a folder that does not exist is a configuration error, not an empty knowledge base', () => {
    expect.assertions(1);
    try {
      loadGuides(path.join(mixed, 'findes-ikke'));
    } catch (error) {
      expect(isAppError(error, 'CONFIG_INVALID')).toBe(true);
    }
  });
});

import path from 'node:path';
import { loadCenters } from '../../bot/src/centers/load-centers';

const fixture = (name: string) => path.join(__dirname, 'fixtures', name);

describe('centers configuration', () => {
  test.each([
    ['bad-date.yaml', /centers\.0\.handoverDate: not a date/],
    ['bad-code.yaml', /centers\.0\.code: a center code is 2-8 capital letters/],
    ['missing.yaml', /missing\.yaml: ENOENT/],
  ])('%s stops start-up with the reason', (file, reason) => {
    expect(() => loadCenters(fixture(file))).toThrow(reason);
  });
});

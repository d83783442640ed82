import path from 'node:path';
import type { Center } from '../../bot/src/centers/center';
import { loadCenters } from '../../bot/src/centers/load-centers';
import { centerStatus, findCenter } from '../../bot/src/centers/wave-plan';

const centers = loadCenters(path.resolve(__dirname, '../../knowledge/centers.yaml'));
const byCode = (code: string): Center => findCenter(centers, code)!;

describe('the wave plan', () => {
  test('the configuration lists all nine centers, with the Unicode code CØI', () => {
    expect(centers.map((c) => c.code)).toEqual([
      'CBAK',
      'CSO',
      'CSI',
      'CUP',
      'CØI',
      'CAE',
      'CTMB',
      'CBB',
      'CPO',
    ]);
  });

  test.each([
    ['CBAK', '2026-11-27T10:00:00Z', { live: true }],
    ['CØI', '2026-11-27T10:00:00Z', { live: false, daysUntilHandover: 4 }],
    // Handover is at midnight in Copenhagen: 23:30 UTC on 30 Nov is already 1 Dec there.
    ['CØI', '2026-11-30T23:30:00Z', { live: true }],
    ['CØI', '2026-11-30T22:30:00Z', { live: false, daysUntilHandover: 1 }],
    ['CTMB', '2026-11-27T10:00:00Z', { live: false, daysUntilHandover: 65 }],
  ])('%s at %s', (code, at, expected) => {
    expect(centerStatus(byCode(code), new Date(at))).toEqual(expected);
  });

  test('a center is found by its code in any case', () => {
    expect(findCenter(centers, 'cøi')?.code).toBe('CØI');
    expect(findCenter(centers, 'XYZ')).toBeUndefined();
  });
});

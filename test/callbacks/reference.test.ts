import { formatReference, parseReference } from '../../bot/src/callbacks/reference';

test.each([
  [1, 'TB-1'],
  [1042, 'TB-1042'],
  [123456, 'TB-123456'],
])('formatReference(%d) -> %s', (seq, reference) => {
  expect(formatReference(seq)).toBe(reference);
});

test.each([0, -1, 1.5, Number.NaN])('formatReference(%d) is a programming error', (seq) => {
  expect(() => formatReference(seq)).toThrow(RangeError);
});

describe('parseReference', () => {
  test.each([
    ['TB-1042', 1042],
    ['tb-1042', 1042],
    ['tb 1042', 1042],
    ['TB1042', 1042],
    ['  Tb - 1042 ', 1042],
    ['TB–1042', 1042],
    ['TB-01042', 1042],
  ])('%j -> TB-%d', (text, seq) => {
    expect(parseReference(text)).toEqual({ seq, reference: `TB-${seq}` });
  });

  test.each([
    '',
    '1042',
    'TB',
    'TB-',
    'TB-0',
    'TB-10a',
    'XB-1042',
    'TB-1042 og mere',
    'se TB-1042',
    'TB-12.5',
  ])('rejects %j', (text) => {
    expect(parseReference(text)).toBeNull();
  });

  test('a formatted reference parses back to the same sequence', () => {
    for (const seq of [1, 9, 1042, 999999]) expect(parseReference(formatReference(seq))?.seq).toBe(seq);
  });
});

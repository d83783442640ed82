import { cleanLine, cleanMultiline } from '../../bot/src/callbacks/clean-text';

describe('cleanLine', () => {
  test.each([
    ['  Anna Hansen  ', 'Anna Hansen'],
    ['Anna\nHansen', 'Anna Hansen'],
    ['Anna\r\n\tHansen', 'Anna Hansen'],
    ['Anna   Hansen', 'Anna Hansen'],
    ['Anna\u00a0Hansen', 'Anna Hansen'],
    ['Ann\u0000a\u0007', 'Anna'],
    ['\u202eanaN\u202c', 'anaN'],
    ['Zero\u200bwidth\ufeff', 'Zerowidth'],
    ['Ærø Østergård', 'Ærø Østergård'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(cleanLine(input)).toBe(expected);
  });
});

describe('cleanMultiline', () => {
  test.each([
    ['Linje 1\nLinje 2', 'Linje 1\nLinje 2'],
    ['Linje 1\r\nLinje 2\rLinje 3', 'Linje 1\nLinje 2\nLinje 3'],
    ['A\n\n\n\n\nB', 'A\n\nB'],
    ['A   \nB', 'A\nB'],
    ['\tA\u0007\u200b', 'A'],
    ['  \n  ', ''],
  ])('%j -> %j', (input, expected) => {
    expect(cleanMultiline(input)).toBe(expected);
  });
});

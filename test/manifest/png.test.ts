import { decodePng, PngError } from '../../manifest/png/png-decode';
import { encodePng } from '../../manifest/png/png-encode';
import { chromiumPng, rawPng } from './png-fixtures';

describe('reading icons as PNG', () => {
  const gradient = (width: number, height: number) => {
    const rows: Buffer[] = [];
    const rgba = new Uint8Array(width * height * 4);
    for (let y = 0; y < height; y++) {
      const row = Buffer.alloc(width * 4);
      for (let x = 0; x < width; x++) {
        const pixel = [(x * 37) & 255, (y * 53) & 255, (x * y * 11) & 255, x % 3 === 0 ? 0 : 255];
        row.set(pixel, x * 4);
        rgba.set(pixel, (y * width + x) * 4);
      }
      rows.push(row);
    }
    return { rows, rgba };
  };

  test.each([0, 1, 2, 3, 4] as const)('undoes row filter %i as other encoders write it', (filter) => {
    const { rows, rgba } = gradient(9, 7);
    const decoded = decodePng(rawPng({ width: 9, height: 7, colorType: 6, bitDepth: 8, rows, filter }));
    expect(decoded).toMatchObject({ width: 9, height: 7, hasAlpha: true });
    expect(Buffer.from(decoded.rgba)).toEqual(Buffer.from(rgba));
  });

  test('reads what its own encoder writes', () => {
    const { rgba } = gradient(5, 4);
    expect(Buffer.from(decodePng(encodePng({ width: 5, height: 4, rgba })).rgba)).toEqual(Buffer.from(rgba));
  });

  test("reads Chromium's PNG encoder output", () => {
    const decoded = decodePng(chromiumPng);
    expect([decoded.width, decoded.height]).toEqual([16, 8]);
    for (const [x, y] of [
      [0, 0],
      [5, 3],
      [11, 7],
    ] as const) {
      const at = (y * 16 + x) * 4;
      expect([...decoded.rgba.subarray(at, at + 4)]).toEqual([x * 16, y * 32, (x * y * 7) % 256, 255]);
    }
    expect(decoded.rgba[(2 * 16 + 13) * 4 + 3]).toBe(0);
  });

  test('reads a 2-bit palette with transparency (as PNG optimisers write outline icons)', () => {
    // Palette: 0 transparent black, 1 white. Four pixels a row, 2 bits each: 0,1,1,0.
    const decoded = decodePng(
      rawPng({
        width: 4,
        height: 2,
        colorType: 3,
        bitDepth: 2,
        rows: [Buffer.from([0b00010100]), Buffer.from([0b00010100])],
        filter: 0,
        palette: Buffer.from([0, 0, 0, 255, 255, 255]),
        transparency: Buffer.from([0]),
      }),
    );
    expect(decoded.hasAlpha).toBe(true);
    expect([...decoded.rgba.subarray(0, 8)]).toEqual([0, 0, 0, 0, 255, 255, 255, 255]);
  });

  test('reads grey without alpha as opaque', () => {
    const decoded = decodePng(
      rawPng({ width: 2, height: 1, colorType: 0, bitDepth: 8, rows: [Buffer.from([0, 200])], filter: 1 }),
    );
    expect(decoded.hasAlpha).toBe(false);
    expect([...decoded.rgba]).toEqual([0, 0, 0, 255, 200, 200, 200, 255]);
  });

  test.each([
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]), 'er ikke en PNG-fil'],
    [
      'a truncated PNG',
      encodePng({ width: 2, height: 2, rgba: new Uint8Array(16) }).subarray(0, 40),
      'afkortet',
    ],
  ])('refuses %s with a reason', (_name, file, reason) => {
    expect(() => decodePng(file)).toThrow(PngError);
    expect(() => decodePng(file)).toThrow(reason);
  });
});

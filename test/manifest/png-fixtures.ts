import zlib from 'node:zlib';
import { encodePng, type RgbaImage } from '../../manifest/png/png-encode';

/**
 * PNGs the way other programs write them, to test the decoder on more than its own encoder's
 * output: any row filter, palettes with transparency, grey.
 */
export function solid(size: number, rgba: [number, number, number, number]): RgbaImage {
  const data = new Uint8Array(size * size * 4);
  for (let i = 0; i < data.length; i += 4) data.set(rgba, i);
  return { width: size, height: size, rgba: data };
}

export const png = (image: RgbaImage): Buffer => encodePng(image);

/** A white ring on transparent: what an outline icon should look like. */
export function ring(size: number): RgbaImage {
  const image = solid(size, [0, 0, 0, 0]);
  const c = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - c, y - c);
      if (d > size * 0.3 && d < size * 0.4) image.rgba.set([255, 255, 255, 255], (y * size + x) * 4);
    }
  }
  return image;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(zlib.crc32(body), 8 + data.length);
  return out;
}

interface RawPng {
  width: number;
  height: number;
  colorType: number;
  bitDepth: number;
  /** Unfiltered rows, each `stride` bytes. */
  rows: Buffer[];
  /** The filter type written before each row. */
  filter: 0 | 1 | 2 | 3 | 4;
  palette?: Buffer;
  transparency?: Buffer;
}

/** Applies PNG row filters forwards (the decoder undoes them). */
export function rawPng(spec: RawPng): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(spec.width, 0);
  header.writeUInt32BE(spec.height, 4);
  header[8] = spec.bitDepth;
  header[9] = spec.colorType;
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[spec.colorType] ?? 1;
  const bpp = Math.max(1, (channels * spec.bitDepth) / 8);
  const filtered = spec.rows.map((row, y) => {
    const prev = spec.rows[y - 1];
    const out = Buffer.alloc(row.length + 1);
    out[0] = spec.filter;
    for (let x = 0; x < row.length; x++) {
      const a = x >= bpp ? row[x - bpp]! : 0;
      const b = prev ? prev[x]! : 0;
      const c = prev && x >= bpp ? prev[x - bpp]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][spec.filter]!;
      out[x + 1] = (row[x]! - predicted) & 0xff;
    }
    return out;
  });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...(spec.palette ? [chunk('PLTE', spec.palette)] : []),
    ...(spec.transparency ? [chunk('tRNS', spec.transparency)] : []),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(filtered))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * 16x8 RGBA written by Chromium's encoder (canvas.toDataURL): r = 16x, g = 32y, b = 7xy mod 256,
 * opaque for x < 12 and transparent after.
 */
export const chromiumPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAICAYAAADwdn+XAAAAWklEQVR4AezQoQ2AQBBE0Z8zOILBIS7BocDhQOFIKIESKIESKIES6BC+hQYwt9nndkdMAO5CUa1GLVq1adehU5e8f23AT2IGMVepSrUadeo1aNLMd1IA/N/BAwAA//9nJvHyAAAABklEQVQDAN+/J0c0Kh3aAAAAAElFTkSuQmCC',
  'base64',
);

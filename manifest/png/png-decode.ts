import zlib from 'node:zlib';
import { pngSignature, type RgbaImage } from './png-encode';

/**
 * Reads a PNG into 8-bit RGBA, so that the package can check an icon's size and transparency
 * whatever program drew it: every colour type, bit depths 1-16, the five row filters, palette
 * transparency (tRNS). Interlaced (Adam7) files are refused with a reason instead.
 */
export interface DecodedPng extends RgbaImage {
  colorType: number;
  bitDepth: number;
  /** True when the file can express transparency at all (alpha channel or tRNS). */
  hasAlpha: boolean;
}

export class PngError extends Error {}

const channelsOf: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export function decodePng(file: Buffer): DecodedPng {
  if (file.length < 8 || !file.subarray(0, 8).equals(pngSignature)) throw new PngError('er ikke en PNG-fil');
  const { header, palette, transparency, idat } = readChunks(file);
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const bitDepth = header[8]!;
  const colorType = header[9]!;
  const channels = channelsOf[colorType];
  if (channels === undefined) throw new PngError(`har en ukendt farvetype (${colorType})`);
  if (header[12] !== 0) throw new PngError('er interlaced (Adam7); gem den uden interlacing');
  if (colorType === 3 && !palette) throw new PngError('mangler sin palet (PLTE)');

  const bitsPerPixel = channels * bitDepth;
  const stride = Math.ceil((width * bitsPerPixel) / 8);
  const rows = unfilter(zlib.inflateSync(idat), stride, height, Math.max(1, bitsPerPixel / 8));

  const rgba = new Uint8Array(width * height * 4);
  const max = (1 << bitDepth) - 1;
  // Grey and RGB images name one transparent colour in tRNS, as 16-bit values.
  const keyed = (samples: number[]): boolean =>
    transparency !== undefined &&
    colorType !== 3 &&
    samples.every((v, i) => {
      const key = transparency.readUInt16BE(i * 2);
      return (bitDepth === 16 ? key >> 8 : key) === v;
    });
  for (let y = 0; y < height; y++) {
    const row = rows.subarray(y * stride, (y + 1) * stride);
    const sample = (index: number): number => {
      if (bitDepth === 8) return row[index]!;
      if (bitDepth === 16) return row[index * 2]!; // the high byte is enough for 8-bit output
      const bit = index * bitDepth;
      return (row[bit >> 3]! >> (8 - bitDepth - (bit & 7))) & max;
    };
    for (let x = 0; x < width; x++) {
      const out = (y * width + x) * 4;
      const s = (c: number) => sample(x * channels + c);
      const scale = (v: number) => (bitDepth >= 8 ? v : Math.round((v * 255) / max));
      let r: number, g: number, b: number, a: number;
      if (colorType === 3) {
        const i = s(0);
        [r, g, b] = [palette![i * 3] ?? 0, palette![i * 3 + 1] ?? 0, palette![i * 3 + 2] ?? 0];
        a = transparency?.[i] ?? 255;
      } else if (colorType === 0 || colorType === 4) {
        r = g = b = scale(s(0));
        a = colorType === 4 ? s(1) : keyed([s(0)]) ? 0 : 255;
      } else {
        [r, g, b] = [s(0), s(1), s(2)];
        a = colorType === 6 ? s(3) : keyed([r, g, b]) ? 0 : 255;
      }
      rgba.set([r, g, b, a], out);
    }
  }
  return { width, height, rgba, colorType, bitDepth, hasAlpha: colorType >= 4 || transparency !== undefined };
}

function readChunks(file: Buffer) {
  let header: Buffer | undefined;
  let palette: Buffer | undefined;
  let transparency: Buffer | undefined;
  const idat: Buffer[] = [];
  let ended = false;
  for (let at = 8; at + 8 <= file.length && !ended;) {
    const length = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    const data = file.subarray(at + 8, at + 8 + length);
    if (data.length !== length) throw new PngError(`er afkortet (i ${type})`);
    if (type === 'IHDR') header = data;
    else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') transparency = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') ended = true;
    at += 12 + length;
  }
  if (!ended) throw new PngError('er afkortet (slutter før IEND)');
  if (!header || header.length !== 13) throw new PngError('mangler sit IHDR-hoved');
  if (idat.length === 0) throw new PngError('har ingen billeddata (IDAT)');
  return { header, palette, transparency, idat: Buffer.concat(idat) };
}

/** Undoes the per-row filters (PNG spec §9); `bpp` is bytes per complete pixel, at least 1. */
function unfilter(data: Buffer, stride: number, height: number, bpp: number): Uint8Array {
  if (data.length < (stride + 1) * height) throw new PngError('har for få billeddata til sin størrelse');
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)]!;
    const line = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = y * stride;
    const prev = cur - stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[cur + x - bpp]! : 0;
      const b = y > 0 ? out[prev + x]! : 0;
      const c = x >= bpp && y > 0 ? out[prev + x - bpp]! : 0;
      let predicted: number;
      if (filter === 0) predicted = 0;
      else if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >> 1;
      else if (filter === 4) predicted = paeth(a, b, c);
      else throw new PngError(`har en ukendt rækkefilter-type (${filter})`);
      out[cur + x] = (line[x]! + predicted) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

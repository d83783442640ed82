import fs from 'node:fs';
import path from 'node:path';
import { checkIcon } from '../../manifest/check-icons';
import { drawColorIcon, drawOutlineIcon } from '../../manifest/draw-icons';
import { decodePng } from '../../manifest/png/png-decode';
import { png, ring, solid } from './png-fixtures';

const manifestDir = path.resolve(__dirname, '..', '..', 'manifest');

describe('the committed icons', () => {
  test.each([
    ['color', 'color.png'],
    ['outline', 'outline.png'],
  ] as const)('%s icon passes the checks Teams applies', (role, file) => {
    expect(checkIcon(role, file, fs.readFileSync(path.join(manifestDir, file)))).toEqual([]);
  });

  test.each([
    ['color.png', drawColorIcon],
    ['outline.png', drawOutlineIcon],
  ])('%s is what manifest/draw-icons.ts draws (regenerate it after changing a shape)', (file, draw) => {
    const committed = decodePng(fs.readFileSync(path.join(manifestDir, file)));
    expect(Buffer.from(committed.rgba).equals(Buffer.from(draw().rgba))).toBe(true);
  });
});

describe('icons Teams would refuse', () => {
  test.each([
    [
      'color',
      'a 100x100 colour icon',
      png(solid(100, [15, 91, 120, 255])),
      'er 100x100 pixel; farveikonet skal være 192x192',
    ],
    ['outline', 'a 48x48 outline icon', png(ring(48)), 'er 48x48 pixel; omridsikonet skal være 32x32'],
    [
      'outline',
      'an opaque outline icon',
      png(solid(32, [255, 255, 255, 255])),
      'har ingen gennemsigtig baggrund',
    ],
    [
      'outline',
      'an outline icon with a mostly opaque background',
      png({
        ...solid(32, [255, 255, 255, 255]),
        rgba: (() => {
          const image = solid(32, [255, 255, 255, 255]).rgba;
          image[3] = 0; // one transparent corner pixel is not a transparent background
          return image;
        })(),
      }),
      'er for det meste uigennemsigtigt',
    ],
    [
      'outline',
      'a coloured outline icon',
      png({ ...ring(32), rgba: ring(32).rgba.map((v, i) => (i % 4 === 0 && v === 255 ? 0 : v)) }),
      'der ikke er hvide',
    ],
    [
      'color',
      'a JPEG renamed to .png',
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0, 0, 0]),
      'er ikke en PNG-fil',
    ],
  ] as const)('%s: %s is refused with a reason', (role, _what, file, reason) => {
    const problems = checkIcon(role, `${role}.png`, file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${role}\\.png `));
    expect(problems[0]).toContain(reason);
  });
});

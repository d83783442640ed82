import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readZip, writeZip } from '../../manifest/zip';

const entries = [
  { name: 'manifest.json', data: Buffer.from(JSON.stringify({ name: 'Kontaktcenter – æøå' }).repeat(20)) },
  { name: 'color.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) }, // stored: deflate won't help
  { name: 'en.json', data: Buffer.alloc(0) },
];

describe('the zip writer', () => {
  test('writes what it reads back, byte for byte', () => {
    expect(readZip(writeZip(entries))).toEqual(entries);
  });

  test('gives the same bytes for the same files (a rebuild is not a new package)', () => {
    expect(writeZip(entries).equals(writeZip(entries))).toBe(true);
  });

  test('writes a zip that an independent reader accepts (Python zipfile)', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zip-')), 'package.zip');
    fs.writeFileSync(file, writeZip(entries));
    const listing = execFileSync(
      'python3',
      [
        '-c',
        'import sys, zipfile, json; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; ' +
          'print(json.dumps([[i.filename, i.file_size, i.compress_type] for i in z.infolist()]))',
        file,
      ],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(listing)).toEqual([
      ['manifest.json', entries[0]!.data.length, 8],
      ['color.png', 7, 0],
      ['en.json', 0, 0],
    ]);
  });

  test('refuses a damaged zip instead of returning wrong data', () => {
    const zip = writeZip(entries);
    zip[50] = zip[50]! ^ 0xff; // inside manifest.json's compressed data (header 30 + name 13)
    expect(() => readZip(zip)).toThrow();
  });
});

import path from 'node:path';
import { loadCenters } from '../../bot/src/centers/load-centers';
import { loadGuides } from '../../bot/src/guides/load-guides';

const knowledge = path.resolve(__dirname, '../../knowledge');
const centers = loadCenters(path.join(knowledge, 'centers.yaml'));
const { guides, problems } = loadGuides(
  knowledge,
  centers.map((c) => c.code),
);

describe('the product’s own knowledge base', () => {
  test('every guide parses, with a known center and a unique id', () => {
    expect(problems).toEqual([]);
    expect(new Set(guides.map((g) => g.id)).size).toBe(guides.length);
  });

  test('every center has guides, and every guide has a short answer to read aloud', () => {
    for (const center of centers)
      expect(guides.filter((g) => g.center === center.code).length).toBeGreaterThanOrEqual(3);
    expect(guides.filter((g) => g.shortAnswer.trim() === '').map((g) => g.id)).toEqual([]);
  });

  test('no guide contains anything that looks like a CPR number', () => {
    const cpr = /\b\d{6}[- ]?\d{4}\b/;
    expect(guides.filter((g) => cpr.test(g.body)).map((g) => g.id)).toEqual([]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { cardVerbNamed, cardVerbs } from '../../bot/src/cards/card-verbs';
import { guideResultsCard } from '../../bot/src/cards/guide-cards';
import { guideView } from '../../bot/src/cards/guide-view';
import { referralCard } from '../../bot/src/cards/referral-card';
import { sampleCards } from '../../scripts/render-cards/sample-cards';
import { loadSampleWorld } from '../../scripts/render-cards/sample-world';

const repoRoot = path.resolve(__dirname, '..', '..');

interface Button {
  type: string;
  verb?: string;
  data?: Record<string, unknown>;
}

/** Every button of a card, with the values its inputs would add (the first choice of each). */
function buttonsOf(
  card: unknown,
): { verb: string; kind: 'execute' | 'submit'; data: Record<string, unknown> }[] {
  const found: { verb: string; kind: 'execute' | 'submit'; data: Record<string, unknown> }[] = [];
  const inputs: Record<string, unknown> = {};
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n.id === 'string' && Array.isArray(n.choices))
      inputs[n.id] = (n.choices[0] as { value: string }).value;
    const b = n as unknown as Button;
    if (b.type === 'Action.Execute' && b.verb)
      found.push({ verb: b.verb, kind: 'execute', data: b.data ?? {} });
    if (b.type === 'Action.Submit' && typeof b.data?.verb === 'string') {
      const { verb, ...data } = b.data;
      found.push({ verb: verb as string, kind: 'submit', data });
    }
    Object.values(n).forEach(walk);
  };
  walk(card);
  return found.map((b) => ({ ...b, data: { ...inputs, ...b.data } }));
}

const accepted = (button: { verb: string; kind: string; data: Record<string, unknown> }) => {
  const name = cardVerbNamed(button.verb);
  if (!name) return `unregistered verb ${button.verb}`;
  if (cardVerbs[name].kind !== button.kind) return `${button.verb} is an ${cardVerbs[name].kind} verb`;
  const parsed = cardVerbs[name].data.safeParse(button.data);
  return parsed.success ? 'ok' : `${button.verb}: ${parsed.error.issues[0]?.message}`;
};

describe('one registry of card buttons, for the cards and the router', () => {
  const world = loadSampleWorld(repoRoot);
  const cards = [
    ...sampleCards(world).map((s) => ({ name: s.file, card: s.card })),
    {
      name: 'search results',
      card: guideResultsCard('pas', [
        guideView(world.guide('hjemmehjaelp-udeblevet'), world.centers, world.now),
      ]),
    },
    { name: 'referral', card: referralCard(world.catalog.referral('henvis-skat-forskudsopgoerelse')!) },
  ];

  test.each(cards.map((c) => [c.name, c.card] as const))(
    'every button of "%s" names a registered verb whose data the router accepts',
    (_name, card) => {
      const buttons = buttonsOf(card);
      expect(buttons.map(accepted)).toEqual(buttons.map(() => 'ok'));
    },
  );

  test('new callback cards no longer send a version; the router reads none', () => {
    const claimed = sampleCards(world).find((s) => s.file.startsWith('08'))!.card;
    for (const b of buttonsOf(claimed)) expect(b.data).not.toHaveProperty('version');
  });

  test('cards posted in November 2026 (with the version nothing read) are still accepted, every button', () => {
    const posted = JSON.parse(
      fs.readFileSync(path.join(__dirname, 'fixtures', 'callback-cards-as-posted-2026-11.json'), 'utf8'),
    ) as Record<string, unknown>;
    const buttons = Object.values(posted).flatMap(buttonsOf);
    expect(buttons.length).toBeGreaterThanOrEqual(7);
    expect(buttons.some((b) => 'version' in b.data)).toBe(true);
    expect(buttons.map(accepted)).toEqual(buttons.map(() => 'ok'));
  });

  test.each([
    ['close', { callbackId: 'cb-1', outcome: 'resolved' }, true],
    ['close', { callbackId: 'cb-1', outcome: 'done' }, false],
    ['attempt', { callbackId: 'cb-1' }, false],
    ['move', { callbackId: 'cb-1', toCenterCode: 'CØI' }, true],
    ['move', { callbackId: 'cb-1', toCenterCode: '  ' }, false],
    ['claim', {}, false],
    ['claim', { callbackId: 'cb-1', version: '3' }, true],
  ] as const)('%s with %j accepted: %s', (name, data, valid) => {
    expect(cardVerbs[name].data.safeParse(data).success).toBe(valid);
  });

  test('verbs are unique', () => {
    const verbs = Object.values(cardVerbs).map((v) => v.verb);
    expect(new Set(verbs).size).toBe(verbs.length);
  });
});

import fs from 'node:fs';
import path from 'node:path';

const templates = path.join(__dirname, '..', '..', 'bot', 'src', 'cards', 'templates');

/** Every action in a card, wherever it sits (card actions, ActionSets, ShowCards, selectAction). */
function actionsIn(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((v) => actionsIn(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Action.')) out.push(o);
    Object.values(o).forEach((v) => actionsIn(v, out));
  }
  return out;
}

// Teams draws every button alike and ignores `style: "positive"`/`"destructive"` (decision 0046):
// a card that counted on a green "Tag opgaven" would read differently in Teams than in a designer.
describe('no button depends on a colour Teams does not show', () => {
  test.each(fs.readdirSync(templates).filter((f) => f.endsWith('.json')))(
    '%s: no action has a style',
    (file) => {
      const card: unknown = JSON.parse(fs.readFileSync(path.join(templates, file), 'utf8'));
      const styled = actionsIn(card).filter((a) => 'style' in a);
      expect(styled.map((a) => `${String(a.type)} ${String(a.title)}: ${String(a.style)}`)).toEqual([]);
    },
  );
});

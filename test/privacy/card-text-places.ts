type Node = Record<string, unknown>;

/**
 * Where a text sits in a card: `TextRun.text`, `TextBlock.text`, `Fact.value`… for every string
 * that contains `needle`. Typed text must only ever sit in `TextRun.text` (decision 0022).
 */
export function placesOf(card: unknown, needle: string): string[] {
  const found: string[] = [];
  const walk = (value: unknown, owner: Node | null, key: string) => {
    if (typeof value === 'string') {
      const kind = owner?.type ?? (owner && 'title' in owner ? 'Fact' : '?');
      if (value.includes(needle)) found.push(`${String(kind)}.${key}`);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, owner, key));
    else if (value && typeof value === 'object')
      Object.entries(value as Node).forEach(([k, v]) => walk(v, value as Node, k));
  };
  walk(card, null, '');
  return found;
}

import * as ACData from 'adaptivecards-templating';

/** An Adaptive Card as JSON, ready to be sent (schema 1.5, the highest Teams renders). */
export type AdaptiveCard = { type: 'AdaptiveCard'; version: string } & Record<string, unknown>;

/**
 * Expands a card template on the server. User text must only ever travel in `data`: the
 * templating engine renders data values literally, whereas text spliced into the template
 * would be evaluated (see docs/decisions on template injection).
 */
export function renderCard(template: object, data: object): AdaptiveCard {
  return preparedTemplate(template).expand({ $root: data }) as AdaptiveCard;
}

// Preparing a template parses every expression in it (ANTLR), ten times the cost of expanding it:
// prepare each template once. `expand` is synchronous and leaves the prepared payload unchanged.
const prepared = new WeakMap<object, ACData.Template>();

function preparedTemplate(template: object): ACData.Template {
  let found = prepared.get(template);
  if (!found) {
    found = new ACData.Template(template);
    prepared.set(template, found);
  }
  return found;
}

/**
 * Template expressions the engine left unexpanded (a field missing from the data). Only strings
 * that also occur verbatim in the template count, so user text that happens to contain "${"
 * is not mistaken for a leftover.
 */
export function leftoverExpressions(template: object, card: object): string[] {
  const templateStrings = new Set(collectStrings(template).filter((s) => s.includes('${')));
  return collectStrings(card).filter((s) => templateStrings.has(s));
}

function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => collectStrings(v, out));
  return out;
}

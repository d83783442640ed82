import type { Details } from './api/contract';
import { labelOf, texts } from './texts';

/** Values that have a Danish wording; anything else is shown as the server sent it. */
const valueLabels: Record<string, Record<string, string>> = {
  outcome: texts.outcome,
  previousOutcome: texts.outcome,
  note: texts.attemptNote,
  what: texts.accessWhat,
  reason: texts.reason,
};

function shownValue(key: string, value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? texts.yes : texts.no;
  const labels = valueLabels[key];
  return labels ? labelOf(labels, String(value)) : String(value);
}

/** The details of a history line or an access-log entry as one readable line. */
export function formatDetails(details: Details | null): string {
  if (!details) return '';
  return Object.entries(details)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== null && entry[1] !== '')
    .map(([key, value]) => `${labelOf(texts.detailKey, key)}: ${shownValue(key, value)}`)
    .join(', ');
}

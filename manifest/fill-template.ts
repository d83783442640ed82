/**
 * Fills `${{NAME}}` placeholders (the TeamsFx convention) in the string values of a parsed JSON
 * template. Working on values, not on the file's text, means a value can never break the JSON or
 * inject a field. A placeholder with no value is reported by name, never left in the package.
 */
export type TemplateValues = Readonly<Record<string, string>>;

const placeholder = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

export interface FilledTemplate {
  json: unknown;
  /** Placeholders the template uses that have no value, each once. */
  unknown: string[];
}

export function fillTemplate(template: unknown, values: TemplateValues): FilledTemplate {
  const unknown = new Set<string>();
  const fill = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value.replace(placeholder, (whole, name: string) => {
        const given = values[name];
        if (given === undefined) {
          unknown.add(name);
          return whole;
        }
        return given;
      });
    }
    if (Array.isArray(value)) return value.map(fill);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, fill(v)]));
    }
    return value;
  };
  const json = fill(template);
  return { json, unknown: [...unknown] };
}

/** A `## ` section of a guide body. */
export interface Section {
  heading: string;
  text: string;
}

/** The "Kort svar" section: what the agent reads aloud, shown on every result already. */
export const isShortAnswer = (section: Section): boolean =>
  section.heading.toLocaleLowerCase('da').trim() === 'kort svar';

/**
 * Splits a Markdown body at its `## ` headings. Text before the first heading belongs to no
 * section; `#` and `###` headings stay inside the text. Fenced code blocks are not split.
 */
export function splitSections(body: string): Section[] {
  const sections: Section[] = [];
  let current: { heading: string; lines: string[] } | null = null;
  let inFence = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^##[ \t]+(.+?)[ \t#]*$/.exec(line);
    if (heading) {
      if (current) sections.push(close(current));
      current = { heading: heading[1]!.trim(), lines: [] };
    } else if (current) {
      current.lines.push(line);
    }
  }
  if (current) sections.push(close(current));
  return sections;
}

function close(section: { heading: string; lines: string[] }): Section {
  return { heading: section.heading, text: section.lines.join('\n').trim() };
}

/** Markdown as text an agent can read aloud: no emphasis marks, links reduced to their text. */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*_])[*_]([^*_\s](?:[^*_]*[^*_\s])?)[*_](?=$|[^\p{L}\p{N}*_])/gu, '$1$2')
    .replace(/^\s{0,3}(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

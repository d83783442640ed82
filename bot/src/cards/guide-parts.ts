import { cutToFit } from './fit-text';

export interface GuideSection {
  heading: string;
  text: string;
}

/**
 * A guide's sections in parts that each fit one message; `fits` renders and measures the card of
 * a part. Sections stay whole where they can; a section too long for a card of its own is cut
 * (see fit-text.ts) and its later pieces are headed `continued(heading)`. A guide that fits is one
 * part.
 */
export function guideParts(
  sections: readonly GuideSection[],
  fits: (part: GuideSection[]) => boolean,
  continued: (heading: string) => string,
): GuideSection[][] {
  const pieces = sections.flatMap((section) =>
    cutToFit(section.text, (text) => fits([{ heading: section.heading, text }])).map((text, i) => ({
      heading: i === 0 ? section.heading : continued(section.heading),
      text,
    })),
  );
  const parts: GuideSection[][] = [];
  let open: GuideSection[] = [];
  for (const piece of pieces) {
    if (open.length > 0 && !fits([...open, piece])) {
      parts.push(open);
      open = [];
    }
    open.push(piece);
  }
  if (open.length > 0 || parts.length === 0) parts.push(open);
  return parts;
}

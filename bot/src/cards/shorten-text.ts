/**
 * The text cut to at most `max` characters at a word boundary, marked with an ellipsis. The whole
 * text is always one button away ("Vis hele vejledningen"), so a cut loses nothing.
 */
export function shortenText(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - 1);
  const cut = text.slice(0, room);
  const space = cut.search(/\s\S*$/);
  const atWord = space > room / 2 ? cut.slice(0, space) : cut;
  return `${atWord.trimEnd()}…`;
}

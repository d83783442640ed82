/** Where a long text may be cut, best first: between paragraphs, lines, words. */
const boundaries = ['\n\n', '\n', ' '];

/**
 * The text in consecutive chunks, each accepted by `fits` (which renders and measures what the
 * chunk would be sent in), cut at the coarsest boundary that works. Joined with the boundaries
 * they were cut at, the chunks give back the text.
 */
export function cutToFit(text: string, fits: (chunk: string) => boolean, at = boundaries): string[] {
  if (fits(text) || text.length <= 1) return [text];
  const [boundary, ...finer] = at;
  if (boundary === undefined) {
    const middle = Math.ceil(text.length / 2);
    return [...cutToFit(text.slice(0, middle), fits, []), ...cutToFit(text.slice(middle), fits, [])];
  }
  const units = text.split(boundary);
  if (units.length === 1) return cutToFit(text, fits, finer);
  const chunks: string[] = [];
  let open = '';
  for (const unit of units) {
    const joined = open === '' ? unit : `${open}${boundary}${unit}`;
    if (fits(joined)) {
      open = joined;
      continue;
    }
    if (open !== '') chunks.push(open);
    open = '';
    if (fits(unit)) open = unit;
    else chunks.push(...cutToFit(unit, fits, finer));
  }
  if (open !== '') chunks.push(open);
  return chunks;
}

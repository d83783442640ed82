/**
 * The Markdown subset Teams renders in a TextBlock: paragraphs, line breaks, bulleted and
 * numbered lists, **bold**, _italic_ and [links](https://…). The Adaptive Cards renderer leaves
 * Markdown to its host; without this, guide sections would show their "1." and "-" raw.
 * Everything is HTML-escaped first, so card text can never inject markup into the page.
 */

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => entities[ch] ?? ch);

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])_(\S(?:.*?\S)?)_(?=$|[\s).,:;!?])/g, '$1<em>$2</em>')
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>');
}

type Block = { kind: 'p' | 'ul' | 'ol'; lines: string[]; start: number };

const bullet = /^\s*[-*]\s+(.*)$/;
const numbered = /^\s*(\d+)\.\s+(.*)$/;

function blocks(text: string): Block[] {
  const out: Block[] = [];
  const push = (kind: Block['kind'], line: string, start = 1) => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.lines.push(line);
    else out.push({ kind, lines: [line], start });
  };
  let afterBlank = true;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const b = bullet.exec(raw);
    const n = numbered.exec(raw);
    if (raw.trim() === '') afterBlank = true;
    else if (b) push('ul', b[1] ?? '');
    else if (n) push('ol', n[2] ?? '', Number(n[1]));
    else {
      // A blank line starts a new paragraph; a single newline is a line break within it.
      if (afterBlank) out.push({ kind: 'p', lines: [raw], start: 1 });
      else push('p', raw);
    }
    if (raw.trim() !== '') afterBlank = false;
  }
  return out;
}

export function markdownToHtml(text: string): string {
  return blocks(text)
    .map((b) => {
      if (b.kind === 'p') return `<p>${b.lines.map(inline).join('<br>')}</p>`;
      const items = b.lines.map((l) => `<li>${inline(l)}</li>`).join('');
      return b.kind === 'ul' ? `<ul>${items}</ul>` : `<ol start="${b.start}">${items}</ol>`;
    })
    .join('');
}

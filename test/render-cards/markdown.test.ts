import { markdownToHtml } from '../../scripts/render-cards/page/markdown';

describe('the Markdown that Teams renders in card text', () => {
  test.each([
    ['plain text', 'Ring 112.', '<p>Ring 112.</p>'],
    ['a line break inside a paragraph', 'Linje et\nLinje to', '<p>Linje et<br>Linje to</p>'],
    ['paragraphs', 'Et.\n\nTo.', '<p>Et.</p><p>To.</p>'],
    ['a bulleted list', '- pas\n- kørekort', '<ul><li>pas</li><li>kørekort</li></ul>'],
    ['a numbered list keeps its start', '3. tre\n4. fire', '<ol start="3"><li>tre</li><li>fire</li></ol>'],
    ['bold and italic', '**Haster** og _kun_ i dag', '<p><strong>Haster</strong> og <em>kun</em> i dag</p>'],
    ['snake_case is not italic', 'se guide_id_her', '<p>se guide_id_her</p>'],
    [
      'a link',
      'Se [ltk.dk](https://www.ltk.dk/borger?a=1&b=2)',
      '<p>Se <a href="https://www.ltk.dk/borger?a=1&amp;b=2">ltk.dk</a></p>',
    ],
  ])('%s', (_name, markdown, html) => {
    expect(markdownToHtml(markdown)).toBe(html);
  });

  test.each([
    ['a tag', '<img src=x onerror=alert(1)>', '<p>&lt;img src=x onerror=alert(1)&gt;</p>'],
    ['a javascript: link', '[klik](javascript:alert(1))', '<p>[klik](javascript:alert(1))</p>'],
    [
      'a quote in a link',
      '[x](https://a.dk/"onclick=alert(1))',
      '<p><a href="https://a.dk/&quot;onclick=alert(1">x</a>)</p>',
    ],
  ])('card text cannot inject markup into the page: %s', (_name, markdown, html) => {
    expect(markdownToHtml(markdown)).toBe(html);
  });
});

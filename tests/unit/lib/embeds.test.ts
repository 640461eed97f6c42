import { describe, expect, test } from 'vitest';
import { embedSnippet, originPattern, pymSnippet } from '../../../src/lib/embeds';

describe('embed snippets', () => {
  test('pym’s origin pattern admits our origin and nothing that merely ends or starts like it', () => {
    const pattern = new RegExp(`${originPattern('https://news.example.org/a/embed/x/')}$`);
    expect(pattern.test('https://news.example.org')).toBe(true);
    expect(pattern.test('https://evil.news.example.org')).toBe(false);
    expect(pattern.test('https://news.example.org.evil.com')).toBe(false);
    expect(pattern.test('https://newsxexample.org')).toBe(false);
  });

  test('titles and addresses are escaped inside the attributes', () => {
    const snippet = embedSnippet({
      src: 'https://x.org/embed/a/?q="1"',
      title: 'A <b>"title"</b> & more',
      height: 900,
      hostScript: 'https://x.org/embed.js',
    });
    expect(snippet).toContain('title="A &lt;b>&quot;title&quot;&lt;/b> &amp; more"');
    expect(snippet).toContain('src="https://x.org/embed/a/?q=&quot;1&quot;"');
    expect(pymSnippet({ src: 'https://x.org/e/', title: 'T', pymScript: 'https://x.org/pym.js' })).not.toContain(
      '<script>',
    );
  });
});

import { describe, expect, test } from 'vitest';
import { EDITIONS } from '../../../src/domain/editions';
import { embedSnippet, originPattern, pymSnippet, shareImagePath, sharePath } from '../../../src/lib/embeds';

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

  test('the pym snippet of a scrolly turns pym’s scroll tracking on and says so in the address', () => {
    const options = { src: 'https://x.org/embed/the-cascade/', title: 'T', pymScript: 'https://x.org/pym.js' };
    const tracked = pymSnippet({ ...options, tracksScroll: true });
    expect(tracked).toContain('data-pym-src="https://x.org/embed/the-cascade/?scroll=host"');
    expect(tracked).toContain('data-pym-trackscroll="true"');
    expect(tracked).toContain('data-pym-scrollwait="16"');
    // The origin pattern is the site's, not the address's.
    expect(tracked).toContain('data-pym-xdomain="^https://x\\.org"');
    const flat = pymSnippet(options);
    expect(flat).toContain('data-pym-src="https://x.org/embed/the-cascade/"');
    expect(flat).not.toContain('trackscroll');
  });
});

describe('share paths', () => {
  const zhHant = EDITIONS.find((e) => e.id === 'zh-hant')!;
  test('a step’s share page and image sit under its section’s', () => {
    expect(sharePath(zhHant, 'the-cascade')).toBe('zh-hant/share/the-cascade/');
    expect(sharePath(zhHant, 'the-cascade', 'baidu')).toBe('zh-hant/share/the-cascade/baidu/');
    expect(shareImagePath(zhHant, 'the-cascade')).toBe('og/zh-hant/the-cascade.png');
    expect(shareImagePath(zhHant, 'the-cascade', 'baidu')).toBe('og/zh-hant/the-cascade/baidu.png');
  });
});

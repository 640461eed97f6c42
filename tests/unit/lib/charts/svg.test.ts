import { describe, expect, test } from 'vitest';
import { circle, line, rect, text } from '../../../../src/lib/charts/marks';
import type { ChartModel, Mark } from '../../../../src/lib/charts/model';
import { renderPlainSvg, renderSvg } from '../../../../src/lib/charts/svg';

const model = (marks: Mark[], layout: ChartModel['layout'] = 'wide'): ChartModel => ({
  chart: 'demo',
  state: 'final',
  layout,
  width: layout === 'wide' ? 720 : 360,
  height: 200,
  marks,
});

describe('renderSvg()', () => {
  test('a drawing file is an SVG document of its own: namespace, language, style; no ids of a page', () => {
    const svg = renderSvg(model([text('t', 'label', { x: 0, y: 0 }, 'Hi')]), {
      file: { lang: 'zh-Hant-TW', style: 'svg{fill:red}' },
    });
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" xml:lang="zh-Hant-TW" class="chart-svg chart-svg--wide"/,
    );
    expect(svg).toContain('><style>svg{fill:red}</style><text');
    expect(svg).not.toMatch(/role=|aria-/);
    // In the page: a role, named by its title.
    const inline = renderSvg(model([]), { labelledBy: 'title' });
    expect(inline).toContain('role="img" aria-labelledby="title"');
    expect(inline).not.toMatch(/xmlns|<style>/);
  });

  test('escapes ampersands, angle brackets and quotes in text and attributes', () => {
    const svg = renderSvg(
      model([
        text('label-r&d', 'label', { x: 0, y: 0 }, 'R&D <b>"cheap"</b>', {
          link: { href: '#quote-a', label: 'Lee & "Co"', excerpt: 'a < b' },
        }),
      ]),
      { labelledBy: 'title&1' },
    );
    expect(svg).toContain('>R&amp;D &lt;b&gt;&quot;cheap&quot;&lt;/b&gt;</text>');
    expect(svg).toContain('data-key="label-r&amp;d"');
    expect(svg).toContain('aria-label="Lee &amp; &quot;Co&quot;"');
    expect(svg).toContain('data-excerpt="a &lt; b"');
    expect(svg).toContain('aria-labelledby="title&amp;1"');
    expect(svg).not.toContain('<b>');
  });

  test('leaves hidden marks out, or keeps them at opacity 0 when asked to', () => {
    const marks = [
      circle('dot-shown', 'dot', { cx: 1, cy: 2, r: 3 }),
      circle('dot-later', 'dot', { cx: 4, cy: 5, r: 6 }, { hidden: true }),
    ];
    const plain = renderSvg(model(marks), { labelledBy: 't' });
    expect(plain).toContain('data-key="dot-shown"');
    expect(plain).not.toContain('dot-later');
    expect(plain).not.toContain('opacity');

    const kept = renderSvg(model(marks), { labelledBy: 't', keepHiddenMarks: true });
    expect(kept).toContain('<circle class="dot" data-key="dot-later" cx="4" cy="5" r="6" opacity="0"/>');
    expect(kept).toContain('<circle class="dot" data-key="dot-shown" cx="1" cy="2" r="3"/>');
  });

  test('writes the frame of its layout and names it for screen readers: an image, or a group when interactive', () => {
    const image = renderSvg(model([]), { labelledBy: 'fig-title', describedBy: 'fig-desc' });
    expect(image).toMatch(/^<svg [^>]*role="img"/);
    expect(image).toContain('aria-labelledby="fig-title"');
    expect(image).toContain('aria-describedby="fig-desc"');
    expect(image).toContain('viewBox="0 0 720 200" width="720" height="200" font-size="13"');
    expect(image).toContain('data-chart-svg="demo" data-layout="wide" data-drawn-state="final"');
    expect(image).not.toContain('data-opencc');

    const group = renderSvg(model([], 'compact'), { labelledBy: 'fig-title', interactive: true, converted: true });
    expect(group).toContain('role="group"');
    expect(group).toContain('class="chart-svg chart-svg--compact"');
    expect(group).toContain('font-size="11"');
    expect(group).toContain(' data-opencc="keep">');
    expect(group).not.toContain('aria-describedby');
  });

  test('links a mark to its anchor, or from an embed to the article’s address in the top frame', () => {
    const marks = [
      text('name-kai-fu-lee', 'name', { x: 1, y: 2 }, 'Kai-Fu Lee', {
        link: { href: '#quote-kaifu-ofo', label: 'Kai-Fu Lee' },
      }),
    ];
    const inPage = renderSvg(model(marks), { labelledBy: 't' });
    expect(inPage).toContain('<a href="#quote-kaifu-ofo" aria-label="Kai-Fu Lee"><text ');
    expect(inPage).toContain('</text></a>');
    expect(inPage).not.toContain('target=');

    const embedded = renderSvg(model(marks), {
      labelledBy: 't',
      links: { base: 'https://example.org/en/', target: '_top' },
    });
    expect(embedded).toContain(
      '<a target="_top" href="https://example.org/en/#quote-kaifu-ofo" aria-label="Kai-Fu Lee">',
    );
  });

  test('rounds numbers to two decimals and paints lines and bands for a reader without the stylesheet', () => {
    const svg = renderSvg(
      model([
        line('grid-1', 'grid', { x1: 0.123, x2: 10.005001, y1: 1 / 3, y2: 2 / 3 }),
        rect('floor', 'floor', { x: 0, y: 190, width: 720, height: 10 }),
        rect('bar-1', 'bar c-rival', { x: 0, y: 0, width: 5, height: 5 }),
      ]),
      { labelledBy: 't' },
    );
    expect(svg).toContain('x1="0.12" x2="10.01" y1="0.33" y2="0.67" stroke="currentColor"/>');
    expect(svg).toContain('data-key="floor" x="0" y="190" width="720" height="10" fill="#f2efe8"/>');
    expect(svg).toContain('data-key="bar-1" x="0" y="0" width="5" height="5"/>');
  });
});

describe('renderPlainSvg()', () => {
  test('draws only the visible shapes, coloured inline by company, at the size asked for', () => {
    const svg = renderPlainSvg(
      model([
        text('label', 'label', { x: 0, y: 0 }, 'DeepSeek-V2'),
        rect('bar-deepseek', 'bar c-deepseek', { x: 0, y: 0, width: 5, height: 5 }),
        circle('dot-gpt', 'dot c-openai', { cx: 1, cy: 1, r: 2 }, { hidden: true }),
        line('grid-1', 'grid', { x1: 0, x2: 1, y1: 0, y2: 0 }),
      ]),
      { width: 1200, height: 630 },
    );
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 720 200" width="1200" height="630">/,
    );
    expect(svg).not.toContain('<text');
    expect(svg).not.toContain('DeepSeek-V2');
    expect(svg).not.toContain('<circle');
    expect(svg).toContain('<rect x="0" y="0" width="5" height="5" fill="#b84a00"/>');
    expect(svg).toContain('<line x1="0" x2="1" y1="0" y2="0" fill="none" stroke="#d9d4ca"/>');
  });
});

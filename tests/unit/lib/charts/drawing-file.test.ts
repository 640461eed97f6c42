import { describe, expect, test } from 'vitest';
import { EDITIONS } from '../../../../src/domain/editions';
import { compactCss, drawingPath, drawingStyle, fontStack } from '../../../../src/lib/charts/drawing-file';
import { PALETTE } from '../../../../src/styles/palette';

const TOKENS = `@theme {
  --font-sans:
    system-ui, 'Noto Sans', sans-serif;
  --font-hans-sans: 'PingFang SC', sans-serif;
}`;

describe('fontStack()', () => {
  test('reads a font stack from the tokens by name, on one line', () => {
    expect(fontStack(TOKENS, 'font-sans')).toBe("system-ui, 'Noto Sans', sans-serif");
    expect(fontStack(TOKENS, 'font-hans-sans')).toBe("'PingFang SC', sans-serif");
  });

  test('a missing stack names the file and the token', () => {
    expect(() => fontStack(TOKENS, 'font-hant-sans')).toThrow('src/styles/tokens.css: no --font-hant-sans');
  });
});

describe('compactCss()', () => {
  test('drops comments and the white space around punctuation', () => {
    expect(compactCss('/* a */\n.a  .b ,\n.c > d {\n  fill: red;\n  stroke: var(--c);\n}\n')).toBe(
      '.a .b,.c>d{fill:red;stroke:var(--c)}',
    );
  });
});

describe('drawingStyle()', () => {
  const style = drawingStyle('.chart-svg .dot { fill: var(--c); }', [
    { stack: 'sans-serif' },
    { lang: 'zh-Hans', stack: "'PingFang SC', sans-serif" },
  ]);

  test('each colour of the palette in light, and in dark for a reader who asks for it', () => {
    const [light, dark] = style.split('@media (prefers-color-scheme:dark)');
    for (const [name, value] of Object.entries(PALETTE.light)) expect(light).toContain(`--color-${name}:${value}`);
    for (const [name, value] of Object.entries(PALETTE.dark)) expect(dark).toContain(`--color-${name}:${value}`);
  });

  test('the labels’ font by the drawing’s language, then the drawing rules', () => {
    expect(style).toMatch(/^svg\{--font-ui:sans-serif\}svg:lang\(zh-Hans\)\{--font-ui:'PingFang SC', sans-serif\}/);
    expect(style.endsWith('.chart-svg .dot{fill:var(--c)}')).toBe(true);
  });

  test('a rule that would break the XML of the file is refused, naming the stylesheet', () => {
    expect(() => drawingStyle('a::after { content: "<" }', [{ stack: 'serif' }])).toThrow('src/styles/drawing.css');
    expect(() => drawingStyle('a::after { content: "&" }', [{ stack: 'serif' }])).toThrow('src/styles/drawing.css');
  });
});

describe('drawingPath()', () => {
  test('one file per edition, section, state and layout', () => {
    expect(drawingPath(EDITIONS[2]!, 'the-cascade', 'baidu', 'compact')).toBe(
      'drawings/zh-hant/the-cascade/baidu.compact.svg',
    );
  });
});

import satori from 'satori';
import { describe, expect, test } from 'vitest';
import { fontsFor } from '../../../src/lib/fonts';

/** A share image's kicker, title and credit, in the three editions' scripts. */
const CARD_TEXT = 'The price butcher 价格屠夫：價格戰 ¥1 · 据界面新闻的报道';

describe('fontsFor()', () => {
  test.each([false, true])(
    'finds files that hold every character of a share image, Simplified, Traditional and Latin (Latin font first: %s)',
    async (latin) => {
      const { fonts, family } = fontsFor(CARD_TEXT, [700], { latin });
      expect(family.startsWith("'Source Sans 3'")).toBe(latin);
      const unrendered: string[] = [];
      // satori asks for more fonts only when those it was given lack a glyph.
      await satori(
        {
          type: 'div',
          props: { style: { display: 'flex', fontFamily: family, fontWeight: 700 }, children: CARD_TEXT },
        },
        {
          width: 1200,
          height: 100,
          fonts,
          loadAdditionalAsset: async (_language: string, segment: string) => {
            unrendered.push(segment);
            return [];
          },
        },
      );
      expect(unrendered).toEqual([]);
    },
  );

  test('returns real woff data, the same ranges in each weight, and different drawings for 400 and 700', () => {
    const { fonts } = fontsFor('价格', [400, 700]);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.data.subarray(0, 4).toString('latin1')).toBe('wOFF');
      // The woff header's own length field: the file is whole, not a stub or a Git LFS pointer.
      expect(font.data.readUInt32BE(8)).toBe(font.data.length);
      expect(font.style).toBe('normal');
    }
    const regular = fonts.filter((font) => font.weight === 400);
    const bold = fonts.filter((font) => font.weight === 700);
    expect(regular.map((font) => font.name)).toEqual(bold.map((font) => font.name));
    expect(regular.length * 2).toBe(fonts.length);
    expect(regular[0]!.data.equals(bold[0]!.data)).toBe(false);
  });

  test('gives each range file a name of its own and lists every name, quoted, in the family', () => {
    const { fonts, family } = fontsFor(CARD_TEXT, [700]);
    const names = fonts.map((font) => font.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((name) => /^Noto Sans SC \d+$/.test(name))).toBe(true);
    expect(family.split(', ')).toEqual(names.map((name) => `'${name}'`));
  });

  test('reads only the few files the text needs, not the whole font', () => {
    const latin = fontsFor('DeepSeek-V2 ¥1', [700]).fonts;
    const bytes = latin.reduce((sum, font) => sum + font.data.length, 0);
    expect(latin.length).toBeLessThanOrEqual(3);
    expect(bytes).toBeLessThan(200_000);
    expect(fontsFor(`DeepSeek-V2 ¥1 ${CARD_TEXT}`, [700]).fonts.length).toBeGreaterThan(latin.length);
  });
});

import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { ICON_PAPER, ICON_RED, ICONS, renderIcon, type Icon } from '../../../src/lib/icons';

const RED = [0xad, 0x24, 0x19, 255];

/** The icon as RGBA pixels, and a reader for one of them. */
async function pixels(icon: Icon) {
  const { data, info } = await sharp(await renderIcon(icon))
    .raw()
    .toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * 4, (y * info.width + x) * 4 + 4)];
  return { info, at };
}

describe('ICONS', () => {
  test('lists the manifest’s 192 and 512 icons, a maskable 512 and Apple’s 180 touch icon', () => {
    expect(ICONS.map(({ file, size, purpose }) => `${file} ${size} ${purpose}`)).toEqual([
      'icon-192.png 192 any',
      'icon-512.png 512 any',
      'icon-maskable-512.png 512 maskable',
      'apple-touch-icon.png 180 maskable',
    ]);
  });

  test('are drawn in the favicon’s two colours', () => {
    expect(ICON_RED).toBe('#ad2419');
    expect(ICON_PAPER).toBe('#fbfaf7');
    const favicon = readFileSync(new URL('../../../public/favicon.svg', import.meta.url), 'utf8');
    expect(favicon).toContain(`fill="${ICON_RED}"`);
    expect(favicon).toContain(`fill="${ICON_PAPER}"`);
  });
});

describe('renderIcon()', () => {
  test('draws an "any" icon at its size with rounded, transparent corners on red', async () => {
    const { info, at } = await pixels(ICONS[0]!);
    expect([info.width, info.height, info.channels]).toEqual([192, 192, 4]);
    expect(at(0, 0)[3]).toBe(0);
    expect(at(191, 191)[3]).toBe(0);
    expect(at(96, 2)).toEqual(RED);
  });

  test('draws a maskable icon full bleed, with the paper-coloured sign inside the safe zone', async () => {
    const { info, at } = await pixels(ICONS[3]!);
    const size = info.width;
    expect([size, info.height]).toEqual([180, 180]);
    expect(at(0, 0)).toEqual(RED);
    expect(at(size - 1, size - 1)).toEqual(RED);
    // The sign: pixels near #fbfaf7, all within the circle of 40% of the size that a mask keeps.
    let sign = 0;
    let farthest = 0;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const [r, g, b] = at(x, y);
        if (r! < 240 || g! < 240 || b! < 230) continue;
        sign++;
        farthest = Math.max(farthest, Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2));
      }
    }
    expect(sign).toBeGreaterThan(size * size * 0.02);
    expect(farthest).toBeLessThan(size * 0.4);
  });
});

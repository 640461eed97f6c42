import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { renderShareImage } from '../../../src/lib/share-image';

/** A chart of one solid colour filling its box: where it lands in the image is plain to see. */
const RED_CHART =
  '<svg xmlns="http://www.w3.org/2000/svg" width="540" height="340" viewBox="0 0 540 340">' +
  '<rect width="540" height="340" fill="#ff0000"/></svg>';

/** The RGB of the pixel at (x, y). */
async function pixel(png: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [data[at]!, data[at + 1]!, data[at + 2]!];
}

describe('renderShareImage()', () => {
  test('draws a 1200 × 630 PNG on the paper colour, with the chart in the right half', async () => {
    const png = await renderShareImage({
      kicker: '價格屠夫 · 大模型價格戰',
      title: 'The shot: DeepSeek-V2 at 1 yuan',
      credit: 'The newsroom technology desk',
      chart: RED_CHART,
    });
    // The PNG signature, then the IHDR chunk: width and height as big-endian 32-bit numbers.
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    // Paper (#fbfaf7) at the top-right corner, the red chart in the middle of its box (600–1140, 170–510).
    expect(await pixel(png, 1190, 10)).toEqual([0xfb, 0xfa, 0xf7]);
    expect(await pixel(png, 870, 340)).toEqual([0xff, 0x00, 0x00]);
  });

  test('without a chart, leaves the chart’s place blank and still sets its text in ink', async () => {
    const png = await renderShareImage({ kicker: 'THE PRICE BUTCHER', title: 'Sources', credit: 'Credit' });
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    expect(await pixel(png, 870, 340)).toEqual([0xfb, 0xfa, 0xf7]);
    const { channels } = await sharp(png).stats();
    // Ink on paper: the darkest red value is far below the paper's 0xfb.
    expect(channels[0]!.min).toBeLessThan(0x80);
  });
});

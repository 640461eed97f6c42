import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import type { ChartModel } from '../../../src/lib/charts/model';
import { chartLabels, fitChart, renderShareImage } from '../../../src/lib/share-image';

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
      lang: 'zh',
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
    const png = await renderShareImage({ lang: 'en', kicker: 'THE PRICE BUTCHER', title: 'Sources', credit: 'Credit' });
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    expect(await pixel(png, 870, 340)).toEqual([0xfb, 0xfa, 0xf7]);
    const { channels } = await sharp(png).stats();
    // Ink on paper: the darkest red value is far below the paper's 0xfb.
    expect(channels[0]!.min).toBeLessThan(0x80);
  });

  test('an English card sets an apostrophe as English does, where a Chinese font would set it full-width', async () => {
    /** The rightmost column of ink in the title's band. */
    const inkRight = async (png: Buffer) => {
      const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      let right = 0;
      for (let y = 100; y < 240; y++) {
        for (let x = 0; x < info.width; x++)
          if (data[(y * info.width + x) * info.channels]! < 0x80) right = Math.max(right, x);
      }
      return right;
    };
    const card = { kicker: 'K', title: 'trader’s lesson', credit: 'C' };
    const english = await inkRight(await renderShareImage({ lang: 'en', ...card }));
    const chinese = await inkRight(await renderShareImage({ lang: 'zh', ...card }));
    // At 88px, a full-width ’ is an em wide; a Latin one, about a quarter of that.
    expect(chinese - english).toBeGreaterThan(40);
  });
});

describe('fitChart() and chartLabels()', () => {
  const model: ChartModel = {
    chart: 'test',
    state: 'one',
    layout: 'wide',
    width: 720,
    height: 360,
    marks: [
      { key: 'a', kind: 'text', className: 'label-name c-deepseek', attrs: { x: 360, y: 180 }, text: 'DeepSeek-V2' },
      { key: 'b', kind: 'text', className: 'tick', attrs: { x: 720, y: 360, 'text-anchor': 'end' }, text: '¥1' },
      { key: 'c', kind: 'text', className: 'tick', attrs: { x: 0, y: 0 }, text: 'gone', hidden: true },
      { key: 'd', kind: 'rect', className: 'bar', attrs: { x: 0, y: 0, width: 10, height: 10 } },
    ],
  } as unknown as ChartModel;

  test('fits a drawing into a box at its own shape, centred', () => {
    // Twice as wide as tall, in a box 1000 × 300: the height decides (scale 300/360), centred across.
    expect(fitChart(model, { left: 100, top: 50, width: 1000, height: 300 })).toEqual({
      left: 300,
      top: 50,
      width: 600,
      height: 300,
    });
  });

  test('places each visible word where the fitted drawing puts it, in its company’s colour', () => {
    const frame = { left: 0, top: 0, width: 1440, height: 720 };
    const labels = chartLabels(model, frame);
    expect(labels.map((l) => l.text)).toEqual(['DeepSeek-V2', '¥1']);
    expect(labels[0]).toMatchObject({ x: 720, y: 360, anchor: 'start', size: 26, color: '#b84a00' });
    expect(labels[1]).toMatchObject({ x: 1440, y: 720, anchor: 'end' });
  });
});

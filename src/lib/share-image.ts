/**
 * A share image for a section: the story's name, the section's title and, where the section has one, its
 * chart drawn without words. Laid out with satori (text set from an npm font, so Chinese renders on any
 * machine) and rasterised with sharp.
 */
import satori from 'satori';
import sharp from 'sharp';
import { SHARE_IMAGE } from './embeds';
import { LIGHT } from '../styles/palette';
import { fontsFor } from './fonts';

export interface ShareCard {
  kicker: string;
  title: string;
  credit: string;
  /** The chart as standalone SVG markup with its colours inline and no text, or nothing. */
  chart?: string;
}

type Node = { type: string; props: Record<string, unknown> };
const el = (
  type: string,
  style: Record<string, unknown>,
  children?: unknown,
  extra: Record<string, unknown> = {},
): Node => ({
  type,
  props: { style, children, ...extra },
});

export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const { width, height } = SHARE_IMAGE;
  const paper = LIGHT.paper;
  const { fonts, family } = fontsFor(`${card.kicker}${card.title}${card.credit}`, [700]);
  const layout = el(
    'div',
    {
      width,
      height,
      display: 'flex',
      flexDirection: 'column',
      position: 'relative',
      background: paper,
      padding: '56px 64px',
      fontFamily: family,
    },
    [
      el('div', { fontSize: 26, fontWeight: 700, color: LIGHT.accent, letterSpacing: 1 }, card.kicker),
      el(
        'div',
        {
          fontSize: card.chart ? 64 : 88,
          fontWeight: 700,
          color: LIGHT.ink,
          lineHeight: 1.12,
          marginTop: 20,
          maxWidth: card.chart ? 560 : 1040,
        },
        card.title,
      ),
      ...(card.chart
        ? [
            el('img', { position: 'absolute', left: 600, top: 170, width: 540, height: 340 }, undefined, {
              src: `data:image/svg+xml;base64,${Buffer.from(card.chart).toString('base64')}`,
              width: 540,
              height: 340,
            }),
          ]
        : []),
      el(
        'div',
        { position: 'absolute', left: 64, top: 540, fontSize: 22, fontWeight: 700, color: LIGHT['ink-2'] },
        card.credit,
      ),
    ],
  );
  const svg = await satori(layout as Parameters<typeof satori>[0], {
    width,
    height,
    fonts,
  });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}

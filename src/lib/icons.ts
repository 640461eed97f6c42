/**
 * The site's icons for home screens and the web manifest: the yen sign of the favicon on the accent
 * red, set in Noto Sans SC by satori (so the glyph is the same on every machine) and rasterised by sharp.
 */
import satori from 'satori';
import sharp from 'sharp';
import { LIGHT } from '../styles/palette';
import { fontsFor } from './fonts';

/** The favicon's colours (public/favicon.svg is drawn in the same two). */
export const ICON_RED = LIGHT.accent;
export const ICON_PAPER = LIGHT.paper;

export interface Icon {
  /** The file name under `icons/`. */
  file: string;
  size: number;
  /**
   * `any`: rounded corners on a transparent ground, like the favicon. `maskable`: full bleed, the sign
   * inside the middle 80% that a platform's mask keeps (Apple's touch icon is masked the same way).
   */
  purpose: 'any' | 'maskable';
}

export const ICONS: readonly Icon[] = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'apple-touch-icon.png', size: 180, purpose: 'maskable' },
];

export async function renderIcon({ size, purpose }: Icon): Promise<Buffer> {
  const { fonts, family } = fontsFor('¥', [700]);
  const layout = {
    type: 'div',
    props: {
      style: {
        width: size,
        height: size,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: ICON_RED,
        borderRadius: purpose === 'any' ? Math.round(size * 0.1875) : 0,
        color: ICON_PAPER,
        fontFamily: family,
        fontWeight: 700,
        fontSize: Math.round(size * (purpose === 'any' ? 0.66 : 0.5)),
        lineHeight: 1,
      },
      children: '¥',
    },
  };
  const svg = await satori(layout as Parameters<typeof satori>[0], { width: size, height: size, fonts });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}

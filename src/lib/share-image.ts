/**
 * A share image for a section: the story's name, the section's title and, where the section has one, its
 * chart drawn without words. For a step of a scrolly, the chart takes the width of the card, drawn in
 * the step's state, with its words, under the section's title. Laid out with satori (text set from an
 * npm font, so Chinese renders on any machine) and rasterised with sharp.
 */
import satori from 'satori';
import sharp from 'sharp';
import { SHARE_IMAGE } from './embeds';
import { LIGHT } from '../styles/palette';
import { fontsFor } from './fonts';
import type { Lang } from '../domain/editions';
import { SIZES, type ChartModel } from './charts/model';
import { plainTone } from './charts/svg';

/** A word of the chart, placed over its picture in the card (the picture itself has none). */
export interface ChartLabel {
  text: string;
  /** The anchor point on the card, in pixels, at the text's baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  color: string;
}

/** A place on the card, in pixels. */
export interface Frame {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where a drawing goes in a box of the card: as large as fits, keeping its shape, centred. */
export function fitChart(model: ChartModel, box: Frame): Frame {
  const scale = Math.min(box.width / model.width, box.height / model.height);
  const width = Math.round(model.width * scale);
  const height = Math.round(model.height * scale);
  return {
    left: Math.round(box.left + (box.width - width) / 2),
    top: Math.round(box.top + (box.height - height) / 2),
    width,
    height,
  };
}

/**
 * The visible words of a drawing, placed where they fall once it is drawn in `frame` (fitChart), so that
 * a step's card can be read, not only seen.
 */
export function chartLabels(model: ChartModel, frame: Frame): ChartLabel[] {
  const scale = frame.width / model.width;
  return model.marks
    .filter((mark) => mark.kind === 'text' && !mark.hidden && mark.text)
    .map((mark) => {
      const classes = mark.className.split(' ');
      const anchor = mark.attrs['text-anchor'];
      return {
        text: mark.text!,
        x: frame.left + Number(mark.attrs.x) * scale,
        y: frame.top + Number(mark.attrs.y) * scale,
        anchor: anchor === 'middle' || anchor === 'end' ? anchor : 'start',
        size: SIZES[model.layout].font * scale,
        // The mark of the step being read stands out, as the page lights it.
        color: classes.includes('is-current') ? LIGHT.accent : (plainTone(classes)?.fill ?? LIGHT['ink-2']),
      };
    });
}

export interface ShareCard {
  /** The edition's language: an English card sets its Latin text in a Latin font (fontsFor). */
  lang: Lang;
  kicker: string;
  title: string;
  credit: string;
  /** The chart as standalone SVG markup with its colours inline and no text, or nothing. */
  chart?: string | undefined;
  /** Where the chart goes (fitChart); by default the box of the card's kind. */
  chartFrame?: Frame | undefined;
  /** The card of one step: the chart is the picture, the title a line above it. */
  step?: boolean;
  /** The chart's words, placed on the card (chartLabels). */
  labels?: ChartLabel[] | undefined;
}

/** Where the chart goes on each kind of card. */
export const CHART_BOX = {
  section: { left: 600, top: 170, width: 540, height: 340 },
  step: { left: 64, top: 178, width: 1072, height: 344 },
} as const;

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

/** A label as a box of its own: anchored at its end or middle by a wide box aligned that way. */
function labelBox(label: ChartLabel): Node {
  const reach = 600;
  const left = label.anchor === 'start' ? label.x : label.anchor === 'middle' ? label.x - reach / 2 : label.x - reach;
  return el(
    'div',
    {
      position: 'absolute',
      display: 'flex',
      justifyContent: label.anchor === 'start' ? 'flex-start' : label.anchor === 'middle' ? 'center' : 'flex-end',
      left,
      width: reach,
      // Noto Sans sets its baseline at 0.93 em below the top of a line one em high.
      top: label.y - label.size * 0.93,
      fontSize: label.size,
      lineHeight: 1,
      color: label.color,
      whiteSpace: 'nowrap',
    },
    label.text,
  );
}

export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const { width, height } = SHARE_IMAGE;
  const paper = LIGHT.paper;
  const labels = card.labels ?? [];
  const { fonts, family } = fontsFor(
    `${card.kicker}${card.title}${card.credit}${labels.map((l) => l.text).join('')}`,
    [700],
    { latin: card.lang === 'en' },
  );
  const box = card.chartFrame ?? CHART_BOX[card.step ? 'step' : 'section'];
  const titleSize = card.step ? 44 : card.chart ? 64 : 88;
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
          fontSize: titleSize,
          fontWeight: 700,
          color: LIGHT.ink,
          lineHeight: 1.12,
          marginTop: card.step ? 12 : 20,
          maxWidth: card.chart && !card.step ? 560 : 1040,
        },
        card.title,
      ),
      ...(card.chart
        ? [
            el('img', { position: 'absolute', ...box }, undefined, {
              src: `data:image/svg+xml;base64,${Buffer.from(card.chart).toString('base64')}`,
              width: box.width,
              height: box.height,
            }),
          ]
        : []),
      ...labels.map(labelBox),
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

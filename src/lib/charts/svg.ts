/** Turns a chart model into SVG markup: deterministic, with numbers rounded to two decimals. */
import { LIGHT } from '../../styles/palette';
import { SIZES, type ChartModel, type Mark } from './model';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function value(v: string | number): string {
  return typeof v === 'number' ? String(Math.round(v * 100) / 100) : escape(v);
}

/**
 * Presentation attributes, for a drawing read without its stylesheet (blocked, or lost in a feed): lines
 * stroked, outlines hollow, bands pale, rather than everything filled black. The stylesheet overrides
 * them, so the page looks as it always did.
 */
function presentation(mark: Mark): string {
  const has = (name: string) => mark.className.split(' ').includes(name);
  switch (mark.kind) {
    case 'line':
      return ' stroke="currentColor"';
    case 'path':
      return has('unit') && !has('unit--estimate') ? '' : ' fill="none" stroke="currentColor"';
    case 'rect':
      if (has('floor') || has('band')) return ` fill="${LIGHT['paper-2']}"`;
      return has('card') ? ' fill="none" stroke="currentColor"' : '';
    case 'circle':
      return has('before') || has('r1') ? ' fill="none" stroke="currentColor"' : '';
    default:
      return '';
  }
}

function renderMark(mark: Mark, links: SvgOptions['links']): string {
  const attrs = Object.entries(mark.attrs)
    .map(([name, v]) => ` ${name}="${value(v)}"`)
    .join('');
  // A text with nothing to say is as good as hidden, and is drawn so (a state that gives it words shows it).
  const hidden = mark.hidden || (mark.kind === 'text' && !mark.text) ? ' opacity="0"' : '';
  const open = `<${mark.kind} class="${escape(mark.className)}" data-key="${escape(mark.key)}"${attrs}${presentation(mark)}${hidden}`;
  const element = mark.kind === 'text' ? `${open}>${escape(mark.text ?? '')}</text>` : `${open}/>`;
  if (!mark.link) return element;
  const excerpt = mark.link.excerpt ? ` data-excerpt="${escape(mark.link.excerpt)}"` : '';
  const target = links ? ` target="${escape(links.target)}"` : '';
  return `<a${target} href="${escape((links?.base ?? '') + mark.link.href)}" aria-label="${escape(mark.link.label)}"${excerpt}>${element}</a>`;
}

export interface SvgOptions {
  /**
   * ids of the elements that name and describe the chart (its figure's title and description), for a
   * drawing in the page; a drawing file is named by its `<img>`'s alternative text instead.
   */
  labelledBy?: string;
  describedBy?: string;
  /** The chart's pattern definitions and the like, placed in <defs>. */
  defs?: string;
  /** A chart with links is a group a reader can move through, not a single image. */
  interactive?: boolean;
  /**
   * Keep the marks this state hides. Only a drawing that will be animated to other states needs them
   * (the pinned graphic of a scrolly); everywhere else they are bytes nobody sees. Default false.
   */
  keepHiddenMarks?: boolean;
  /**
   * Where the marks' links (`#…` anchors in the article) lead from a page that is not the article (an
   * embed): the article's address before the anchor, and the frame to open it in.
   */
  links?: { base: string; target: '_top' };
  /**
   * The words are already in the edition's script (the 繁體 edition converts the model, quotes apart,
   * before drawing): mark the drawing so that the page's conversion leaves it alone. Default false.
   */
  converted?: boolean;
  /**
   * Drawn as a file of its own (drawing-file.ts): the SVG namespace, the language of its words, and the
   * style the page's stylesheet would give it.
   */
  file?: { lang: string; style: string };
}

export function renderSvg(model: ChartModel, options: SvgOptions): string {
  const { file } = options;
  const labelled = options.labelledBy ? ` aria-labelledby="${escape(options.labelledBy)}"` : '';
  const described = options.describedBy ? ` aria-describedby="${escape(options.describedBy)}"` : '';
  const role = file ? '' : ` role="${options.interactive ? 'group' : 'img'}"`;
  return (
    `<svg${file ? ` xmlns="http://www.w3.org/2000/svg" xml:lang="${escape(file.lang)}"` : ''} class="chart-svg chart-svg--${model.layout}" viewBox="0 0 ${model.width} ${model.height}"` +
    ` width="${model.width}" height="${model.height}" font-size="${SIZES[model.layout].font}"${role}${labelled}${described}` +
    ` data-chart-svg="${escape(model.chart)}" data-layout="${model.layout}" data-drawn-state="${escape(model.state)}"` +
    `${options.converted ? ' data-opencc="keep"' : ''}>` +
    (file ? `<style>${file.style}</style>` : '') +
    (options.defs ? `<defs>${options.defs}</defs>` : '') +
    model.marks
      // A drawing that only shows a state leaves out what it does not show: hidden marks, and text marks
      // with no text (lines kept for a longer language). The pinned graphic keeps them all, hidden, to
      // move between states; a step's drawing read as a target lacks them, which the tween reads as hidden.
      .filter((mark) => options.keepHiddenMarks || (!mark.hidden && !(mark.kind === 'text' && !mark.text)))
      .map((mark) => renderMark(mark, options.links))
      .join('') +
    `</svg>`
  );
}

/** Colours for a chart drawn outside the page (in a share image), where the page's CSS does not reach. */
const PLAIN: Readonly<Record<string, { fill?: string; stroke?: string }>> = {
  'c-deepseek': { fill: LIGHT.deepseek, stroke: LIGHT.deepseek },
  'c-rival': { fill: LIGHT.rival, stroke: LIGHT.rival },
  'c-openai': { fill: LIGHT.openai, stroke: LIGHT.openai },
};

/** The company colour of a mark drawn outside the page, from its classes, if it has one. */
export function plainTone(classes: readonly string[]): { fill?: string; stroke?: string } | undefined {
  return classes.map((c) => PLAIN[c]).find(Boolean);
}

/**
 * The chart's marks without its words, each coloured inline: a picture of the chart, not a reading of it.
 * It knows the mark classes that look different (`grid`, `floor`, `before`, `unit--estimate`, `r1`,
 * `card`…), as chart.css does: a chart that gives a mark a look of its own names it in both places.
 */
export function renderPlainSvg(model: ChartModel, size = { width: model.width, height: model.height }): string {
  const marks = model.marks
    .filter((mark) => mark.kind !== 'text' && !mark.hidden)
    .map((mark) => {
      const classes = mark.className.split(' ');
      const tone = plainTone(classes) ?? { fill: LIGHT.ink, stroke: LIGHT.rule };
      const line = (mark.kind === 'line' || mark.kind === 'path') && !classes.includes('unit');
      const muted = classes.some((c) => ['grid', 'rule', 'floor', 'band', 'tick-mark', 'card'].includes(c));
      // The mark of the step being read (a card, a bar) is outlined in the accent, as the page lights it.
      const current = classes.includes('is-current');
      const paint = muted
        ? ` fill="${classes.includes('floor') || classes.includes('band') ? LIGHT['paper-2'] : 'none'}" stroke="${current ? LIGHT.accent : LIGHT.rule}"${current ? ' stroke-width="3"' : ''}`
        : line
          ? ` fill="none" stroke="${tone.stroke}" stroke-width="2"`
          : classes.some((c) => ['before', 'unit--estimate', 'r1'].includes(c))
            ? ` fill="${LIGHT.paper}" stroke="${tone.stroke}" stroke-width="2"`
            : ` fill="${tone.fill}"`;
      const attrs = Object.entries(mark.attrs)
        .map(([name, v]) => ` ${name}="${value(v)}"`)
        .join('');
      return `<${mark.kind}${attrs}${paint}/>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${model.width} ${model.height}" width="${size.width}" height="${size.height}">${marks}</svg>`;
}

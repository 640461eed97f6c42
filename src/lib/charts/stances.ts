/**
 * stances: the companies and people of the story, placed by what they (or the company they speak from)
 * did in May 2024 (cut, held their prices, or had no price in the war) and by their stated view of it.
 * Each name links to their words.
 */
import { punctuation } from '../format';
import type { Quote, Stance } from '../../schemas/quote';
import { MAY_2024, VIEWS, type StanceRow } from '../../schemas/stance';
import { wrapText } from './layout';
import { SIZES, type ChartModel, type ChartOptions, type Lang, type Mark } from './model';

export const STANCES_STATES = ['all'] as const;
export type StancesState = (typeof STANCES_STATES)[number];

const words = {
  en: {
    may2024: { cut: 'Cut prices or launched low', held: 'Held their prices', outside: 'Not in the price war' },
    mayShort: { cut: 'Cut', held: 'Held', outside: 'Not in it' },
    /** The brief's stances, as quote badges and the map's rows both name them. */
    view: {
      optimist: 'Optimistic',
      follows: 'Followed, and said why',
      sceptic: 'Sceptical',
      refuses: 'Refused to join in',
      none: 'No view on record',
    },
    paraphrased: 'paraphrased',
    pseudonymNote: '* a pseudonym',
  },
  zh: {
    may2024: { cut: '降价或低价发布', held: '没有降价', outside: '未参与价格战' },
    mayShort: { cut: '降价', held: '未降价', outside: '未参与' },
    view: {
      optimist: '持乐观态度',
      follows: '跟进降价并说明原因',
      sceptic: '持怀疑态度',
      refuses: '拒绝参与',
      none: '未见表态',
    },
    paraphrased: '转述',
    pseudonymNote: '* 化名',
  },
} satisfies Record<Lang, { view: Record<Stance, string> } & Record<string, unknown>>;

/** The map's labels are bold, and bold type runs about a fifth wider than `textWidth` reckons. */
const BOLD = 0.82;

export function stanceWords(lang: Lang) {
  return words[lang];
}

/** Where a name on the map leads: the first quote, or the passage that paraphrases them. */
export function stanceHref(row: StanceRow): string {
  return row.quotes[0] ? `#quote-${row.quotes[0]}` : `#${row.link}`;
}

/** What a reader sees on hover or focus: the start of their first quote, or our paraphrase. */
export function stanceExcerpt(row: StanceRow, quotes: readonly Quote[], lang: Lang): string {
  const quote = quotes.find((q) => q.id === row.quotes[0]);
  if (row.quotes[0] && !quote)
    throw new Error(
      `content/data/stances.json: "${row.id}" names quote "${row.quotes[0]}", which is not in content/data/quotes.json`,
    );
  if (quote) return lang === 'en' ? quote.translation : quote.original;
  if (row.paraphrase) return `${row.paraphrase[lang]}${punctuation(lang).paren(words[lang].paraphrased)}`;
  // A company with no words of its own on record: what it did.
  return row.summary?.[lang] ?? '';
}

/** The label that marks our words as a paraphrase, standing alone: `(paraphrased)`, `（转述）`. */
export function paraphrasedLabel(lang: Lang): string {
  return punctuation(lang).paren(words[lang].paraphrased).trim();
}

/** Their view in a few words: the row's own note where one word would not do. */
export function viewOf(row: StanceRow, lang: Lang): string {
  return row.viewNote?.[lang] ?? words[lang].view[row.view];
}

/** Exactly `n` lines, the missing ones empty, so that marks keep their keys in every language. */
export function pad(lines: string[], n: number): string[] {
  return [...lines, ...Array<string>(Math.max(0, n - lines.length)).fill('')].slice(0, n);
}

export function stances(
  rows: readonly StanceRow[],
  quotes: readonly Quote[],
  { state, layout, lang }: ChartOptions<StancesState>,
): ChartModel {
  const w = words[lang];
  const p = punctuation(lang);
  const wide = layout === 'wide';
  const { width } = SIZES[layout];
  const font = wide ? 13 : 11;
  const lineHeight = font + 3;
  const rowLabelWidth = wide ? 128 : 0;
  const headerHeight = wide ? 40 : 34;
  const columnWidth = (width - rowLabelWidth) / MAY_2024.length;
  const marks: Mark[] = [];

  MAY_2024.forEach((column, c) => {
    const x = rowLabelWidth + c * columnWidth;
    const lines = pad(wrapText(wide ? w.may2024[column] : w.mayShort[column], (columnWidth - 12) * BOLD, font, 2), 2);
    const used = lines.filter(Boolean).length;
    lines.forEach((line, i) => {
      marks.push({
        key: `column-${column}-${i}`,
        kind: 'text',
        className: 'band-label',
        attrs: { x: x + 6, y: headerHeight - 8 - (used - 1 - i) * lineHeight },
        text: line,
      });
    });
  });

  let top = headerHeight;
  for (const view of VIEWS) {
    const inRow = MAY_2024.map((column) => rows.filter((r) => r.view === view && r.may2024 === column));
    const name = (r: StanceRow) => (wide ? r.name : (r.short ?? r.name))[lang];
    const labelLines = inRow.map((cell) => cell.map((r) => wrapText(name(r), (columnWidth - 24) * BOLD, font, 2)));
    const cellHeights = labelLines.map((cell) => cell.reduce((sum, lines) => sum + lines.length * lineHeight + 8, 0));
    const heading = wide ? 0 : lineHeight + 6;
    const height = Math.max(lineHeight * 2, ...cellHeights) + 14 + heading;
    marks.push({
      key: `row-rule-${view}`,
      kind: 'line',
      className: 'grid',
      attrs: { x1: 0, x2: width, y1: top, y2: top },
    });
    const rowLines = pad(wide ? wrapText(w.view[view], (rowLabelWidth - 12) * BOLD, font, 2) : [w.view[view]], 2);
    rowLines.forEach((line, i) => {
      marks.push({
        key: `row-${view}-${i}`,
        kind: 'text',
        className: `label-name view--${view}`,
        attrs: { x: 0, y: top + 20 + i * lineHeight },
        text: line,
      });
    });
    inRow.forEach((cell, c) => {
      let y = top + 12 + heading;
      cell.forEach((row, i) => {
        const x = rowLabelWidth + c * columnWidth + 6;
        const lines = labelLines[c]![i]!;
        const tone = row.id === 'deepseek' ? 'c-deepseek' : row.may2024 === 'cut' ? 'c-rival' : 'c-neutral';
        marks.push({
          key: `dot-${row.id}`,
          kind: 'circle',
          className: `dot ${tone}`,
          attrs: { cx: x + 5, cy: y + font * 0.45, r: wide ? 5 : 4 },
        });
        pad(lines, 2).forEach((line, l) => {
          marks.push({
            key: `name-${row.id}-${l}`,
            kind: 'text',
            className: `stance-name ${tone}`,
            attrs: { x: x + 16, y: y + font * 0.85 + l * lineHeight },
            text: line,
            ...(l === 0
              ? {
                  link: {
                    href: stanceHref(row),
                    label: `${row.name[lang]}${p.colon}${w.may2024[row.may2024]}${p.semicolon}${viewOf(row, lang)}`,
                    excerpt: stanceExcerpt(row, quotes, lang),
                    verbatim: row.quotes.length > 0 && lang === 'zh',
                  },
                }
              : {}),
          });
        });
        y += lines.length * lineHeight + 8;
      });
    });
    top += height;
  }
  marks.push({ key: 'row-rule-end', kind: 'line', className: 'grid', attrs: { x1: 0, x2: width, y1: top, y2: top } });
  // The short names of the narrow drawing mark pseudonyms with an asterisk.
  marks.push({
    key: 'note',
    kind: 'text',
    className: 'axis-label',
    attrs: { x: 0, y: wide ? top : top + 16 },
    text: wide ? '' : w.pseudonymNote,
  });

  return { chart: 'stances', state, layout, width, height: top + (wide ? 4 : 22), marks };
}

/**
 * stances: the companies and people of the story, placed by what they (or the company they speak from)
 * did in May 2024 (cut, held their prices, or had no price in the war) and by their stated view of it.
 * Each name links to their words.
 */
import { MAY_2024, VIEWS } from '../../domain/vocabulary';
import { words } from '../../i18n';
import type { Quote } from '../../schemas/quote';
import type { StanceRow } from '../../schemas/stance';
import { stanceExcerpt, stanceHref, viewOf } from '../stances';
import { defineChart } from './define';
import { padLines, wrapText } from './layout';
import { circle, line, text } from './marks';
import { SIZES, type ChartModel, type ChartOptions, type Mark } from './model';
import { stancesTable } from './tables';

export const STANCES_STATES = ['all'] as const;
export type StancesState = (typeof STANCES_STATES)[number];

/** The map's labels are bold, and bold type runs about a fifth wider than `textWidth` reckons. */
const BOLD = 0.82;

export function drawStances(
  rows: readonly StanceRow[],
  quotes: readonly Quote[],
  { state, layout, lang }: ChartOptions<StancesState>,
): ChartModel {
  const { stance: w, punctuation: p, quoteText } = words(lang);
  const wide = layout === 'wide';
  const { width, font } = SIZES[layout];
  const lineHeight = font + 3;
  const rowLabelWidth = wide ? 128 : 0;
  const headerHeight = wide ? 40 : 34;
  const columnWidth = (width - rowLabelWidth) / MAY_2024.length;
  const marks: Mark[] = [];

  MAY_2024.forEach((column, c) => {
    const x = rowLabelWidth + c * columnWidth;
    const heading = wide ? w.may2024[column] : w.mayShort[column];
    const lines = padLines(wrapText(heading, (columnWidth - 12) * BOLD, font, 2), 2);
    const used = lines.filter(Boolean).length;
    lines.forEach((content, i) =>
      marks.push(
        text(
          `column-${column}-${i}`,
          'band-label',
          { x: x + 6, y: headerHeight - 8 - (used - 1 - i) * lineHeight },
          content,
        ),
      ),
    );
  });

  let top = headerHeight;
  for (const view of VIEWS) {
    const inRow = MAY_2024.map((column) => rows.filter((r) => r.view === view && r.may2024 === column));
    const name = (r: StanceRow) => (wide ? r.name : (r.short ?? r.name))[lang];
    const labelLines = inRow.map((cell) => cell.map((r) => wrapText(name(r), (columnWidth - 24) * BOLD, font, 2)));
    const cellHeights = labelLines.map((cell) => cell.reduce((sum, lines) => sum + lines.length * lineHeight + 8, 0));
    const heading = wide ? 0 : lineHeight + 6;
    const height = Math.max(lineHeight * 2, ...cellHeights) + 14 + heading;
    marks.push(line(`row-rule-${view}`, 'grid', { x1: 0, x2: width, y1: top, y2: top }));
    const rowLines = padLines(wide ? wrapText(w.view[view], (rowLabelWidth - 12) * BOLD, font, 2) : [w.view[view]], 2);
    rowLines.forEach((content, i) =>
      marks.push(text(`row-${view}-${i}`, `label-name view--${view}`, { x: 0, y: top + 20 + i * lineHeight }, content)),
    );
    inRow.forEach((cell, c) => {
      let y = top + 12 + heading;
      cell.forEach((row, i) => {
        const x = rowLabelWidth + c * columnWidth + 6;
        const lines = labelLines[c]![i]!;
        const tone = row.id === 'deepseek' ? 'c-deepseek' : row.may2024 === 'cut' ? 'c-rival' : 'c-neutral';
        const link = {
          href: stanceHref(row),
          label: `${row.name[lang]}${p.colon}${w.may2024[row.may2024]}${p.semicolon}${viewOf(row, lang)}`,
          excerpt: stanceExcerpt(row, quotes, lang),
          verbatim: row.quotes.length > 0 && quoteText === 'original',
        };
        marks.push(circle(`dot-${row.id}`, `dot ${tone}`, { cx: x + 5, cy: y + font * 0.45, r: wide ? 5 : 4 }));
        padLines(lines, 2).forEach((content, l) =>
          marks.push(
            text(
              `name-${row.id}-${l}`,
              `stance-name ${tone}`,
              { x: x + 16, y: y + font * 0.85 + l * lineHeight },
              content,
              l === 0 ? { link } : {},
            ),
          ),
        );
        y += lines.length * lineHeight + 8;
      });
    });
    top += height;
  }
  marks.push(
    line('row-rule-end', 'grid', { x1: 0, x2: width, y1: top, y2: top }),
    // The short names of the narrow drawing mark pseudonyms with an asterisk.
    text('note', 'axis-label', { x: 0, y: wide ? top : top + 16 }, wide ? '' : w.pseudonymNote),
  );

  return { chart: 'stances', state, layout, width, height: top + (wide ? 4 : 22), marks };
}

export default defineChart({
  id: 'stances',
  states: STANCES_STATES,
  finalState: 'all',
  draw: (data, options) => drawStances(data.stances, data.quotes, options),
  table: (data, lang) => stancesTable(data.stances, data.quotes, lang),
  sources: (data) => data.stances.flatMap((s) => s.sources),
  interactive: true,
});

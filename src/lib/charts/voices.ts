/**
 * voices: a wall of the people a section quotes, one card each (name, view, the start of their words),
 * with the card of the one being read lit and the rest dimmed. Used as the pinned graphic of a scrolly.
 */
import type { Quote } from '../../schemas/quote';
import type { StanceRow } from '../../schemas/stance';
import { wrapText } from './layout';
import { SIZES, type ChartModel, type Lang, type Layout, type Mark } from './model';
import { pad, paraphrasedLabel, stanceExcerpt, viewOf } from './stances';

export function voices(
  chart: string,
  people: readonly string[],
  rows: readonly StanceRow[],
  quotes: readonly Quote[],
  { state, layout, lang }: { state: string; layout: Layout; lang: Lang },
): ChartModel {
  const wide = layout === 'wide';
  const { width } = SIZES[layout];
  const columns = 2;
  const gap = wide ? 14 : 8;
  const cardWidth = (width - gap * (columns - 1)) / columns;
  const cardHeight = wide ? 104 : 110;
  const font = wide ? 13 : 11;
  const marks: Mark[] = [];

  people.forEach((id, i) => {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new Error(`${chart}: content/data/stances.json has no "${id}"`);
    const x = (i % columns) * (cardWidth + gap);
    const y = Math.floor(i / columns) * (cardHeight + gap);
    const lit = state === 'all' || state === id;
    const tone = lit ? (state === id ? ' is-current' : '') : ' is-dim';
    const inset = wide ? 14 : 9;
    marks.push({
      key: `card-${id}`,
      kind: 'rect',
      className: `card${tone}`,
      attrs: { x: x + 1, y: y + 1, width: cardWidth - 2, height: cardHeight - 2, rx: 6 },
    });
    marks.push({
      key: `card-name-${id}`,
      kind: 'text',
      className: `card-name${tone}`,
      attrs: { x: x + inset, y: y + 22 },
      text: (wide ? row.name : (row.short ?? row.name))[lang],
    });
    marks.push({
      key: `card-view-${id}`,
      kind: 'text',
      className: `card-view view--${row.view}${tone}`,
      attrs: { x: x + inset, y: y + 40 },
      text: viewOf(row, lang),
    });
    // A paraphrase keeps its label on a line of its own, however much of the paraphrase must be cut.
    const lines = row.quotes.length
      ? wrapText(stanceExcerpt(row, quotes, lang), cardWidth - inset * 2, font, wide ? 2 : 3)
      : [...wrapText(row.paraphrase?.[lang] ?? '', cardWidth - inset * 2, font, 2), paraphrasedLabel(lang)];
    pad(lines, 3).forEach((line, l) => {
      marks.push({
        key: `card-excerpt-${id}-${l}`,
        kind: 'text',
        className: `card-excerpt${tone}`,
        attrs: { x: x + inset, y: y + 60 + l * (font + 3) },
        text: line,
        verbatim: row.quotes.length > 0 && lang === 'zh',
      });
    });
  });

  const rowsOfCards = Math.ceil(people.length / columns);
  return { chart, state, layout, width, height: rowsOfCards * (cardHeight + gap) - gap + 2, marks };
}

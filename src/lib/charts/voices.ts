/**
 * voices: a wall of the people a section quotes, one card each (name, view, the start of their words),
 * with the card of the one being read lit and the rest dimmed. The pinned graphic of two scrollies: the
 * holdouts and the investors, each with its people in the order the section meets them.
 */
import { words } from '../../i18n';
import type { Quote } from '../../schemas/quote';
import type { StanceRow } from '../../schemas/stance';
import { paraphrasedLabel, stanceExcerpt, viewOf } from '../stances';
import { defineChart } from './define';
import { padLines, wrapText } from './layout';
import { rect, text } from './marks';
import { SIZES, type ChartModel, type ChartOptions, type Mark } from './model';
import { requireRow } from './rows';
import { stancesTable } from './tables';

export function drawVoices(
  chart: string,
  people: readonly string[],
  rows: readonly StanceRow[],
  quotes: readonly Quote[],
  { state, layout, lang }: ChartOptions,
): ChartModel {
  const wide = layout === 'wide';
  const { width, font } = SIZES[layout];
  const columns = 2;
  const gap = wide ? 14 : 8;
  const cardWidth = (width - gap * (columns - 1)) / columns;
  const cardHeight = wide ? 104 : 110;
  const marks: Mark[] = [];

  people.forEach((id, i) => {
    const row = requireRow(rows, id, chart, 'stances.json');
    const x = (i % columns) * (cardWidth + gap);
    const y = Math.floor(i / columns) * (cardHeight + gap);
    const lit = state === 'all' || state === id;
    const tone = lit ? (state === id ? ' is-current' : '') : ' is-dim';
    const inset = wide ? 14 : 9;
    marks.push(
      rect(`card-${id}`, `card${tone}`, { x: x + 1, y: y + 1, width: cardWidth - 2, height: cardHeight - 2, rx: 6 }),
      text(
        `card-name-${id}`,
        `card-name${tone}`,
        { x: x + inset, y: y + 22 },
        (wide ? row.name : (row.short ?? row.name))[lang],
      ),
    );
    // The view fits the card on three lines at most (set bold, so measured a little narrower); the words
    // below give up the lines it takes.
    const leading = font + 3;
    const view = wrapText(viewOf(row, lang), (cardWidth - inset * 2) * 0.9, font, 3);
    padLines(view, 3).forEach((content, l) =>
      marks.push(
        text(
          l ? `card-view-${id}-${l}` : `card-view-${id}`,
          `card-view view--${row.view}${tone}`,
          { x: x + inset, y: y + 40 + l * leading },
          content,
        ),
      ),
    );
    // Lines the view leaves for the words (a line left empty stays on the last one, inside the card).
    const room = 3 - (view.length - 1);
    const top = y + 60 + (view.length - 1) * leading;
    // A paraphrase keeps its label on a line of its own, however much of the paraphrase must be cut.
    const lines = row.quotes.length
      ? wrapText(stanceExcerpt(row, quotes, lang), cardWidth - inset * 2, font, Math.min(wide ? 2 : 3, room))
      : [
          ...(room > 1
            ? wrapText(row.paraphrase?.[lang] ?? '', cardWidth - inset * 2, font, Math.min(2, room - 1))
            : []),
          paraphrasedLabel(lang),
        ];
    const verbatim = row.quotes.length > 0 && words(lang).quoteText === 'original';
    padLines(lines, 3).forEach((content, l) =>
      marks.push(
        text(
          `card-excerpt-${id}-${l}`,
          `card-excerpt${tone}`,
          { x: x + inset, y: top + Math.min(l, room - 1) * leading },
          content,
          {
            verbatim,
          },
        ),
      ),
    );
  });

  const rowsOfCards = Math.ceil(people.length / columns);
  return { chart, state, layout, width, height: rowsOfCards * (cardHeight + gap) - gap + 2, marks };
}

/** A quote wall: its people, in the order the section meets them, each a state of the wall. */
function quoteWall<const Id extends string, const Person extends string>(id: Id, people: readonly Person[]) {
  return defineChart({
    id,
    states: ['all', ...people] as const,
    finalState: 'all',
    draw: (data, options) => drawVoices(id, people, data.stances, data.quotes, options),
    table: (data, lang) => stancesTable(data.stances, data.quotes, lang, people),
    sources: (data) => people.flatMap((person) => requireRow(data.stances, person, id, 'stances.json').sources),
  });
}

export const holdouts = quoteWall('voices-holdouts', ['kai-fu-lee', 'wang-xiaochuan', 'fu-sheng']);
export const investors = quoteWall('voices-investors', [
  'yang-quan',
  'li-linghao',
  'usd-investor',
  'baidu-insider',
  'financial-adviser',
]);

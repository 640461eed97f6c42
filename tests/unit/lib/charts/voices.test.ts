import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../../src/domain/editions';
import { chartSpec } from '../../../../src/lib/charts';
import type { ChartModel, Layout } from '../../../../src/lib/charts/model';
import { DATA } from '../../data';
import { SIZES } from '../../../../src/lib/charts/model';
import { mark, num, textBox } from './helpers';

const draw = (id: string, state: string, layout: Layout = 'wide', lang: Lang = 'en') =>
  chartSpec(id).draw(DATA, { state, layout, lang });

const quote = (id: string) => DATA.quotes.find((q) => q.id === id)!;
const stance = (id: string) => DATA.stances.find((s) => s.id === id)!;

/** A card's excerpt, its non-empty lines. */
const excerpt = (model: ChartModel, id: string): string[] =>
  [0, 1, 2].map((l) => mark(model, `card-excerpt-${id}-${l}`).text ?? '').filter(Boolean);

const HOLDOUTS = ['kai-fu-lee', 'wang-xiaochuan', 'fu-sheng'];
const INVESTORS = ['yang-quan', 'li-linghao', 'usd-investor', 'baidu-insider', 'financial-adviser'];

describe('holdouts and investors (drawVoices())', () => {
  test('keeps every line of every card inside the card, wrapping a long view onto a second line', () => {
    for (const layout of ['wide', 'compact'] as const) {
      for (const lang of ['en', 'zh'] as const) {
        const model = draw('voices-investors', 'all', layout, lang);
        for (const id of INVESTORS) {
          const card = mark(model, `card-${id}`);
          const right = num(card, 'x') + num(card, 'width');
          const bottom = num(card, 'y') + num(card, 'height');
          const lines = model.marks.filter((m) => m.kind === 'text' && m.text && m.key.includes(`-${id}`));
          for (const line of lines) {
            const box = textBox(line, SIZES[layout].font);
            expect(box.x + box.w, `${layout}/${lang} ${line.key}: "${line.text}"`).toBeLessThanOrEqual(right);
            expect(num(line, 'y'), `${layout}/${lang} ${line.key}`).toBeLessThanOrEqual(bottom);
          }
        }
      }
    }
    // The adviser's view does not fit on one line of a phone's card: it takes more, and all its words show.
    const compact = draw('voices-investors', 'all', 'compact', 'en');
    const view = ['', '-1', '-2']
      .map((l) => mark(compact, `card-view-financial-adviser${l}`).text)
      .filter(Boolean)
      .join(' ');
    expect(mark(compact, 'card-view-financial-adviser-1').text).not.toBe('');
    expect(view).toBe('Sceptical of the war; expects prices to fall further');
  });

  test('lays the cards out two a row, in the order the section meets the people, one state each', () => {
    for (const [id, people] of [
      ['voices-holdouts', HOLDOUTS],
      ['voices-investors', INVESTORS],
    ] as const) {
      expect(chartSpec(id).states).toEqual(['all', ...people]);
      const model = draw(id, 'all');
      const at = (person: string) => {
        const card = mark(model, `card-${person}`);
        return { x: num(card, 'x'), y: num(card, 'y') };
      };
      people.forEach((person, i) => {
        const first = at(people[0]!);
        if (i % 2 === 0) expect(at(person).x, person).toBe(first.x);
        else expect(at(person).x, person).toBeGreaterThan(at(people[i - 1]!).x);
        if (i % 2 === 1) expect(at(person).y, person).toBe(at(people[i - 1]!).y);
        if (i >= 2) expect(at(person).y, person).toBeGreaterThan(at(people[i - 2]!).y);
      });
    }
  });

  test('lights the card of the person being read and dims the rest; the final state lights every card', () => {
    for (const id of ['voices-holdouts', 'voices-investors']) {
      const people = chartSpec(id).states.filter((s) => s !== 'all');
      for (const person of people) {
        const model = draw(id, person);
        for (const other of people) {
          const card = mark(model, `card-${other}`).className;
          const name = mark(model, `card-name-${other}`).className;
          if (other === person) {
            expect(card, `${person}: ${other}`).toContain('is-current');
            expect(card, `${person}: ${other}`).not.toContain('is-dim');
          } else {
            expect(card, `${person}: ${other}`).toContain('is-dim');
            expect(name, `${person}: ${other}`).toContain('is-dim');
          }
        }
      }
      const all = draw(id, 'all');
      for (const person of people) {
        expect(mark(all, `card-${person}`).className).not.toMatch(/is-dim|is-current/);
        expect(mark(all, `card-excerpt-${person}-0`).className).not.toMatch(/is-dim|is-current/);
      }
    }
  });

  test('quotes the start of their first quote: our translation in English, their own words in Chinese', () => {
    const en = draw('voices-holdouts', 'all');
    expect(excerpt(en, 'kai-fu-lee').join(' ')).toBe(quote('kaifu-ofo').translation);
    expect(mark(en, 'card-excerpt-kai-fu-lee-0').verbatim).toBe(false);
    const zh = draw('voices-holdouts', 'all', 'wide', 'zh');
    expect(excerpt(zh, 'kai-fu-lee').join('')).toBe(quote('kaifu-ofo').original);
    expect(mark(zh, 'card-excerpt-kai-fu-lee-0').verbatim).toBe(true);
    // A quote too long for its card is cut, with an ellipsis, after its start.
    const lines = excerpt(draw('voices-investors', 'all', 'compact'), 'yang-quan');
    const shown = lines.join(' ');
    expect(shown.endsWith('…')).toBe(true);
    expect(quote('yangquan-zhu').translation.startsWith(shown.slice(0, -1))).toBe(true);
  });

  test('marks a paraphrase as ours, on a line of its own, and never as someone’s words', () => {
    for (const lang of ['en', 'zh'] as const) {
      const lines = excerpt(draw('voices-holdouts', 'all', 'wide', lang), 'wang-xiaochuan');
      expect(lines.at(-1)).toBe(lang === 'en' ? '(paraphrased)' : '（转述）');
      expect(lines.slice(0, -1).join(lang === 'en' ? ' ' : '')).toBe(stance('wang-xiaochuan').paraphrase![lang]);
      const model = draw('voices-holdouts', 'all', 'wide', lang);
      expect(mark(model, 'card-excerpt-wang-xiaochuan-0').verbatim).toBe(false);
    }
  });

  test('names each card’s person and view, with their own note where one word would not do', () => {
    const model = draw('voices-holdouts', 'all');
    expect(mark(model, 'card-name-fu-sheng').text).toBe('Fu Sheng (Cheetah Mobile)');
    expect(mark(model, 'card-view-fu-sheng').text).toBe('Sceptical of start-ups’ chances');
    expect(mark(model, 'card-view-fu-sheng').className).toContain('view--sceptic');
    expect(mark(model, 'card-view-kai-fu-lee').text).toBe('Refused to join in');
    expect(mark(model, 'card-view-kai-fu-lee').className).toContain('view--refuses');
    const compact = draw('voices-investors', 'all', 'compact');
    expect(mark(compact, 'card-name-yang-quan').text).toBe('Yang Quan*');
    expect(mark(compact, 'card-name-usd-investor').text).toBe('US-dollar investor');
  });
});

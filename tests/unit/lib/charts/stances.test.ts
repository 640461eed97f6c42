import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../../src/domain/editions';
import { chartSpec } from '../../../../src/lib/charts';
import type { Layout } from '../../../../src/lib/charts/model';
import { DATA } from '../../data';
import { mark, num } from './helpers';

const draw = (id: string, state: string, layout: Layout = 'wide', lang: Lang = 'en') =>
  chartSpec(id).draw(DATA, { state, layout, lang });

/** The map's columns, left to right, and its rows, top to bottom. */
const COLUMNS = ['cut', 'held', 'outside'] as const;
const ROWS = ['optimist', 'follows', 'sceptic', 'refuses', 'none'] as const;

const quote = (id: string) => DATA.quotes.find((q) => q.id === id)!;
const stance = (id: string) => DATA.stances.find((s) => s.id === id)!;

describe('stances()', () => {
  const model = draw('stances', 'all');

  test('puts each dot in the column of what they did in May 2024 and the row of their view', () => {
    const columnLeft = (c: number) =>
      c < COLUMNS.length ? num(mark(model, `column-${COLUMNS[c]}-0`), 'x') : model.width;
    const rowTop = (r: number) =>
      r < ROWS.length ? num(mark(model, `row-rule-${ROWS[r]}`), 'y1') : num(mark(model, 'row-rule-end'), 'y1');
    expect(DATA.stances.length).toBeGreaterThan(0);
    for (const row of DATA.stances) {
      const dot = mark(model, `dot-${row.id}`);
      const c = COLUMNS.indexOf(row.may2024);
      const r = ROWS.indexOf(row.view);
      expect(num(dot, 'cx'), `${row.id} in column ${row.may2024}`).toBeGreaterThan(columnLeft(c));
      expect(num(dot, 'cx'), `${row.id} in column ${row.may2024}`).toBeLessThan(columnLeft(c + 1));
      expect(num(dot, 'cy'), `${row.id} in row ${row.view}`).toBeGreaterThan(rowTop(r));
      expect(num(dot, 'cy'), `${row.id} in row ${row.view}`).toBeLessThan(rowTop(r + 1));
    }
  });

  test('runs its rows from optimists down to no view, and stacks the companies that cut in the order they moved', () => {
    const compact = draw('stances', 'all', 'compact');
    const tops = ROWS.map((view) => num(mark(compact, `row-rule-${view}`), 'y1'));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(ROWS.map((view) => mark(compact, `row-${view}-0`).text)).toEqual([
      'Optimistic',
      'Followed, and said why',
      'Sceptical',
      'Refused to join in',
      'No view on record',
    ]);
    const cutNoView = DATA.stances.filter((s) => s.may2024 === 'cut' && s.view === 'none').map((s) => s.id);
    const byHeight = [...cutNoView].sort(
      (a, b) => num(mark(model, `dot-${a}`), 'cy') - num(mark(model, `dot-${b}`), 'cy'),
    );
    expect(byHeight).toEqual(['deepseek', 'zhipu', 'bytedance', 'alibaba', 'baidu', 'iflytek', 'tencent']);
  });

  test('colours DeepSeek apart, those who cut as its rivals, and everyone else neutral', () => {
    expect(mark(model, 'dot-deepseek').className).toContain('c-deepseek');
    expect(mark(model, 'name-deepseek-0').className).toContain('c-deepseek');
    expect(mark(model, 'dot-zhipu').className).toContain('c-rival');
    expect(mark(model, 'dot-volcano-insider').className).toContain('c-rival');
    expect(mark(model, 'dot-moonshot').className).toContain('c-neutral');
    expect(mark(model, 'dot-fu-sheng').className).toContain('c-neutral');
  });

  test('links each name to their first quote, or to the passage about them, with what they did and thought', () => {
    const kaifu = mark(model, 'name-kai-fu-lee-0').link!;
    expect(kaifu.href).toBe('#quote-kaifu-ofo');
    expect(kaifu.label).toBe('Kai-Fu Lee (01.AI): Held their prices; Refused to join in');
    expect(kaifu.excerpt).toBe(quote('kaifu-ofo').translation);
    expect(kaifu.verbatim).toBe(false);
    const kaifuZh = mark(draw('stances', 'all', 'wide', 'zh'), 'name-kai-fu-lee-0').link!;
    expect(kaifuZh.excerpt).toBe(quote('kaifu-ofo').original);
    expect(kaifuZh.verbatim).toBe(true);

    const wang = mark(model, 'name-wang-xiaochuan-0').link!;
    expect(wang.href).toBe('#the-holdouts-wang-xiaochuan');
    expect(wang.excerpt).toBe(`${stance('wang-xiaochuan').paraphrase!.en} (paraphrased)`);
    expect(mark(draw('stances', 'all', 'wide', 'zh'), 'name-wang-xiaochuan-0').link!.verbatim).toBe(false);
    // Fu Sheng's view is his own note, not the one word of his row.
    expect(mark(model, 'name-fu-sheng-0').link!.label).toBe(
      'Fu Sheng (Cheetah Mobile): Not in the price war; Sceptical of start-ups’ chances',
    );
    // One link a name: its first line carries it, the second does not.
    for (const row of DATA.stances) {
      expect(mark(model, `name-${row.id}-0`).link, row.id).toBeDefined();
      expect(mark(model, `name-${row.id}-1`).link, row.id).toBeUndefined();
    }
  });

  test('uses short names in the compact drawing, and explains the pseudonym asterisk only there', () => {
    const compact = draw('stances', 'all', 'compact');
    expect(mark(compact, 'name-yang-quan-0').text).toBe('Yang Quan*');
    expect(mark(compact, 'name-bytedance-0').text).toBe('ByteDance');
    expect(mark(compact, 'note').text).toBe('* a pseudonym');
    expect(num(mark(compact, 'note'), 'y')).toBeGreaterThan(num(mark(compact, 'row-rule-end'), 'y1'));
    expect(mark(compact, 'column-outside-0').text).toBe('Not in it');
    const wideName = [0, 1].map((l) => mark(model, `name-yang-quan-${l}`).text).join(' ');
    expect(wideName.trim()).toBe('Yang Quan (pseudonym)');
    expect(mark(model, 'note').text).toBe('');
    expect(mark(model, 'column-outside-0').text).toBe('Not in the price war');
  });
});

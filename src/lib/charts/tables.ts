/** The data behind each chart as a table a reader can open: the figures, as the data files hold them. */
import type { EpilogueRow } from '../../schemas/epilogue';
import type { FigureRow } from '../../schemas/figure';
import { modelName, type PriceRow } from '../../schemas/price';
import type { Quote } from '../../schemas/quote';
import type { StanceRow } from '../../schemas/stance';
import { formatCount, formatDay, formatNumber, formatPercent, formatYuan, punctuation } from '../format';
import { tokensToChineseCharacters } from '../units';
import { cutsOf } from './cuts';
import { stanceExcerpt, stanceWords, viewOf } from './stances';
import type { Lang } from './model';
import { buysOf } from './yuan-buys';

/** A cell: our text, or someone's words (a quote), which the 繁體 edition converts character by character. */
export type Cell = string | { text: string; verbatim: true };

export interface DataTable {
  columns: string[];
  rows: Cell[][];
}

export interface ChartData {
  prices: readonly PriceRow[];
  epilogue: readonly EpilogueRow[];
  figures: readonly FigureRow[];
  stances: readonly StanceRow[];
  quotes: readonly Quote[];
}

const words = {
  en: {
    date: 'Date',
    company: 'Company',
    model: 'Model',
    before: 'Input before',
    after: 'Input after',
    output: 'Output after',
    published: 'As published',
    note: 'Note',
    cut: 'Cut',
    figure: 'Figure',
    value: 'Value',
    confidence: 'Confidence',
    tokensBefore: 'Tokens per yuan before',
    tokensAfter: 'Tokens per yuan after',
    characters: '≈ Chinese characters per yuan after',
    event: 'Event',
    cacheHit: 'Input, from cache',
    cacheMiss: 'Input',
    outputList: 'Output',
    paid: 'paid (not recorded)',
    promoUntil: (until: string) => `Launch offer until ${until}`,
    usd: (prices: number[]) => `DeepSeek’s dollar prices: ${prices.map((price) => `$${price}`).join(' / ')}`,
    inForce: (from: string, window: string) => `From ${from}, ${window}`,
    share: (model: string, share: string, off: string) => `${model} at ${share} of list price (${off} off)`,
    noLimit: 'no limit (free)',
    unit: {
      'CNY/M': 'yuan per million tokens',
      'CNY/K': 'yuan per thousand tokens',
      'USD/M': 'dollars per million tokens',
    },
    confidenceOf: { confirmed: 'confirmed', attributed: 'attributed, not confirmed', conflicting: 'sources conflict' },
    basis: { own: '', industry: ' (industry price)', 'source-only': ' (only in the source article)' },
  },
  zh: {
    date: '日期',
    company: '公司',
    model: '模型',
    before: '降价前输入价',
    after: '降价后输入价',
    output: '降价后输出价',
    published: '原始报价',
    note: '备注',
    cut: '降幅',
    figure: '数据',
    value: '数值',
    confidence: '可信度',
    tokensBefore: '降价前一元可买tokens',
    tokensAfter: '降价后一元可买tokens',
    characters: '降价后一元约合汉字数',
    event: '事件',
    cacheHit: '输入（缓存命中）',
    cacheMiss: '输入',
    outputList: '输出',
    paid: '收费（价格未录）',
    promoUntil: (until: string) => `上线优惠至${until}`,
    usd: (prices: number[]) => `DeepSeek美元价：${prices.join(' / ')}美元`,
    inForce: (from: string, window: string) => `${from}起，每天${window}`,
    share: (model: string, share: string, off: string) => `${model}按标价的${share}收费（减价${off}）`,
    noLimit: '不限量（免费）',
    unit: { 'CNY/M': '元/百万tokens', 'CNY/K': '元/千tokens', 'USD/M': '美元/百万tokens' },
    confidenceOf: { confirmed: '已证实', attributed: '仅有单一来源，未经证实', conflicting: '说法不一' },
    basis: { own: '', industry: '（行业价格）', 'source-only': '（仅见于原报道）' },
  },
};

const dash = '—';

function yuanOrDash(value: number | null | 'paid', lang: Lang): string {
  if (value === null) return dash;
  if (value === 'paid') return words[lang].paid;
  return formatYuan(value, lang);
}

function published(row: PriceRow, lang: Lang): string {
  // "10 dollars per million tokens" in English, "10美元/百万tokens" in Chinese.
  const space = lang === 'en' ? ' ' : '';
  return (
    row.published
      .map((p) => `${formatNumber(p.value, lang, 4)}${space}${words[lang].unit[p.unit as 'CNY/M']}`)
      .join(punctuation(lang).semicolon) || dash
  );
}

/** Every row of content/data/prices.json. */
export function pricesTable(data: ChartData, lang: Lang, ids?: readonly string[]): DataTable {
  const w = words[lang];
  const rows = ids ? ids.map((id) => data.prices.find((r) => r.id === id)!) : data.prices;
  return {
    columns: [w.date, w.company, w.model, w.before, w.after, w.output, w.published, w.note],
    rows: rows.map((r) => [
      formatDay(r.date, lang, true),
      r.company[lang],
      modelName(r, lang),
      yuanOrDash(r.inputBefore, lang) +
        (typeof r.inputBefore === 'number' && r.beforeBasis ? w.basis[r.beforeBasis] : ''),
      formatYuan(r.inputAfter, lang),
      yuanOrDash(r.outputAfter, lang),
      published(r, lang),
      r.note[lang],
    ]),
  };
}

export function cutsTable(data: ChartData, lang: Lang): DataTable {
  const w = words[lang];
  return {
    columns: [w.model, w.company, w.before, w.after, w.cut],
    rows: cutsOf(data.prices).map(({ row, percent }) => [
      modelName(row, lang),
      row.company[lang],
      yuanOrDash(row.inputBefore, lang) +
        (typeof row.inputBefore === 'number' && row.beforeBasis ? w.basis[row.beforeBasis] : ''),
      formatYuan(row.inputAfter, lang),
      formatPercent(percent, lang),
    ]),
  };
}

export function gpuTable(data: ChartData, lang: Lang): DataTable {
  const w = words[lang];
  return {
    columns: [w.figure, w.value, w.confidence],
    rows: data.figures
      .filter((f) => f.id === 'gpus' || f.id === 'gpus-estimate')
      .map((f) => [f.label[lang], f.value[lang], w.confidenceOf[f.confidence]]),
  };
}

export function buysTable(data: ChartData, lang: Lang): DataTable {
  const w = words[lang];
  const count = (n: number | undefined) =>
    n === undefined ? dash : Number.isFinite(n) ? formatCount(n, lang) : w.noLimit;
  return {
    columns: [w.model, w.company, w.tokensBefore, w.tokensAfter, w.characters],
    rows: buysOf(data.prices).map(({ row, before, after }) => [
      modelName(row, lang),
      row.company[lang],
      count(before) + (before !== undefined && row.beforeBasis ? w.basis[row.beforeBasis] : ''),
      count(after),
      Number.isFinite(after) ? formatCount(tokensToChineseCharacters(after), lang) : w.noLimit,
    ]),
  };
}

export function pathTable(data: ChartData, lang: Lang): DataTable {
  const w = words[lang];
  const p = punctuation(lang);
  const day = (iso: string) => formatDay(iso, lang, true);
  const tiers = (t: { cacheHit: number; cacheMiss: number; output: number }) =>
    [t.cacheHit, t.cacheMiss, t.output].map((price) => formatYuan(price, lang)).join(' / ');
  const v2 = data.prices.find((r) => r.id === 'deepseek-v2')!;
  const rows: Cell[][] = [
    [
      day(v2.date),
      'DeepSeek-V2',
      dash,
      formatYuan(v2.inputAfter, lang),
      formatYuan(v2.outputAfter!, lang),
      v2.note[lang],
    ],
  ];
  for (const e of data.epilogue) {
    if (e.kind === 'release') {
      const notes = [
        e.promo ? `${w.promoUntil(day(e.promo.until))}${p.colon}${tiers(e.promo)}` : '',
        e.usd ? w.usd([e.usd.cacheHit, e.usd.cacheMiss, e.usd.output]) : '',
      ].filter(Boolean);
      const list = [e.list.cacheHit, e.list.cacheMiss, e.list.output].map((price) => formatYuan(price, lang));
      rows.push([day(e.date), e.event[lang], ...list, notes.join(p.semicolon) || dash]);
    } else if (e.kind === 'discount') {
      const shares = e.share.map((s) =>
        w.share(s.model, formatPercent(s.share * 100, lang), formatPercent(100 - s.share * 100, lang)),
      );
      rows.push([
        day(e.date),
        e.event[lang],
        dash,
        dash,
        dash,
        `${w.inForce(day(e.from), e.window[lang])}${p.colon}${shares.join(p.list)}`,
      ]);
    } else {
      rows.push([
        day(e.date),
        e.event[lang],
        dash,
        dash,
        dash,
        [e.figure[lang], e.note?.[lang]].filter(Boolean).join(p.stop),
      ]);
    }
  }
  return { columns: [w.date, w.event, w.cacheHit, w.cacheMiss, w.outputList, w.note], rows };
}

/** The people and companies of the stance map or a quote wall: what they did, what they think, their words. */
export function stancesTable(data: ChartData, lang: Lang, ids?: readonly string[]): DataTable {
  const w = stanceWords(lang);
  const rows = ids ? ids.map((id) => data.stances.find((r) => r.id === id)!) : data.stances;
  return {
    columns:
      lang === 'en'
        ? ['Who', 'May 2024 (they or their company)', 'View', 'In their words']
        : ['谁', '2024年5月（本人或所在公司）', '态度', '原话'],
    rows: rows.map((r) => [
      r.name[lang],
      w.may2024[r.may2024],
      viewOf(r, lang),
      r.quotes.length > 0 && lang === 'zh'
        ? { text: stanceExcerpt(r, data.quotes, lang), verbatim: true }
        : r.quotes.length || r.paraphrase
          ? stanceExcerpt(r, data.quotes, lang)
          : dash,
    ]),
  };
}

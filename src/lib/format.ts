/** Numbers, prices and dates as readers of each language write them, with Intl. */

export type Lang = 'en' | 'zh';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'zh-CN');

/** `8,333` in English; `8333` in Chinese, which groups large numbers with 万 and 亿 instead. */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits, useGrouping: lang === 'en' }).format(
    value,
  );
}

/** A price in yuan: `¥0.8` in English, `0.8元` in Chinese; zero is "free". */
export function formatYuan(value: number, lang: Lang): string {
  if (value === 0) return lang === 'en' ? 'free' : '免费';
  const n = formatNumber(value, lang);
  return lang === 'en' ? `¥${n}` : `${n}元`;
}

export function formatPercent(value: number, lang: Lang): string {
  return `${formatNumber(value, lang, 1)}%`;
}

/** A count of tokens or characters: `1.25 million`, `33,333` / `125万`, `3.3万`. */
export function formatCount(value: number, lang: Lang): string {
  if (lang === 'zh') {
    if (value >= 1e8) return `${formatNumber(value / 1e8, lang, 2)}亿`;
    if (value >= 1e4) return `${formatNumber(value / 1e4, lang, value >= 1e6 ? 0 : 1)}万`;
    return formatNumber(value, lang, 0);
  }
  if (value >= 1e6) return `${formatNumber(value / 1e6, lang, 2)} million`;
  return formatNumber(value, lang, 0);
}

/** A day: `6 May` / `5月6日`; with the year: `6 May 2024` / `2024年5月6日`. */
export function formatDay(iso: string, lang: Lang, withYear = false): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', month: 'short', day: 'numeric' };
  if (withYear) options.year = 'numeric';
  if (d === undefined) delete options.day;
  // en-GB abbreviates September alone to four letters ("Sept"); keep every month to three.
  return new Intl.DateTimeFormat(locale(lang), options).format(date).replace('Sept', 'Sep');
}

/** The punctuation of a language, for text assembled from parts: full-width in Chinese. */
export function punctuation(lang: Lang) {
  return lang === 'en'
    ? { colon: ': ', semicolon: '; ', comma: ', ', list: ', ', stop: '. ', paren: (text: string) => ` (${text})` }
    : { colon: '：', semicolon: '；', comma: '，', list: '、', stop: '。', paren: (text: string) => `（${text}）` };
}

/** Numbers, prices and dates as readers of each language write them, with Intl and the language's words. */
import type { Lang } from '../domain/editions';
import { words } from '../i18n';

/** `8,333` in English; `8333` in Chinese, which groups large numbers with 万 and 亿 instead. */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  const { locale, grouping } = words(lang).numbers;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits, useGrouping: grouping }).format(value);
}

/** A price in yuan: `¥0.8` in English, `0.8元` in Chinese; zero is "free". */
export function formatYuan(value: number, lang: Lang): string {
  const { free, yuan } = words(lang).numbers;
  return value === 0 ? free : yuan(formatNumber(value, lang));
}

export function formatPercent(value: number, lang: Lang): string {
  return `${formatNumber(value, lang, 1)}%`;
}

/** A count of tokens or characters: `1.25 million`, `33,333` / `125万`, `3.3万`. */
export function formatCount(value: number, lang: Lang): string {
  const large = words(lang).numbers.large.find((step) => value >= step.from);
  return large
    ? `${formatNumber(value / large.unit, lang, large.digits)}${large.suffix}`
    : formatNumber(value, lang, 0);
}

/** A day: `6 May` / `5月6日`; with the year: `6 May 2024` / `2024年5月6日`. */
export function formatDay(iso: string, lang: Lang, withYear = false): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', month: 'short', day: 'numeric' };
  if (withYear) options.year = 'numeric';
  if (d === undefined) delete options.day;
  // en-GB abbreviates September alone to four letters ("Sept"); keep every month to three.
  return new Intl.DateTimeFormat(words(lang).numbers.locale, options).format(date).replace('Sept', 'Sep');
}

/**
 * A source's date, as precise as it is known (`2024`, `2024-05`, `2024-05-27`), for a BCP 47 language
 * tag (`zh-Hant-TW` writes its own way), in UTC so that no day shifts.
 */
export function formatSourceDate(date: string, tag: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) throw new Error(`Not a date: "${date}"`);
  const when = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month !== undefined) options.month = 'long';
  if (day !== undefined) options.day = 'numeric';
  return new Intl.DateTimeFormat(tag === 'en' ? words('en').numbers.locale : tag, options).format(when);
}

/** The punctuation of a language, for text assembled from parts: full-width in Chinese. */
export function punctuation(lang: Lang): ReturnType<typeof words>['punctuation'] {
  return words(lang).punctuation;
}

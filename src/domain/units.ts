/**
 * Prices as the story states them: yuan (CNY) per million tokens. Sources quote per thousand tokens or in
 * US dollars; these turn them into the one unit, and work out cuts, ratios and what a yuan buys.
 */

/** The People's Bank of China's central parity rate on 16 May 2024, mid-way through the price war. */
export const CNY_PER_USD = 7.102;

/** How a price was published: yuan per million tokens, yuan per thousand, or dollars per million. */
export type PriceUnit = 'CNY/M' | 'CNY/K' | 'USD/M';

export const PRICE_UNITS: readonly PriceUnit[] = ['CNY/M', 'CNY/K', 'USD/M'];

/** Rounds away floating-point noise (0.0008 × 1000 = 0.7999999999999999) without changing a real figure. */
function clean(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

export function perThousandToPerMillion(perThousand: number): number {
  return clean(perThousand * 1000);
}

export function usdToCny(usd: number): number {
  return clean(usd * CNY_PER_USD);
}

export function cnyToUsd(cny: number): number {
  return clean(cny / CNY_PER_USD);
}

/** A published price in yuan per million tokens. */
export function toCnyPerMillion(value: number, unit: PriceUnit): number {
  if (unit === 'CNY/K') return perThousandToPerMillion(value);
  if (unit === 'USD/M') return usdToCny(value);
  return value;
}

/** The cut from one price to another, in percent: 5 → 1 is 80. */
export function percentCut(before: number, after: number): number {
  if (!(before > 0)) throw new RangeError(`A cut needs a price before it, not ${before}`);
  return clean(((before - after) / before) * 100);
}

/** How many times cheaper `cheap` is than `dear`, as the n of "1/n", rounded to a whole number. */
export function fractionOf(cheap: number, dear: number): number {
  if (!(cheap > 0)) throw new RangeError(`A ratio needs a price above zero, not ${cheap}`);
  return Math.round(dear / cheap);
}

/** Tokens that one yuan buys at a price per million tokens; a free model has no limit. */
export function tokensPerYuan(cnyPerMillion: number): number {
  if (cnyPerMillion === 0) return Number.POSITIVE_INFINITY;
  return clean(1_000_000 / cnyPerMillion);
}

/** DeepSeek's published rule of thumb: one Chinese character is about 0.6 tokens. */
export const TOKENS_PER_CHINESE_CHARACTER = 0.6;

export function tokensToChineseCharacters(tokens: number): number {
  return clean(tokens / TOKENS_PER_CHINESE_CHARACTER);
}

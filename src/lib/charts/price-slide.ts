/**
 * The hero's price slide: GPT-4-Turbo's input price and DeepSeek-V2's as two bars on one linear scale,
 * drawn where the slide ends (DeepSeek at its own price). The client slides DeepSeek's bar and number
 * from GPT-4-Turbo's price down to it; it reads the geometry from the drawing.
 */
import type { Lang } from '../../domain/editions';
import { words } from '../../i18n';
import type { PriceRow } from '../../schemas/price';
import { formatYuan } from '../format';
import { companyTone, modelName, requireRow } from './rows';

/** The drawing's frame, where the bars start and the length of GPT-4-Turbo's bar. */
export const SLIDE = { width: 400, height: 92, left: 100, full: 236 } as const;

export interface SlideBar {
  name: string;
  tone: string;
  y: number;
  width: number;
  /** The price, written out; the moving bar's number is interpolated with `format`. */
  value: string;
}

export interface PriceSlideModel {
  from: number;
  to: number;
  /** How the language writes a price, `#` standing for the number: `¥#`, `#元`. */
  format: string;
  /** The drawing's accessible name and its caption. */
  label: string;
  caption: string;
  bars: readonly [reference: SlideBar, moving: SlideBar];
}

export function priceSlide(rows: readonly PriceRow[], lang: Lang): PriceSlideModel {
  const turbo = requireRow(rows, 'gpt-4-turbo', 'price-slide', 'prices.json');
  const deepseek = requireRow(rows, 'deepseek-v2', 'price-slide', 'prices.json');
  const width = (price: number) => (SLIDE.full * price) / turbo.inputAfter;
  const bar = (row: PriceRow, y: number): SlideBar => ({
    name: modelName(row, lang),
    tone: companyTone(row.id),
    y,
    width: width(row.inputAfter),
    value: formatYuan(row.inputAfter, lang),
  });
  const { priceSlide: w, numbers } = words(lang);
  return {
    from: turbo.inputAfter,
    to: deepseek.inputAfter,
    format: numbers.yuan('#'),
    label: w.label(String(turbo.inputAfter), String(deepseek.inputAfter)),
    caption: w.caption,
    bars: [bar(turbo, 16), bar(deepseek, 58)],
  };
}

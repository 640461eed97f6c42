/** The price data as readers download it: one CSV table, and JSON with the sources and the method. */
import type { EpilogueRow } from '../schemas/epilogue';
import type { FigureRow } from '../schemas/figure';
import { localize, words } from '../i18n';
import type { PriceRow } from '../schemas/price';
import type { Source } from '../schemas/source';
import { toCsv } from './csv';
import { CNY_PER_USD } from '../domain/units';

export const PRICE_COLUMNS = [
  'id',
  'date',
  'time_of_day',
  'company',
  'company_zh',
  'model',
  'role',
  'input_before_cny_per_million',
  'before_basis',
  'input_after_cny_per_million',
  'output_after_cny_per_million',
  'as_published',
  'note',
  'sources',
] as const;

export function pricesCsv(rows: readonly PriceRow[]): string {
  return toCsv(
    PRICE_COLUMNS,
    rows.map((r) => [
      r.id,
      r.date,
      r.time,
      r.company.en,
      r.company.zh,
      localize(r.model, 'en'),
      r.role,
      r.inputBefore,
      r.beforeBasis,
      r.inputAfter,
      r.outputAfter,
      r.published.map((p) => `${p.field}=${p.value} ${p.unit}`).join('; '),
      r.note.en,
      r.sources.join(' '),
    ]),
  );
}

export function pricesJson(data: {
  prices: readonly PriceRow[];
  epilogue: readonly EpilogueRow[];
  figures: readonly FigureRow[];
  sources: readonly Source[];
}): string {
  return `${JSON.stringify(
    {
      title: 'The price butcher: large-model API prices in China, May 2024, with their sources',
      credit: words('en').credit,
      unit: 'CNY per million tokens; 0 means free; "paid" means the price before is not recorded',
      exchangeRate: { cnyPerUsd: CNY_PER_USD, date: '2024-05-16', source: 'pboc-parity' },
      prices: data.prices,
      epilogue: data.epilogue,
      figures: data.figures,
      sources: data.sources,
    },
    null,
    2,
  )}\n`;
}

/** /data/prices.csv: every row of the price table, at a stable URL. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { pricesCsv } from '../../lib/downloads';

export const GET: APIRoute = async () => {
  const rows = (await getCollection('prices')).map((entry) => entry.data);
  return new Response(pricesCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

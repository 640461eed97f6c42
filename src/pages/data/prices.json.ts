/** /data/prices.json: the prices, the epilogue, the other figures and every source, at a stable URL. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { pricesJson } from '../../lib/downloads';

export const GET: APIRoute = async () => {
  const data = (name: 'prices' | 'epilogue' | 'figures' | 'sources') =>
    getCollection(name).then((es) => es.map((e) => e.data));
  const body = pricesJson({
    prices: await data('prices'),
    epilogue: await data('epilogue'),
    figures: await data('figures'),
    sources: await data('sources'),
  } as Parameters<typeof pricesJson>[0]);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

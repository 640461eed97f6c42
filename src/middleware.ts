/** Works out the page context once per page (at build time: every page is prerendered). */
import { defineMiddleware } from 'astro:middleware';
import { pageContextAt } from './lib/page';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.page = pageContextAt(context.url.pathname, import.meta.env.BASE_URL);
  return next();
});

// Every page learns its locale from its URL prefix. Pages that have one URL for
// all languages (a team's path or dashboard) set Astro.locals.locale themselves
// from the team's locale before rendering. Pages under a locale prefix get their
// links kept in that locale (see localizeHtml).
import { defineMiddleware } from 'astro:middleware';
import { localeOfPath, localizeHtml } from './i18n/locales.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const locale = localeOfPath(context.url.pathname);
  context.locals.locale = locale;
  const response = await next();
  if (locale === 'en' || !response.headers.get('content-type')?.includes('text/html')) return response;
  return new Response(localizeHtml(await response.text(), locale), response);
});

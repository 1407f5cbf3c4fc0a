// The whole catalog as data, for filtering across every page in the browser; one per language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeParams, type Locale } from '../../../i18n/locales.ts';
import { routeData } from '../../../route-data.ts';

export const getStaticPaths = localeParams satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { modules, courseCard } = routeData((props as { locale: Locale }).locale);
  return new Response(JSON.stringify(modules.map(courseCard)), { headers: { 'Content-Type': 'application/json' } });
};

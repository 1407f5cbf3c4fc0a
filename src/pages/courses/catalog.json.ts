// The whole catalog as data, for filtering across every page in the browser.
import type { APIRoute } from 'astro';
import { modules } from '../../content.ts';
import { routeData } from '../../route-data.ts';

const { courseCard } = routeData('en');

export const GET: APIRoute = () =>
  new Response(JSON.stringify(modules.map((m) => ({ ...courseCard(m), duration: m.data.duration, bands: m.data.skills }))), { headers: { 'Content-Type': 'application/json' } });

import type { APIRoute, GetStaticPaths } from 'astro';
import { teams } from '../content.ts';
import { tableCsv } from '../lib/dashboard/blocks.ts';
import { teamCsvFiles } from '../lib/dashboard/team-view.ts';
import { teamData } from './data.ts';

export const getStaticPaths = (() =>
  teams.flatMap((tm) => {
    const { view } = teamData(tm.id);
    return view ? [...teamCsvFiles(view).keys()].map((f) => ({ params: { team: tm.id, file: f.replace(/\.csv$/, '') } })) : [];
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { view } = teamData(params.team!);
  const table = teamCsvFiles(view!).get(`${params.file}.csv`)!;
  return new Response(tableCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { tableCsv } from '../lib/dashboard/blocks.ts';
import { overviewCsvFiles } from '../lib/dashboard/overview-view.ts';
import { overviewData } from './data.ts';

export const getStaticPaths = (() =>
  [...overviewCsvFiles(overviewData().view).keys()].map((f) => ({ params: { file: f.replace(/\.csv$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const table = overviewCsvFiles(overviewData().view).get(`${params.file}.csv`)!;
  return new Response(tableCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

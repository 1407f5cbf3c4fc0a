// The vocabulary behind "did you mean": the words of five letters or more in every
// course, article and skill, most frequent first, one file per word length. The
// search box fetches only the lengths one edit away from a query's words, and
// only when the query found too little.
import type { APIRoute, GetStaticPaths } from 'astro';
import { kb, modules, skills } from '../../content.ts';
import { buildVocabulary, shardByLength } from '../../lib/spelling.ts';

const texts = [
  ...modules.flatMap((m) => [m.data.title, m.data.summary, m.body ?? '']),
  ...kb.flatMap((a) => [a.data.title, a.data.summary, a.body ?? '']),
  ...skills.flatMap((s) => [s.name, s.description, ...Object.values(s.levels)]),
];
// Drop component and expression syntax, keep the words people read.
const shards = shardByLength(buildVocabulary(texts.map((t) => t.replace(/<\/?[A-Z][^>]*>/g, ' ').replace(/\b(text|next|feedback|quality|explain|choices|speaker|correct)\s*:/g, ' ')), 15_000));

export const getStaticPaths = (() => [...shards.keys()].map((n) => ({ params: { length: String(n) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(shards.get(Number(params.length)) ?? []), { headers: { 'Content-Type': 'application/json' } });

// The vocabulary behind "did you mean": the words of five letters or more in every
// course, article and skill, most frequent first. Fetched by the search box only
// when a query has a word long enough to correct.
import type { APIRoute } from 'astro';
import { kb, modules, skills } from '../content.ts';
import { buildVocabulary } from '../lib/spelling.ts';

export const GET: APIRoute = () => {
  const texts = [
    ...modules.flatMap((m) => [m.data.title, m.data.summary, m.body ?? '']),
    ...kb.flatMap((a) => [a.data.title, a.data.summary, a.body ?? '']),
    ...skills.flatMap((s) => [s.name, s.description, ...Object.values(s.levels)]),
  ];
  // Drop component and expression syntax, keep the words people read.
  const vocab = buildVocabulary(texts.map((t) => t.replace(/<\/?[A-Z][^>]*>/g, ' ').replace(/\b(text|next|feedback|quality|explain|choices|speaker|correct)\s*:/g, ' ')), 15_000);
  return new Response(JSON.stringify(vocab), { headers: { 'Content-Type': 'application/json' } });
};

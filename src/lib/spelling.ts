/**
 * "Did you mean": a build-time vocabulary of the words in courses and articles,
 * and a one-edit correction for query words of five letters or more. Pure, so the
 * browser and the tests run the same code. Chinese and other scripts without
 * spaces are never corrected (a CJK query word is left as it is).
 */
import { editDistance } from './suggest.ts';

/** The vocabulary: words and how often they occur, most frequent first. */
export type Vocabulary = Array<[word: string, count: number]>;

const WORD = /[a-z][a-z'-]{3,}[a-z]/g;

/** Words of five letters or more in a text, lower case (markup and code are stripped by the caller). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(WORD) ?? [];
}

/** The vocabulary of many texts, most frequent first; `max` keeps the file small. */
export function buildVocabulary(texts: Iterable<string>, max = 20_000): Vocabulary {
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of wordsOf(t)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max);
}

/**
 * The vocabulary split by word length, so that a correction fetches only the
 * lengths one edit can reach (`shardLengths`): a few KB instead of the whole list.
 */
export function shardByLength(vocab: Vocabulary): Map<number, Vocabulary> {
  const shards = new Map<number, Vocabulary>();
  for (const entry of vocab) {
    const shard = shards.get(entry[0].length);
    if (shard) shard.push(entry);
    else shards.set(entry[0].length, [entry]);
  }
  return shards;
}

/** The word lengths whose shards can correct the query's words of five letters or more. */
export function shardLengths(query: string): number[] {
  const lengths = new Set<number>();
  for (const [word] of query.matchAll(/[A-Za-z][A-Za-z'-]*/g)) {
    if (word.length < 5) continue;
    for (const n of [word.length - 1, word.length, word.length + 1]) if (n >= 5) lengths.add(n);
  }
  return [...lengths].sort((a, b) => a - b);
}

/** Shards back into one vocabulary, most frequent first. */
export const mergeShards = (shards: readonly Vocabulary[]): Vocabulary =>
  shards.flat().sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

/** Optimal-string-alignment distance ≤ 1: one insertion, deletion, substitution or swap of neighbours. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]);
  }
  return editDistance(a, b) === 1;
}

/**
 * The query with each unknown word of five letters or more replaced by the most
 * frequent vocabulary word one edit away; null when nothing changes.
 */
export function correct(query: string, vocab: Vocabulary): string | null {
  const known = new Set(vocab.map(([w]) => w));
  let changed = false;
  const out = query.replace(/[A-Za-z][A-Za-z'-]*/g, (word) => {
    const w = word.toLowerCase();
    if (w.length < 5 || known.has(w)) return word;
    const hit = vocab.find(([v]) => oneEditApart(w, v));
    if (!hit) return word;
    changed = true;
    return hit[0];
  });
  return changed ? out : null;
}

/** "1 result", "2 results": English plurals through Intl, so other languages can follow. */
export function countText(n: number, forms: { one: string; other: string }, locale = 'en'): string {
  const form = new Intl.PluralRules(locale).select(n) === 'one' ? forms.one : forms.other;
  return form.replace('{n}', String(n));
}

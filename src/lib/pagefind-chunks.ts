/**
 * Pagefind's word index, re-cut so that a query downloads only the chunk that
 * holds its word. Pure: bytes in, bytes out (the files are read and written by
 * search-index-fs.ts).
 *
 * Why this exists (measured on a generated 8,000-course site, Pagefind 1.6):
 * - Pagefind closes a chunk once it passes a size, so a word that is on nearly
 *   every page ("in", 48 KB) shares its chunk with a topic word ("improv"): a
 *   query for "improve" downloads both.
 * - Pagefind writes chunk boundaries as the shortest distinguishing prefixes
 *   (`ber`…`ber`). A word past such a prefix ("bereavement" > "ber") is in no
 *   chunk's range, so Pagefind falls back to loading every chunk whose prefix
 *   fits, including the 37 KB chunk of "be".
 * Here every heavy word gets a chunk of its own, and the boundaries become
 * contiguous ranges (`boundaries`), so Pagefind's lookup (`from <= term <= to`)
 * always finds exactly one chunk per term, and never a heavy one by accident.
 *
 * The file format is Pagefind's own: gzip of "pagefind_dcd" and CBOR. Every file
 * is checked to re-encode to the same bytes before anything is changed; a
 * Pagefind version with another layout is left as it is (`RechunkSkipped`).
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { stem } from 'porter2';
import { utf8Compare } from './broad-words.ts';

/** The bytes every Pagefind file starts with, once unzipped. */
export const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

/** One word of the index: its text, then per page a [page delta, locations, meta locations] triple. */
export type WordEntry = [word: string, pages: Array<[delta: number, locations: number[], meta: number[]]>, ...rest: unknown[]];
/** A chunk as pf_meta lists it. */
export type ChunkRef = [from: string, to: string, hash: string];

export class RechunkSkipped extends Error {}

/** A Pagefind file's CBOR value; throws RechunkSkipped when re-encoding would not give the same bytes. */
export function decodeFile(gz: Uint8Array, what: string): unknown {
  const raw = gunzipSync(gz);
  if (!SIGNATURE.every((b, i) => raw[i] === b)) throw new RechunkSkipped(`${what} does not start with Pagefind's signature`);
  const body = raw.subarray(SIGNATURE.length);
  let value: unknown;
  try {
    value = decode(body);
  } catch (e) {
    throw new RechunkSkipped(`${what} is not CBOR that this version reads (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!Buffer.from(encode(value)).equals(body)) throw new RechunkSkipped(`${what} does not re-encode to the same bytes`);
  return value;
}

export function encodeFile(value: unknown): Uint8Array {
  return gzipSync(Buffer.concat([SIGNATURE, encode(value)]), { level: 9 });
}

/** Compressed bytes of one word's entry: what a query for it downloads at least. */
export function entryBytes(entry: WordEntry): number {
  return gzipSync(encode(entry)).length;
}

/** Splits chunks so that every heavy entry stands alone; light neighbours stay together, in order. */
export function splitHeavy(chunks: WordEntry[][], heavy: (e: WordEntry) => boolean): WordEntry[][] {
  const out: WordEntry[][] = [];
  for (const chunk of chunks) {
    let run: WordEntry[] = [];
    for (const entry of chunk) {
      if (!heavy(entry)) {
        run.push(entry);
        continue;
      }
      if (run.length) out.push(run);
      out.push([entry]);
      run = [];
    }
    if (run.length) out.push(run);
  }
  return out;
}

/** The first code point above every other: a term that begins with a word sorts below word + MAX. */
const MAX = '\u{10FFFF}';

export { utf8Compare };

/** Just below `word`: its last character one lower, then MAX ("in" → "im" + MAX); null where none is safe. */
function below(word: string): string | null {
  const chars = [...word];
  const code = chars.at(-1)!.codePointAt(0)! - 1;
  if (code < 1 || (code >= 0xd800 && code <= 0xdfff)) return null;
  return chars.slice(0, -1).join('') + String.fromCodePoint(code) + MAX;
}

/**
 * Contiguous boundaries, so that every term lands in exactly one chunk. Between a
 * chunk's last word L and the next chunk's first word F lie terms that are in no
 * chunk. Pagefind looks up a query word and its stem, so terms that belong with the
 * chunk stay with it: L's longer forms ("bereavement" after the stem "bereav"), and
 * the words whose stem is in the chunk but which do not start with it (`forms`:
 * "empathy" for "empathi"). Any other term in the gap goes to the lighter of the two
 * chunks ("improve" does not download the "in" chunk). `bytes[i]` is chunk i's size.
 */
export function boundaries(chunks: WordEntry[][], bytes: readonly number[], first: string, forms: (stem: string) => readonly string[] = () => []): Array<[from: string, to: string]> {
  const reach = (chunk: WordEntry[]) => [chunk.at(-1)![0], ...chunk.flatMap((e) => forms(e[0]))].reduce((a, w) => (utf8Compare(w, a) > 0 ? w : a)) + MAX;
  const cuts = chunks.slice(0, -1).map((chunk, i) => {
    const high = below(chunks[i + 1]![0]![0]);
    if (high === null) return chunk.at(-1)![0];
    const low = utf8Compare(reach(chunk), high) < 0 ? reach(chunk) : high;
    return bytes[i]! > bytes[i + 1]! ? low : high;
  });
  return chunks.map((chunk, i) => [i === 0 ? first : `${cuts[i - 1]}\u0000`, i < cuts.length ? cuts[i]! : reach(chunk)]);
}

/**
 * The words a stem stands for that do not start with it ("empathy" → "empathi",
 * "sensibility" → "sensibl"), from the site's vocabulary, plus the y-for-i form of
 * any short stem (the vocabulary holds words of five letters or more). Pagefind
 * stems English with the same Porter 2 algorithm as the `porter2` package.
 */
export function stemForms(vocabulary: Iterable<string>): (stem: string) => string[] {
  const forms = new Map<string, string[]>();
  for (const word of vocabulary) {
    if (!/^[a-z]+$/.test(word)) continue;
    const s = stem(word);
    if (!word.startsWith(s)) forms.set(s, [...(forms.get(s) ?? []), word]);
  }
  return (s) => {
    const y = s.endsWith('i') ? `${s.slice(0, -1)}y` : null;
    const listed = forms.get(s) ?? [];
    return y && !listed.includes(y) && stem(y) === s ? [...listed, y] : listed;
  };
}

/** Pagefind's chunk lookup, as pagefind_web does it: the first chunk whose range holds the term, by UTF-8 order. */
export function chunkFor(refs: readonly ChunkRef[], term: string): ChunkRef | undefined {
  return refs.find(([from, to]) => utf8Compare(from, term) <= 0 && utf8Compare(term, to) <= 0);
}

/** A chunk's file name, as Pagefind names them: language, then a content hash. */
export function chunkHash(language: string, bytes: Uint8Array): string {
  return `${language}_${createHash('sha256').update(bytes).digest('hex').slice(0, 7)}`;
}

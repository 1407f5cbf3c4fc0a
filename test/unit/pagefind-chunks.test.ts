import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { boundaries, chunkFor, decodeFile, encodeFile, RechunkSkipped, splitHeavy, stemForms, utf8Compare, type ChunkRef, type WordEntry } from '../../src/lib/pagefind-chunks.ts';

const entry = (word: string, pages = 1): WordEntry => [word, Array.from({ length: pages }, (_, i) => [i === 0 ? 0 : 1, [i], []])];
const refsOf = (chunks: WordEntry[][], bytes: number[]): ChunkRef[] => boundaries(chunks, bytes, chunks[0]![0]![0]).map(([f, t], i) => [f, t, `c${i}`]);
const indexOf = (refs: ChunkRef[], term: string) => refs.findIndex((r) => r === chunkFor(refs, term));

describe('pagefind-chunks', () => {
  it('decodes and re-encodes a Pagefind file, and refuses one it cannot reproduce', () => {
    const value = [[entry('refund', 3), entry('refunds')]];
    expect(decodeFile(encodeFile(value), 'x')).toEqual(value);
    expect(() => decodeFile(gzipSync(Buffer.from('not pagefind')), 'x.pf_index')).toThrow(RechunkSkipped);
  });

  it('gives every heavy word a chunk of its own and keeps the light ones together in order', () => {
    const chunks = [[entry('a'), entry('in', 50), entry('improv'), entry('increas')], [entry('is', 50)]];
    const split = splitHeavy(chunks, (e) => e[1].length > 10);
    expect(split.map((c) => c.map((e) => e[0]))).toEqual([['a'], ['in'], ['improv', 'increas'], ['is']]);
  });

  it('finds each word, and the longer forms Pagefind also looks up, in its own chunk', () => {
    // "bereav" is a stem: a query for "bereavement" looks up both, and must not load the next chunk.
    const chunks = [[entry('be', 40)], [entry('bereav')], [entry('best', 30)], [entry('bill'), entry('billing')]];
    const refs = refsOf(chunks, [37_000, 900, 30_000, 1_200]);
    expect(['be', 'bereav', 'bereavement', 'best', 'bill', 'billing', 'billings'].map((t) => indexOf(refs, t))).toEqual([0, 1, 1, 2, 3, 3, 3]);
    // Between two chunks, a term that starts with neither goes to the lighter one.
    expect(indexOf(refs, 'berg')).toBe(1);
    expect(indexOf(refs, 'bet')).toBe(3);
  });

  it('keeps the words whose stem a chunk holds with it, though they sort past it', () => {
    // Pagefind looks up "empathy" and its stem "empathi": both must name the chunk of "empathi".
    const forms = stemForms(['empathy', 'sensibility', 'refunds']);
    expect(['empathi', 'sensibl', 'refund', 'copi', 'bereav'].map(forms)).toEqual([['empathy'], ['sensibility'], [], ['copy'], []]);
    const chunks = [[entry('a'), entry('empathi', 40)], [entry('enabl')]];
    const bytes = [12_000, 600];
    expect(indexOf(refsOf(chunks, bytes), 'empathy')).toBe(1);
    const refs = boundaries(chunks, bytes, 'a', forms).map(([f, t], i): ChunkRef => [f, t, `c${i}`]);
    expect(['empathi', 'empathy', 'empathyish', 'en', 'enable'].map((t) => indexOf(refs, t))).toEqual([0, 0, 0, 1, 1]);
  });

  it('leaves no term in two chunks or in none, for any words and sizes', () => {
    const word = fc.stringMatching(/^[a-zé同理]{1,8}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 2, maxLength: 30 }), fc.array(fc.nat(50_000), { minLength: 30, maxLength: 30 }), fc.array(word, { maxLength: 20 }), (words, sizes, probes) => {
        const sorted = [...words].sort(utf8Compare);
        const chunks: WordEntry[][] = [];
        sorted.forEach((w, i) => (i % 3 === 0 ? chunks.push([entry(w)]) : chunks.at(-1)!.push(entry(w))));
        const refs = refsOf(chunks, sizes.slice(0, chunks.length));
        // Every word is in its own chunk.
        chunks.forEach((c, i) => c.forEach((e) => expect(indexOf(refs, e[0])).toBe(i)));
        // Every term from the first word to the last word's longer forms lands in exactly one chunk.
        const inside = (t: string) => utf8Compare(t, sorted[0]!) >= 0 && utf8Compare(t, `${sorted.at(-1)}\u{10FFFF}`) <= 0;
        for (const t of [...probes, ...refs.flatMap((r) => [r[0], r[1]]), ...sorted.map((w) => `${w}ing`)].filter(inside)) {
          expect(refs.filter(([f, to]) => utf8Compare(f, t) <= 0 && utf8Compare(t, to) <= 0)).toHaveLength(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

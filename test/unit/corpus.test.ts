import { describe, expect, it } from 'vitest';
import { rng } from '../../scripts/gen-fixtures.ts';
import { courseText } from '../../scripts/lib/corpus.ts';

// The scale benchmarks measure search bytes on generated courses; those bytes follow how
// many pages hold each word, so the generated library must spread words as a real one does.
describe('generated course text', () => {
  const r = rng(7);
  const pages = Array.from({ length: 400 }, (_, i) => courseText(i + 1, r));
  const words = pages.map((p) => new Set(`${p.title} ${p.summary} ${p.body}`.toLowerCase().match(/[a-z][a-z'-]*/g)));
  const share = (w: string) => words.filter((s) => s.has(w)).length / pages.length;

  it('puts everyday words on nearly every page and topic words on few', () => {
    expect(share('the')).toBeGreaterThan(0.95);
    expect(share('customer')).toBeGreaterThan(0.8);
    for (const w of ['refund', 'bereavement', 'escalation']) {
      expect(share(w)).toBeGreaterThan(0.02);
      expect(share(w)).toBeLessThan(0.15);
    }
  });
  it('has a vocabulary of hundreds of words, as prose does', () => {
    expect(new Set(words.flatMap((s) => [...s])).size).toBeGreaterThan(500);
  });
  it('is the same text for the same seed', () => {
    const again = rng(7);
    expect(courseText(1, again)).toEqual(pages[0]);
  });
});

import { describe, expect, it } from 'vitest';
import { bestPages, broadHit, isBroad, planQuery, type BroadIndex } from '../../src/lib/broad-words.ts';

const MAX = '\u{10FFFF}';
// Ranges as the build writes them: a broad word's chunk holds it and its longer forms.
const index: BroadIndex = {
  pages: 8000,
  words: [
    [`custol${MAX}\u0000`, `custom${MAX}`, 7900],
    [`thd${MAX}\u0000`, `the${MAX}`, 7990],
  ],
};

describe('broad-words', () => {
  it('calls a word broad when it is on more than half the pages of a site big enough to tell', () => {
    expect([isBroad(4001, 8000), isBroad(4000, 8000), isBroad(15, 19), isBroad(20, 30)]).toEqual([true, false, false, true]);
  });

  it('finds a word by itself or by its stem, as Pagefind looks both up', () => {
    expect(['customer', 'Customers', 'custom', 'the', 'The,'].map((w) => broadHit(index, w))).toEqual([0, 0, 0, 1, 1]);
    expect(['refund', 'cut', 'they', '退款', '…'].map((w) => broadHit(index, w))).toEqual([-1, -1, 1, -1, -1]);
  });

  it('leaves broad words out of a query that has other words, and says which', () => {
    expect(planQuery('refund the customer', index)).toEqual({
      search: 'refund',
      leftOut: [
        { word: 'the', at: 1 },
        { word: 'customer', at: 0 },
      ],
    });
    expect(planQuery('refund policy', index)).toEqual({ search: 'refund policy', leftOut: [] });
  });

  it('does not search a query of broad words only, and keeps quoted phrases as typed', () => {
    expect(planQuery('the customer', index)).toEqual({ search: null, leftOut: [{ word: 'the', at: 1 }, { word: 'customer', at: 0 }] });
    expect(planQuery('"the customer" customers', index)).toEqual({ search: '"the customer"', leftOut: [{ word: 'customers', at: 0 }] });
    expect(planQuery('customer', null)).toEqual({ search: 'customer', leftOut: [] });
  });

  it('lists title hits first, then the pages where the word is densest', () => {
    // Pages 2, 3, 7 (deltas 2, +1, +4); page 7 has the word in its title.
    const entry: Array<[number, number[], number[]]> = [
      [2, [1, 5], []],
      [1, [4, -3, 9, 12], []],
      [4, [0], [0]],
    ];
    expect(bestPages(entry, [0, 0, 100, 10, 0, 0, 0, 500], 3)).toEqual([7, 3, 2]);
    expect(bestPages(entry, [0, 0, 100, 10, 0, 0, 0, 500], 1)).toEqual([7]);
  });
});

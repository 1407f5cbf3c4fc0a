import { describe, expect, it } from 'vitest';
import { buildVocabulary, correct, countText, mergeShards, shardByLength, shardLengths, wordsOf } from '../../src/lib/spelling.ts';

const vocab = buildVocabulary(['Refund and credit policy: refund the overcharge.', 'Vulnerable customers need extra care; vulnerable callers.', 'Empathy, empathy foundations, listening.', '同理心 首次解決']);

describe('spelling', () => {
  it('keeps words of five letters or more, most frequent first', () => {
    expect(vocab.slice(0, 3)).toEqual([['empathy', 2], ['refund', 2], ['vulnerable', 2]]);
    expect(wordsOf('A café, résumé')).toEqual(['resume']);
  });
  it.each([
    ['refnd', 'refund'],
    ['vulnrable customers', 'vulnerable customers'],
    ['empaty foundations', 'empathy foundations'],
    ['polciy', 'policy'],
  ])('corrects %j to %j', (q, want) => expect(correct(q, vocab)).toBe(want));
  it.each([['refund'], ['care'], ['xyzzyq'], ['同理心'], ['首次解决']])('leaves %j alone', (q) => expect(correct(q, vocab)).toBeNull());
  it('corrects as well from the shards a query needs as from the whole vocabulary', () => {
    const shards = shardByLength(vocab);
    for (const q of ['refnd', 'vulnrable customers', 'empaty foundations', 'polciy', 'refund', 'xyzzyq']) {
      const needed = mergeShards(shardLengths(q).map((n) => shards.get(n) ?? []));
      expect(correct(q, needed)).toBe(correct(q, vocab));
    }
    expect(shardLengths('refnd the vulnrable')).toEqual([5, 6, 8, 9, 10]);
    expect(shardLengths('care 同理心')).toEqual([]);
    expect(mergeShards([...shards.values()])).toEqual(vocab);
  });
  it('counts with correct plurals', () => {
    const forms = { one: '{n} result', other: '{n} results' };
    expect([0, 1, 2].map((n) => countText(n, forms))).toEqual(['0 results', '1 result', '2 results']);
  });
});

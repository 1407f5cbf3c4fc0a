import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { courseOrder, matchesFilter, modulesByLevel, type ModuleLike } from '../../src/lib/catalog.ts';

const mod = (id: string, title: string, prerequisites: string[] = [], skills = [{ skill: 'empathy', from: 1, to: 3 }], duration = 20, formats: ModuleLike['data']['formats'] = ['self-paced']): ModuleLike => ({
  id, data: { title, prerequisites, skills, duration, formats },
});

describe('courseOrder', () => {
  it('puts prerequisites first and breaks ties by title', () => {
    const list = [mod('c', 'Alpha', ['b']), mod('b', 'Beta', ['a']), mod('a', 'Zulu'), mod('d', 'Delta')];
    expect(courseOrder(list).map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('survives a cycle and unknown prerequisites', () => {
    const list = [mod('a', 'A', ['b', 'zzz']), mod('b', 'B', ['a'])];
    expect(courseOrder(list).map((m) => m.id).sort()).toEqual(['a', 'b']);
  });
  it('always respects prerequisites in a DAG and lists each module once', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(19), { maxLength: 3 }), { minLength: 1, maxLength: 20 }), (edges) => {
        // Only edges to lower indices: a DAG by construction.
        const list = edges.map((to, i) => mod(`m${i}`, `T${(i * 7) % 5}`, [...new Set(to.filter((j) => j < i).map((j) => `m${j}`))]));
        const order = courseOrder(list).map((m) => m.id);
        expect(new Set(order).size).toBe(list.length);
        for (const m of list) for (const p of m.data.prerequisites) expect(order.indexOf(p)).toBeLessThan(order.indexOf(m.id));
      }),
    );
  });
});

describe.each([
  [{}, true],
  [{ skill: 'empathy' }, true],
  [{ skill: 'de-escalation' }, false],
  [{ level: 1 }, true],
  [{ level: 2 }, true],
  [{ level: 3 }, false],
  [{ skill: 'empathy', level: 2 }, true],
  [{ format: 'self-paced' }, true],
  [{ format: 'workshop' }, false],
  [{ duration: 15 }, false],
  [{ duration: 30 }, true],
  [{ duration: 46 }, false],
])('matchesFilter(%j)', (filter, expected) => {
  it(`is ${expected}`, () => expect(matchesFilter(mod('a', 'A'), filter)).toBe(expected));
});

it('matchesFilter keeps long modules for "over 45 min"', () => {
  expect(matchesFilter(mod('a', 'A', [], undefined, 60), { duration: 46 })).toBe(true);
  expect(matchesFilter(mod('a', 'A', [], undefined, 45), { duration: 46 })).toBe(false);
});

it('modulesByLevel groups by starting level in course order', () => {
  const list = [mod('adv', 'Advanced', ['basic'], [{ skill: 'empathy', from: 3, to: 5 }]), mod('basic', 'Basic'), mod('other', 'Other', [], [{ skill: 'x', from: 1, to: 2 }])];
  expect(modulesByLevel('empathy', list).map((g) => [g.from, g.items.map((i) => i.module.id)])).toEqual([[1, ['basic']], [3, ['adv']]]);
});

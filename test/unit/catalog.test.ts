import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { courseOrder, durationChoices, filterTokens, matchesFilter, modulesByLevel, noScriptFilterCss, requiredTokens, type CatalogFilter, type ModuleLike } from '../../src/lib/catalog.ts';

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

describe('filtering without JS (tokens and CSS)', () => {
  const choices = { skill: ['empathy', 'de-escalation', 'listening'], level: [1, 2, 3, 4], format: ['self-paced', 'workshop', 'role-play'], duration: durationChoices };
  const band = fc.record({ skill: fc.constantFrom(...choices.skill), from: fc.integer({ min: 1, max: 3 }), span: fc.integer({ min: 1, max: 3 }) }).map((b) => ({ skill: b.skill, from: b.from, to: Math.min(4, b.from + b.span) }));
  const course = fc.record({
    skills: fc.array(band, { minLength: 1, maxLength: 3 }),
    duration: fc.integer({ min: 5, max: 90 }),
    formats: fc.subarray(['self-paced', 'workshop', 'role-play'] as const, { minLength: 1 }),
  }).map((c) => mod('m', 'M', [], c.skills, c.duration, [...c.formats]));
  const filter: fc.Arbitrary<CatalogFilter> = fc.record({
    skill: fc.option(fc.constantFrom(...choices.skill), { nil: undefined }),
    level: fc.option(fc.constantFrom(...choices.level), { nil: undefined }),
    format: fc.option(fc.constantFrom(...choices.format), { nil: undefined }),
    duration: fc.option(fc.constantFrom(...choices.duration), { nil: undefined }),
  });

  it('a course holds every token a filter requires exactly when it matches the filter', () => {
    fc.assert(fc.property(course, filter, (m, f) => {
      const tokens = new Set(filterTokens(m, choices));
      expect(requiredTokens(f).every((t) => tokens.has(t))).toBe(matchesFilter(m, f));
    }), { numRuns: 500 });
  });
  it('reads a level on the chosen skill only', () => {
    const m = mod('m', 'M', [], [{ skill: 'empathy', from: 1, to: 2 }, { skill: 'listening', from: 3, to: 4 }]);
    const tokens = filterTokens(m, choices);
    expect(tokens).toContain('level:3');
    expect(tokens).toContain('skill:empathy');
    expect(tokens).not.toContain('skill-level:empathy@3');
    expect(tokens).toContain('skill-level:listening@3');
  });
  it('writes one hiding rule per token a filter can require, and only while the script has not taken over', () => {
    const css = noScriptFilterCss(choices);
    const required = new Set([...choices.skill.map((skill) => ({ skill })), ...choices.skill.flatMap((skill) => choices.level.map((level) => ({ skill, level }))), ...choices.level.map((level) => ({ level })), ...choices.format.map((format) => ({ format })), ...choices.duration.map((duration) => ({ duration }))].flatMap((f) => requiredTokens(f as CatalogFilter).slice(-1)));
    const hidden = [...css.matchAll(/li:not\(\[data-match~="([^"]+)"\]\)/g)].map((m) => m[1]);
    expect(new Set(hidden)).toEqual(required);
    expect(hidden.length).toBe(required.size);
    for (const rule of css.split(',\n')) expect(rule).toMatch(/^\[data-catalog-filters\]:not\(\[data-enhanced\]\)/);
  });
});

import { describe, expect, it } from 'vitest';
import {
  reachableEnds,
  reachableSteps,
  scenarioProblems,
  stepAnchor,
  stepsReachingEnd,
  type GraphStep,
} from '../../src/lib/scenario.ts';

/** Tiny graph notation: "a>b,c" is a step a with choices to b and c; "e!" is an end step. */
function g(...spec: string[]): GraphStep[] {
  return spec.map((s) => {
    if (s.endsWith('!')) return { id: s.slice(0, -1), end: true };
    const [id = '', next = ''] = s.split('>');
    return { id, choices: next.split(',').map((n) => ({ next: n })) };
  });
}

const sorted = (s: Iterable<string>) => [...s].sort();

describe('reachableSteps', () => {
  it.each([
    ['linear', g('a>b,c', 'b>d', 'c>d', 'd!'), ['a', 'b', 'c', 'd']],
    ['orphan', g('a>b,b', 'b!', 'x>b,b'), ['a', 'b']],
    ['loop back to start', g('a>b,c', 'b>a,c', 'c!'), ['a', 'b', 'c']],
    ['unknown next ignored', g('a>zz,b', 'b!'), ['a', 'b']],
    ['empty', [], []],
  ])('%s', (_name, steps, expected) => {
    expect(sorted(reachableSteps(steps))).toEqual(expected);
  });
});

describe('stepsReachingEnd', () => {
  it.each([
    ['all lead to end', g('a>b,c', 'b>c,c', 'c!'), ['a', 'b', 'c']],
    ['closed loop', g('a>b,d', 'b>c,c', 'c>b,b', 'd!'), ['a', 'd']],
    ['loop with an exit', g('a>b,b', 'b>a,c', 'c!'), ['a', 'b', 'c']],
    ['no ends', g('a>b,b', 'b>a,a'), []],
  ])('%s', (_name, steps, expected) => {
    expect(sorted(stepsReachingEnd(steps))).toEqual(expected);
  });
});

describe('reachableEnds', () => {
  it.each([
    ['two endings', g('a>b,c', 'b!', 'c!'), ['b', 'c']],
    ['unreached ending left out', g('a>b,b', 'b!', 'c!'), ['b']],
  ])('%s', (_name, steps, expected) => {
    expect(reachableEnds(steps)).toEqual(expected);
  });
});

describe('scenarioProblems', () => {
  it.each([
    ['valid branching', g('start>restart,check', 'restart>check,angry', 'check!', 'angry!')],
    ['valid loop with exit', g('a>b,c', 'b>a,c', 'c!')],
  ])('%s has none', (_name, steps) => {
    expect(scenarioProblems(steps)).toEqual([]);
  });

  it.each([
    ['unknown next with suggestion', g('start>chek,check', 'check!')],
    ['unknown next without suggestion', g('start>zzzzzz,check', 'check!')],
    ['duplicate step id', g('a>b,c', 'b!', 'b!', 'c!')],
    ['self loop', g('a>a,b', 'b!')],
    ['start is an end', g('a!', 'b>a,a')],
    ['no end step at all', g('a>b,b', 'b>a,a')],
    ['unreachable step', g('a>b,c', 'b!', 'c!', 'lost!')],
    ['closed loop without an end', g('a>b,e', 'b>c,c', 'c>b,b', 'e!')],
  ])('%s', (_name, steps) => {
    expect(scenarioProblems(steps)).toMatchSnapshot();
  });

  it('reports bad links before the graph-wide checks they would cause', () => {
    const kinds = scenarioProblems(g('a>b,zz', 'b!', 'lost!')).map((p) => p.kind);
    expect(kinds).toEqual(['unknown-next']);
  });
});

describe('stepAnchor', () => {
  it('joins scenario and step ids', () => {
    expect(stepAnchor('broadband-outage', 'check')).toBe('scenario-broadband-outage-check');
  });
});

import { describe, expect, it } from 'vitest';
import { claimId } from '../../src/components/mdx/page-ids.ts';
import { wordsFor } from '../../src/components/mdx/strings.ts';

const { fmt, strings } = wordsFor('en');

describe('fmt', () => {
  it.each([
    ['kc.score', { score: 2, total: 3 }, '2 of 3 correct'],
    ['kc.question', { n: 1 }, 'Question 1'],
    ['rubric.caption', { name: 'Empathy' }, 'Empathy: what each level looks like'],
    ['kc.score', { score: 2 }, '2 of {total} correct'],
    ['kc.check', {}, 'Check answers'],
  ] as const)('%s %j', (key, vars, expected) => {
    expect(fmt(key, vars)).toBe(expected);
  });

  it('uses flat dotted keys only', () => {
    for (const key of Object.keys(strings)) expect(key).toMatch(/^[a-z0-9]+(\.[a-zA-Z]+)+$/);
  });
});

describe('claimId', () => {
  it('allows the same id on different pages and for different components', () => {
    const a = new Request('https://x.test/courses/a/');
    const b = new Request('https://x.test/courses/b/');
    expect(() => {
      claimId(a, 'KnowledgeCheck', 'check', '/courses/a/');
      claimId(a, 'Scenario', 'check', '/courses/a/');
      claimId(b, 'KnowledgeCheck', 'check', '/courses/b/');
    }).not.toThrow();
  });

  it('rejects a second component with the same id on one page', () => {
    const page = new Request('https://x.test/courses/a/');
    claimId(page, 'Scenario', 'outage', '/courses/a/');
    expect(() => claimId(page, 'Scenario', 'outage', '/courses/a/')).toThrowErrorMatchingInlineSnapshot(
      `[Error: <Scenario id="outage"> on /courses/a/: another Scenario on this page already uses this id. Fix: give each Scenario a unique id.]`,
    );
  });
});

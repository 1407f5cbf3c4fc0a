import { describe, expect, it } from 'vitest';
import type { TeamPlan } from '../../src/lib/gap/types.ts';
import { fmtLevel, pathView } from '../../src/lib/path-view.ts';

const plan: TeamPlan = {
  team: 'chat-support',
  teamName: 'Chat support',
  role: 'frontline-agent',
  cycle: '2026-Q3',
  skills: [
    { skill: 'written-communication', current: 2.46, target: 3, gap: 0.54, priority: 0.8, modules: ['writing-clear-replies'], kb: ['compass-case-notes-standard'] },
    { skill: 'coaching-feedback', current: null, target: 3, gap: null, priority: null, modules: ['coaching-conversations'], kb: [] },
  ],
  steps: [
    { module: 'empathy-foundations', title: 'Empathy foundations', minutes: 20, reason: { skill: 'written-communication', current: 2.46, target: 3, gap: 0.54 }, skills: ['written-communication'], prerequisites: [] },
    { module: 'writing-clear-replies', title: 'Writing clear replies', minutes: 25, reason: { skill: 'written-communication', current: 2.46, target: 3, gap: 0.54 }, skills: ['written-communication'], prerequisites: ['empathy-foundations'] },
    { module: 'coaching-conversations', title: 'Coaching conversations', minutes: 40, reason: { skill: 'coaching-feedback', current: null, target: 3, gap: null }, skills: ['coaching-feedback'], prerequisites: [] },
  ],
  totalMinutes: 85,
  uncovered: [{ skill: 'spoken-communication', current: 2.97, target: 4, gap: 1.03 }],
};

describe('pathView', () => {
  const view = pathView(plan, { skill: (id) => id.toUpperCase(), kb: (slug) => `KB ${slug}` });
  it('numbers steps in order and links them', () => {
    expect(view.steps.map((s) => [s.n, s.href])).toEqual([
      [1, '/courses/empathy-foundations/'],
      [2, '/courses/writing-clear-replies/'],
      [3, '/courses/coaching-conversations/'],
    ]);
  });
  it('says why a step is there, and marks prerequisite-only steps', () => {
    expect(view.steps[1]).toMatchObject({ skill: 'WRITTEN-COMMUNICATION', current: '2.5', target: 3, gap: '0.5', withheld: false, prerequisiteOnly: false });
    expect(view.steps[0]!.prerequisiteOnly).toBe(true);
  });
  it('withholds suppressed figures instead of showing numbers', () => {
    expect(view.steps[2]).toMatchObject({ withheld: true, current: '—', gap: '—' });
    expect(view.skills[1]).toMatchObject({ current: '—', gap: '—' });
  });
  it('resolves KB titles and uncovered gaps', () => {
    expect(view.skills[0]!.kb).toEqual([{ href: '/kb/compass-case-notes-standard/', title: 'KB compass-case-notes-standard' }]);
    expect(view.uncovered).toEqual([{ id: 'spoken-communication', name: 'SPOKEN-COMMUNICATION', current: '3.0', target: 4, gap: '1.0' }]);
  });
});

describe.each([
  [null, '—'],
  [0, '0.0'],
  [2.46, '2.5'],
  [5, '5.0'],
])('fmtLevel(%s)', (v, s) => {
  it(`is ${s}`, () => expect(fmtLevel(v)).toBe(s));
});

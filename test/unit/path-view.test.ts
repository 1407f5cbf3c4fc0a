import { describe, expect, it } from 'vitest';
import type { TeamPlan } from '../../src/lib/schemas/plan.ts';
import { coverageText, fmtChange, fmtLevel, pathView } from '../../src/lib/path-view.ts';

const reason = (skill: string, current: number | null, gap: number | null, below: number | null, n: number | null) => ({
  skill,
  target: 3,
  current,
  gap,
  belowTarget: below,
  n,
});
const step = (module: string, r: ReturnType<typeof reason>, extra: Partial<TeamPlan['steps'][number]> = {}) => ({
  module,
  title: module.toUpperCase(),
  minutes: 20,
  reason: r,
  skills: [r.skill],
  prerequisites: [],
  prerequisiteOnly: false,
  status: 'todo' as const,
  measuredChange: null,
  ...extra,
});
const written = reason('written-communication', 3.2, 0.2, 4, 6);
const coaching = reason('coaching-feedback', null, null, null, null);
const plan: TeamPlan = {
  team: 'chat-support',
  teamName: 'Chat support',
  role: 'frontline-agent',
  basis: 'team',
  cycle: '2026-Q3',
  skills: [
    { ...written, priority: 0.3, modules: ['writing-clear-replies'], kb: ['compass-case-notes-standard'], coverage: { covered: [{ from: 2, to: 3 }], missing: [] } },
    { ...coaching, priority: null, modules: ['coaching-conversations'], kb: [], coverage: { covered: [{ from: 1, to: 3 }], missing: [] } },
  ],
  refreshers: [],
  steps: [
    step('empathy-foundations', written, { prerequisiteOnly: true, skills: [] }),
    step('writing-clear-replies', written, { prerequisites: ['empathy-foundations'] }),
    step('coaching-conversations', coaching),
    step('de-escalation-essentials', written, { status: 'done', measuredChange: 1.48 }),
  ],
  totalMinutes: 60,
  uncovered: [{ ...reason('spoken-communication', 2.97, 1.03, 6, 6), coverage: { covered: [{ from: 2, to: 3 }], missing: [{ from: 3, to: 4 }] } }],
};

describe('pathView', () => {
  const view = pathView(plan, { skill: (id) => id.toUpperCase(), kb: (slug) => `KB ${slug}` });
  it('numbers steps in order and links them', () => {
    expect(view.steps.map((s) => [s.n, s.href])).toEqual([
      [1, '/courses/empathy-foundations/'],
      [2, '/courses/writing-clear-replies/'],
      [3, '/courses/coaching-conversations/'],
      [4, '/courses/de-escalation-essentials/'],
    ]);
    expect(view.todo).toBe(3);
  });
  it('says how many agents are below target, never "average gap 0.0"', () => {
    expect(view.steps[1]!.why).toBe('Why: WRITTEN-COMMUNICATION — 4 of 6 agents are below target 3 (team level 3.2)');
    expect(view.steps[0]!.why).toMatch(/needed before a later course on WRITTEN-COMMUNICATION/);
  });
  it('withholds suppressed figures instead of showing numbers', () => {
    expect(view.steps[2]!.why).not.toMatch(/\d of \d/);
    expect(view.skills[1]).toMatchObject({ current: '—', gap: '—', below: '—' });
  });
  it('shows a done course with its measured change', () => {
    expect(view.steps[3]).toMatchObject({ done: true, doneText: expect.stringContaining('+1.5') });
    expect(view.steps[1]).toMatchObject({ done: false, doneText: null });
  });
  it('resolves KB titles and says what part of an uncovered gap is covered', () => {
    expect(view.skills[0]!.kb).toEqual([{ href: '/kb/compass-case-notes-standard/', title: 'KB compass-case-notes-standard' }]);
    expect(view.uncovered).toEqual([
      { id: 'spoken-communication', name: 'SPOKEN-COMMUNICATION', target: 3, text: expect.stringMatching(/2→3.*3 to 4/) },
    ]);
  });
  it('labels a role path and words its steps without figures', () => {
    const role = pathView({ ...plan, basis: 'role', cycle: null }, { skill: (id) => id, kb: (s) => s, role: () => 'Frontline agent' });
    expect(role.roleName).toBe('Frontline agent');
    expect(role.steps[1]!.why).not.toMatch(/\d of \d|team level/);
  });
});

describe('coverageText', () => {
  it('says when nothing covers the gap', () =>
    expect(coverageText({ covered: [], missing: [{ from: 1, to: 4 }] })).toMatch(/1 to 4/));
});

describe.each([
  [null, '—'],
  [0, '0.0'],
  [2.46, '2.5'],
  [5, '5.0'],
])('fmtLevel(%s)', (v, s) => {
  it(`is ${s}`, () => expect(fmtLevel(v)).toBe(s));
});

describe.each([
  [1.48, '+1.5'],
  [-0.3, '−0.3'],
  [0, '±0.0'],
])('fmtChange(%s)', (v, s) => {
  it(`is ${s}`, () => expect(fmtChange(v)).toBe(s));
});

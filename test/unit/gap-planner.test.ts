import { describe, expect, it } from 'vitest';
import type { PlanningSkill } from '../../src/lib/gap/engine.ts';
import { planTeam } from '../../src/lib/gap/planner.ts';
import { makeModel, mod } from '../fixtures/gap/model.ts';

const model = makeModel();
const voice = model.teams.find((t) => t.id === 'voice-support')!;

/** A planning skill where every agent sits at `level` (so floorLevel = floor(level)). */
function at(
  skill: string,
  level: number,
  target: number,
  weight = 1,
  extra: Partial<PlanningSkill> = {},
): PlanningSkill {
  const meanGap = Math.max(0, target - level);
  return {
    skill,
    target,
    weight,
    n: 6,
    meanLevel: level,
    meanGap,
    suppressed: false,
    floorLevel: Math.floor(Math.min(level, target)),
    ...extra,
  };
}
const plan = (skills: PlanningSkill[], m = model) =>
  planTeam({ team: voice, cycle: '2026-Q2', skills }, m);

describe.each([
  {
    name: 'basic band',
    skill: at('empathy', 2.2, 3),
    modules: ['empathy-foundations'],
    steps: ['empathy-foundations'],
    uncovered: [],
  },
  {
    name: 'two bands chained',
    skill: at('empathy', 2, 4),
    modules: ['empathy-foundations', 'tone-in-chat-and-email'],
    steps: ['empathy-foundations', 'writing-clear-replies', 'tone-in-chat-and-email'],
    uncovered: [],
  },
  {
    name: 'upper band only, prerequisites pulled in transitively',
    skill: at('de-escalation', 3.4, 5),
    modules: ['advanced-de-escalation'],
    steps: [
      'empathy-foundations',
      'de-escalation-essentials',
      'staying-calm-under-pressure',
      'advanced-de-escalation',
    ],
    uncovered: [],
  },
  {
    name: 'band ends below target: partly covered',
    skill: at('spoken-communication', 2.5, 4),
    modules: ['speaking-with-clarity'],
    steps: ['speaking-with-clarity'],
    uncovered: ['spoken-communication'],
  },
  {
    name: 'no module at all',
    skill: at('product-knowledge', 2, 4),
    modules: [],
    steps: [],
    uncovered: ['product-knowledge'],
  },
  {
    name: 'current already at the top of the only band',
    skill: at('spoken-communication', 3, 4),
    modules: [],
    steps: [],
    uncovered: ['spoken-communication'],
  },
  {
    name: 'agents above target do not hide those below (floor of the capped mean)',
    skill: at('empathy', 3.2, 3, 1, { meanGap: 0.6, floorLevel: 2 }),
    modules: ['empathy-foundations'],
    steps: ['empathy-foundations'],
    uncovered: [],
  },
])('planner: $name', ({ skill, modules, steps, uncovered }) => {
  const p = plan([skill]);
  it('chooses the modules whose band overlaps the shortfall', () =>
    expect(p.skills[0]!.modules).toEqual(modules));
  it('orders the steps by prerequisites', () =>
    expect(p.steps.map((s) => s.module)).toEqual(steps));
  it('reports uncovered gaps', () => expect(p.uncovered.map((u) => u.skill)).toEqual(uncovered));
  it('sums the minutes', () =>
    expect(p.totalMinutes).toBe(
      steps.reduce((t, id) => t + model.modules.find((m) => m.id === id)!.data.duration, 0),
    ));
});

describe('planner', () => {
  it('orders skills by priority, then skill id, and drops gaps that round to 0', () => {
    const p = plan([
      at('empathy', 2, 3, 1),
      at('active-listening', 2, 3, 1),
      at('de-escalation', 2, 3, 2),
      at('spoken-communication', 3.998, 4, 5),
    ]);
    expect(p.skills.map((s) => s.skill)).toEqual(['de-escalation', 'active-listening', 'empathy']);
    expect(p.skills.map((s) => s.priority)).toEqual([2, 1, 1]);
  });

  it('never chooses a draft module', () => {
    const p = plan([at('empathy', 1, 5)]);
    expect(p.steps.map((s) => s.module)).not.toContain('empathy-masterclass');
  });

  it('lists KB articles tagged with the skill, sorted', () => {
    expect(plan([at('de-escalation', 2, 3)]).skills[0]!.kb).toEqual([
      'escalation-matrix',
      'vulnerable-customers',
    ]);
  });

  it('plans suppressed skills but publishes their figures as null', () => {
    const p = plan([at('empathy', 2, 3, 1.5, { n: 3, suppressed: true })]);
    expect(p.skills[0]).toMatchObject({
      current: null,
      gap: null,
      priority: null,
      target: 3,
      modules: ['empathy-foundations'],
    });
    expect(p.steps[0]!.reason).toEqual({ skill: 'empathy', current: null, target: 3, gap: null });
  });

  it('gives a pulled-in prerequisite the reason of the module that needs it', () => {
    const p = plan([at('de-escalation', 2, 3)]);
    expect(p.steps.map((s) => [s.module, s.reason.skill, s.skills, s.prerequisites])).toEqual([
      ['empathy-foundations', 'de-escalation', [], []],
      ['de-escalation-essentials', 'de-escalation', ['de-escalation'], ['empathy-foundations']],
    ]);
  });

  it('puts a prerequisite of an urgent module ahead of less urgent modules', () => {
    const p = plan([at('spoken-communication', 2, 3, 1), at('de-escalation', 2, 3, 3)]);
    expect(p.steps.map((s) => s.module)).toEqual([
      'empathy-foundations',
      'de-escalation-essentials',
      'speaking-with-clarity',
    ]);
  });

  it('reports a hole between bands as uncovered', () => {
    const m = {
      ...model,
      modules: [mod('low', [['crm-tools', 1, 2]], 10), mod('high', [['crm-tools', 3, 5]], 10)],
    };
    const p = plan([at('crm-tools', 1, 5)], m);
    expect(p.skills[0]!.modules).toEqual(['high', 'low']);
    expect(p.uncovered.map((u) => u.skill)).toEqual(['crm-tools']);
  });

  it('survives a prerequisite cycle and still lists each module once', () => {
    const m = {
      ...model,
      modules: [
        mod('a', [['crm-tools', 1, 3]], 10, ['b']),
        mod('b', [['crm-tools', 1, 2]], 10, ['a']),
        mod('c', [['crm-tools', 1, 3]], 5, ['ghost']),
      ],
    };
    const p = plan([at('crm-tools', 1, 3)], m);
    expect(p.steps.map((s) => s.module)).toEqual(['c', 'a', 'b']);
    expect(p.steps[0]!.prerequisites).toEqual([]);
  });

  it('makes an empty plan without data', () => {
    expect(planTeam({ team: voice, cycle: null, skills: [] }, model)).toEqual({
      team: 'voice-support',
      teamName: 'Voice support',
      role: 'frontline-agent',
      cycle: null,
      skills: [],
      steps: [],
      totalMinutes: 0,
      uncovered: [],
    });
  });
});

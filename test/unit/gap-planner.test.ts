import { describe, expect, it } from 'vitest';
import type { PlanningInput, PlanningSkill } from '../../src/lib/gap/engine.ts';
import { coverage, isMaterial, planTeam } from '../../src/lib/gap/planner.ts';
import { makeModel, mod } from '../fixtures/gap/model.ts';

const model = makeModel();
const voice = model.teams.find((t) => t.id === 'voice-support')!;
const paths = { minGap: 0.25, minShareBelow: 0.5 };

/** A planning skill where every one of 6 agents sits at `level`. */
function at(
  skill: string,
  level: number,
  target: number,
  weight = 1,
  extra: Partial<PlanningSkill> = {},
): PlanningSkill {
  const below = level < target ? 6 : 0;
  return {
    skill,
    target,
    weight,
    n: 6,
    meanLevel: level,
    meanGap: Math.max(0, target - level),
    below,
    belowLevel: below > 0 ? level : target,
    suppressed: false,
    ...extra,
  };
}
function input(skills: PlanningSkill[], extra: Partial<PlanningInput> = {}): PlanningInput {
  return {
    team: voice,
    cycle: '2026-Q2',
    agents: 6,
    roleOnly: false,
    skills,
    postAgents: new Map(),
    measured: new Map(),
    ...extra,
  };
}
const plan = (skills: PlanningSkill[], m = model, extra: Partial<PlanningInput> = {}) =>
  planTeam(input(skills, extra), m, paths);

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
    name: 'upper band only, prerequisites the team has not outgrown pulled in transitively',
    skill: at('de-escalation', 3.4, 5),
    modules: ['advanced-de-escalation'],
    // de-escalation-essentials (1→3) is outgrown at 3.4, and so is its own prerequisite.
    steps: ['staying-calm-under-pressure', 'advanced-de-escalation'],
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
    name: 'learners already at the top of the only band: the course is not chosen',
    skill: at('spoken-communication', 3, 4),
    modules: [],
    steps: [],
    uncovered: ['spoken-communication'],
  },
  {
    name: 'agents above target do not hide those below: the band is chosen for the learners',
    skill: at('empathy', 3.2, 3, 1, { meanGap: 0.3, below: 3, belowLevel: 2.4 }),
    modules: ['empathy-foundations'],
    steps: ['empathy-foundations'],
    uncovered: [],
  },
])('planner: $name', ({ skill, modules, steps, uncovered }) => {
  const p = plan([skill]);
  it('chooses the modules whose band takes the learners further', () =>
    expect(p.skills[0]!.modules).toEqual(modules));
  it('orders the steps by prerequisites', () =>
    expect(p.steps.map((s) => s.module)).toEqual(steps));
  it('reports uncovered gaps', () => expect(p.uncovered.map((u) => u.skill)).toEqual(uncovered));
  it('sums the minutes', () =>
    expect(p.totalMinutes).toBe(
      steps.reduce((t, id) => t + model.modules.find((m) => m.id === id)!.data.duration, 0),
    ));
});

describe('planner: materiality', () => {
  it('is material at the mean-gap threshold or at the share-below threshold', () => {
    expect(isMaterial({ meanGap: 0.25, below: 1, n: 6 }, paths)).toBe(true);
    expect(isMaterial({ meanGap: 0.1, below: 3, n: 6 }, paths)).toBe(true);
    expect(isMaterial({ meanGap: 0.24, below: 2, n: 6 }, paths)).toBe(false);
    expect(isMaterial({ meanGap: 0, below: 0, n: 0 }, paths)).toBe(false);
  });

  it('lists a small gap apart as a refresher, with no step', () => {
    const p = plan([at('empathy', 3.4, 3, 1, { meanGap: 0.1, below: 1, belowLevel: 2.4 })]);
    expect(p.skills).toEqual([]);
    expect(p.steps).toEqual([]);
    expect(p.refreshers.map((s) => [s.skill, s.belowTarget, s.n, s.modules])).toEqual([
      ['empathy', 1, 6, ['empathy-foundations']],
    ]);
  });

  it('never lists a skill nobody is below target on', () => {
    const p = plan([at('empathy', 3.5, 3)]);
    expect([...p.skills, ...p.refreshers]).toEqual([]);
  });
});

describe('planner: done courses', () => {
  it('shows a course most of the team has post results for as done, with its change, outside the minutes', () => {
    const p = plan([at('empathy', 2.2, 3)], model, {
      postAgents: new Map([['empathy-foundations', 4]]),
      measured: new Map([['empathy-foundations', 1.48]]),
    });
    expect(p.steps.map((s) => [s.module, s.status, s.measuredChange])).toEqual([
      ['empathy-foundations', 'done', 1.48],
    ]);
    expect(p.totalMinutes).toBe(0);
  });

  it('keeps a course to do when only half the team has finished it', () => {
    const p = plan([at('empathy', 2.2, 3)], model, {
      postAgents: new Map([['empathy-foundations', 3]]),
    });
    expect(p.steps[0]!.status).toBe('todo');
    expect(p.steps[0]!.measuredChange).toBeNull();
  });
});

describe('planner: coverage', () => {
  const bands = (m: ReturnType<typeof mod>[], belowLevel: number, target: number) =>
    coverage({ skill: 'crm-tools', belowLevel, target }, m);

  it('splits the way to the target into covered and missing bands', () => {
    expect(bands([mod('a', [['crm-tools', 1, 3]], 10)], 1.6, 4)).toEqual({
      covered: [{ from: 1, to: 3 }],
      missing: [{ from: 3, to: 4 }],
    });
  });

  it('finds a hole between bands', () => {
    const m = [mod('low', [['crm-tools', 1, 2]], 10), mod('high', [['crm-tools', 3, 5]], 10)];
    expect(bands(m, 1, 5)).toEqual({
      covered: [
        { from: 1, to: 2 },
        { from: 3, to: 5 },
      ],
      missing: [{ from: 2, to: 3 }],
    });
  });
});

describe('planner', () => {
  it('orders skills by priority, then skill id, and drops gaps nobody is below on', () => {
    const p = plan([
      at('empathy', 2, 3, 1),
      at('active-listening', 2, 3, 1),
      at('de-escalation', 2, 3, 2),
      at('spoken-communication', 4, 4, 5),
    ]);
    expect(p.skills.map((s) => s.skill)).toEqual(['de-escalation', 'active-listening', 'empathy']);
    expect(p.skills.map((s) => s.priority)).toEqual([2, 1, 1]);
  });

  it('says how many agents are below target in the reason', () => {
    const p = plan([at('empathy', 3.2, 3, 1, { meanGap: 0.3, below: 4, belowLevel: 2.4 })]);
    expect(p.steps[0]!.reason).toEqual({
      skill: 'empathy',
      target: 3,
      current: 3.2,
      gap: 0.3,
      belowTarget: 4,
      n: 6,
    });
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
    const p = plan([at('empathy', 2, 3, 1.5, { n: 3, below: 3, suppressed: true })]);
    expect(p.skills[0]).toMatchObject({
      current: null,
      gap: null,
      priority: null,
      belowTarget: null,
      n: null,
      target: 3,
      modules: ['empathy-foundations'],
    });
  });

  it('gives a pulled-in prerequisite the reason of the module that needs it', () => {
    const p = plan([at('de-escalation', 2, 3)]);
    expect(
      p.steps.map((s) => [s.module, s.reason.skill, s.skills, s.prerequisites, s.prerequisiteOnly]),
    ).toEqual([
      ['empathy-foundations', 'de-escalation', [], [], true],
      ['de-escalation-essentials', 'de-escalation', ['de-escalation'], ['empathy-foundations'], false],
    ]);
  });

  it('skips a prerequisite the team has outgrown', () => {
    const p = plan([at('de-escalation', 2, 3), at('empathy', 3.5, 3), at('active-listening', 3, 3)]);
    expect(p.steps.map((s) => s.module)).toEqual(['de-escalation-essentials']);
  });

  it('puts a prerequisite of an urgent module ahead of less urgent modules', () => {
    const p = plan([at('spoken-communication', 2, 3, 1), at('de-escalation', 2, 3, 3)]);
    expect(p.steps.map((s) => s.module)).toEqual([
      'empathy-foundations',
      'de-escalation-essentials',
      'speaking-with-clarity',
    ]);
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

  it('gives a team below k its role path, as for new starters, with no figures', () => {
    const p = plan([at('empathy', 2.9, 3)], model, { roleOnly: true, agents: 3 });
    expect(p.basis).toBe('role');
    expect(p.cycle).toBeNull();
    expect(p.skills.map((s) => s.skill)).toEqual([
      'spoken-communication',
      'active-listening',
      'empathy',
      'product-knowledge',
      'de-escalation',
    ]);
    for (const s of [...p.skills, ...p.steps.map((x) => x.reason)])
      expect([s.current, s.gap, s.belowTarget, s.n]).toEqual([null, null, null, null]);
    expect(p.steps.map((s) => s.status)).not.toContain('done');
  });

  it('makes an empty plan without data', () => {
    expect(plan([], model, { cycle: null, agents: 0 })).toEqual({
      team: 'voice-support',
      teamName: 'Voice support',
      role: 'frontline-agent',
      basis: 'team',
      cycle: null,
      skills: [],
      refreshers: [],
      steps: [],
      totalMinutes: 0,
      uncovered: [],
    });
  });
});

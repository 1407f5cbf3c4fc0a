import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContentModel } from '../../src/lib/content-model.ts';
import type { PlanningSkill } from '../../src/lib/gap/engine.ts';
import { runJoin, type JoinOutput } from '../../src/lib/gap/join.ts';
import { planTeam } from '../../src/lib/gap/planner.ts';
import type { SkillCell } from '../../src/lib/gap/report.ts';
import { sources, type Observation, type TeamPlan } from '../../src/lib/gap/types.ts';
import { makeModel, mod, weights } from '../fixtures/gap/model.ts';

const model = makeModel();
const runs = { numRuns: 150 };
const identity = (id: string) =>
  id
    .padStart(12, '0')
    .slice(-12)
    .replace(/[^0-9a-f]/g, 'f');

const observationArb: fc.Arbitrary<Observation> = fc
  .record({
    source: fc.constantFrom(...sources),
    cycle: fc.constantFrom('2026-Q1', '2026-Q2', '2026-Q3'),
    agent: fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `agent-${i}`)),
    team: fc.constantFrom('voice-support', 'escalations', 'billing-support'),
    skill: fc.constantFrom(
      'empathy',
      'active-listening',
      'de-escalation',
      'emotional-regulation',
      'spoken-communication',
    ),
    // Quarter steps hit the rounding boundaries (x.5) often.
    level: fc.integer({ min: 4, max: 20 }).map((q) => q / 4),
    module: fc.constantFrom('empathy-foundations', 'de-escalation-essentials'),
  })
  .map(({ module, ...o }) => ({
    ...o,
    assessedAt: '2026-01-01',
    ...(o.source === 'pre' || o.source === 'post' ? { module } : {}),
  }));
/** Many agents in one team, cycle and skill: cells with n >= k and small buckets, the case suppression is for. */
const denseArb: fc.Arbitrary<Observation[]> = fc
  .array(
    fc.record({
      agent: fc.integer({ min: 0, max: 14 }).map((i) => `dense-${i}`),
      source: fc.constantFrom('qa' as const, 'manager' as const),
      level: fc.integer({ min: 4, max: 20 }).map((q) => q / 4),
    }),
    { minLength: 5, maxLength: 40 },
  )
  .map((rows) =>
    rows.map((r) => ({
      ...r,
      cycle: '2026-Q2',
      team: 'voice-support',
      skill: 'empathy',
      assessedAt: '2026-01-01',
    })),
  );
const observationsArb = fc
  .tuple(fc.array(observationArb, { maxLength: 150 }), fc.option(denseArb, { freq: 2 }))
  .map(([sparse, dense]) => [...sparse, ...(dense ?? [])]);

function join(observations: Observation[], k: number, individualRows = true): JoinOutput {
  return runJoin({
    observations,
    model,
    settings: { weights, k, individualRows },
    secret: '',
    pseudonymise: identity,
  });
}
const allCells = (out: JoinOutput): SkillCell[] =>
  out.reports.flatMap((r) => r.cycles.flatMap((c) => c.skills));

describe('privacy properties', () => {
  it('publishes no aggregate over fewer than k agents', () => {
    fc.assert(
      fc.property(observationsArb, fc.integer({ min: 1, max: 6 }), (observations, k) => {
        const out = join(observations, k);
        for (const cell of allCells(out)) {
          expect(cell.suppressed).toBe(cell.n < k);
          for (const value of [cell.meanLevel, cell.meanGap, cell.shareAtTarget, cell.priority]) {
            expect(value === null).toBe(cell.n < k);
          }
          for (const b of cell.distribution)
            if (b.count !== null) expect(b.count === 0 || b.count >= k).toBe(true);
        }
        for (const r of out.reports) {
          for (const c of r.cycles) if (c.n < k) expect(c.agents).toEqual([]);
          for (const t of r.trend)
            for (const p of t.points) expect(p.meanLevel === null).toBe(p.n < k);
          for (const e of r.trainingEffect) expect(e.meanChange === null).toBe(e.n < k);
        }
      }),
      runs,
    );
  });

  it('never leaves a suppressed bucket recoverable by subtraction from n and the published buckets', () => {
    fc.assert(
      fc.property(observationsArb, fc.integer({ min: 2, max: 6 }), (observations, k) => {
        for (const cell of allCells(join(observations, k, false))) {
          const hidden = cell.distribution.filter((b) => b.suppressed);
          const rest = cell.n - cell.distribution.reduce((s, b) => s + (b.count ?? 0), 0);
          if (hidden.length === 0) {
            expect(rest).toBe(0);
            continue;
          }
          // One unknown with a known sum is recovered; two or more with a sum of at least 1 have several solutions.
          expect(hidden.length).toBeGreaterThanOrEqual(2);
          if (cell.n > 0) expect(rest).toBeGreaterThanOrEqual(1);
        }
      }),
      runs,
    );
  });
});

describe('determinism', () => {
  it('gives identical output for any order of the observations', () => {
    fc.assert(
      fc.property(
        observationsArb.chain((o) =>
          fc.tuple(fc.constant(o), fc.shuffledSubarray(o, { minLength: o.length })),
        ),
        fc.integer({ min: 1, max: 5 }),
        ([observations, shuffled], k) => {
          expect(JSON.stringify(join(shuffled, k))).toBe(JSON.stringify(join(observations, k)));
        },
      ),
      runs,
    );
  });
});

function checkPlan(plan: TeamPlan, m: ContentModel) {
  const ids = plan.steps.map((s) => s.module);
  expect(new Set(ids).size).toBe(ids.length);
  const position = new Map(ids.map((id, i) => [id, i]));
  const published = new Map(m.modules.filter((x) => !x.data.draft).map((x) => [x.id, x]));
  for (const [i, step] of plan.steps.entries()) {
    // Every published prerequisite is on the path, earlier.
    for (const p of published.get(step.module)!.data.prerequisites) {
      if (published.has(p)) expect(position.get(p)).toBeLessThan(i);
    }
    expect(step.prerequisites.every((p) => position.get(p)! < i)).toBe(true);
  }
  for (const s of plan.skills) for (const id of s.modules) expect(position.has(id)).toBe(true);
  expect(plan.totalMinutes).toBe(plan.steps.reduce((t, s) => t + s.minutes, 0));
}

/** Random modules over a few skills; prerequisites only point to higher indexes (a DAG whose id order fights the topological order), some drafts. */
const modelArb: fc.Arbitrary<ContentModel> = fc
  .array(
    fc.record({
      skills: fc.uniqueArray(
        fc.record({
          skill: fc.constantFrom('empathy', 'de-escalation', 'spoken-communication'),
          from: fc.integer({ min: 1, max: 4 }),
          span: fc.integer({ min: 1, max: 4 }),
        }),
        { minLength: 1, maxLength: 2, selector: (s) => s.skill },
      ),
      duration: fc.integer({ min: 5, max: 60 }),
      prereqs: fc.uniqueArray(fc.nat(9), { maxLength: 3 }),
      draft: fc.integer({ min: 0, max: 5 }).map((x) => x === 0),
    }),
    { maxLength: 9 },
  )
  .map((specs) => ({
    ...model,
    modules: specs.map((s, i) =>
      mod(
        `m${i}`,
        s.skills.map(
          (t) => [t.skill, t.from, Math.min(5, t.from + t.span)] as [string, number, number],
        ),
        s.duration,
        s.prereqs.filter((p) => p > i && p < specs.length).map((p) => `m${p}`),
        { draft: s.draft },
      ),
    ),
  }));

const planningSkillArb: fc.Arbitrary<PlanningSkill> = fc
  .record({
    skill: fc.constantFrom('empathy', 'de-escalation', 'spoken-communication'),
    target: fc.integer({ min: 1, max: 5 }),
    level: fc.integer({ min: 4, max: 20 }).map((q) => q / 4),
    weight: fc.constantFrom(0.5, 1, 1.5, 2),
    n: fc.integer({ min: 1, max: 9 }),
  })
  .map(({ skill, target, level, weight, n }) => ({
    skill,
    target,
    weight,
    n,
    meanLevel: level,
    meanGap: Math.max(0, target - level),
    suppressed: n < 5,
    floorLevel: Math.floor(Math.min(level, target)),
  }));

describe('planner properties', () => {
  it('respects every prerequisite and lists each module once', () => {
    fc.assert(
      fc.property(
        modelArb,
        fc.uniqueArray(planningSkillArb, { maxLength: 3, selector: (s) => s.skill }),
        (m, skills) => {
          checkPlan(planTeam({ team: m.teams[0]!, cycle: '2026-Q1', skills }, m), m);
        },
      ),
      runs,
    );
  });

  it('holds for plans made by the whole join', () => {
    fc.assert(
      fc.property(observationsArb, (observations) => {
        for (const plan of join(observations, 5, false).plans) checkPlan(plan, model);
      }),
      runs,
    );
  });
});

describe('gaps', () => {
  it('are never negative, in reports, rows and plans', () => {
    fc.assert(
      fc.property(observationsArb, fc.integer({ min: 1, max: 5 }), (observations, k) => {
        const out = join(observations, k);
        for (const cell of allCells(out))
          if (cell.meanGap !== null) expect(cell.meanGap).toBeGreaterThanOrEqual(0);
        for (const r of out.reports) {
          for (const c of r.cycles)
            for (const a of c.agents ?? [])
              for (const s of a.skills) expect(s.gap).toBeGreaterThanOrEqual(0);
        }
        for (const p of out.plans) {
          for (const s of [...p.skills, ...p.uncovered])
            if (s.gap !== null) expect(s.gap).toBeGreaterThan(0);
          for (const s of p.steps)
            if (s.reason.gap !== null) expect(s.reason.gap).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContentModel } from '../../src/lib/content-model.ts';
import { computeReports, type PlanningInput, type PlanningSkill } from '../../src/lib/gap/engine.ts';
import { runJoin, type JoinResult } from '../../src/lib/gap/join.ts';
import { planTeam } from '../../src/lib/gap/planner.ts';
import type { TeamPlan } from '../../src/lib/schemas/plan.ts';
import type { SkillCell } from '../../src/lib/schemas/report.ts';
import { sources, type Observation } from '../../src/lib/gap/types.ts';
import { makeModel, mod, weights } from '../fixtures/gap/model.ts';

const model = makeModel();
const runs = { numRuns: 150 };
const paths = { minGap: 0.25, minShareBelow: 0.5 };
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

function join(observations: Observation[], k: number, individualRows = true): JoinResult {
  return runJoin({
    observations,
    model,
    settings: { weights, k, individualRows, paths },
    secret: '',
    pseudonymise: identity,
  });
}
const allCells = (out: JoinResult): SkillCell[] =>
  out.reports.flatMap((r) => r.cycles.flatMap((c) => c.skills));

describe('privacy properties', () => {
  it('publishes no aggregate over fewer than k agents', () => {
    fc.assert(
      fc.property(observationsArb, fc.integer({ min: 1, max: 6 }), (observations, k) => {
        const out = join(observations, k);
        for (const cell of allCells(out)) {
          if (cell.n < k) expect(cell.suppressed).toBe(true);
          for (const value of [cell.meanLevel, cell.meanGap, cell.shareAtTarget, cell.priority]) {
            expect(value === null).toBe(cell.suppressed);
          }
          for (const b of cell.distribution)
            if (b.count !== null) expect(b.count === 0 || b.count >= k).toBe(true);
        }
        for (const r of out.reports) {
          for (const c of r.cycles) if (c.n < k) expect(c.agents).toEqual([]);
          for (const t of r.trend)
            for (const p of t.points) {
              expect(p.meanLevel === null).toBe(p.suppressed);
              if (p.n < k) expect(p.suppressed).toBe(true);
            }
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

/**
 * Every bucket distribution that agrees with what a reader sees of a cell: n,
 * the published buckets, the mean (rounded to 2 decimals) and the exact number
 * below target. Written independently of privacy.ts: an agent in bucket b lies in
 * [b − 0.5, b + 0.5] ∩ [1, 5], and the target bucket may hold agents on either
 * side of the target.
 */
function consistentDistributions(cell: SkillCell): number[][] {
  const T = cell.target;
  const out: number[][] = [];
  const fixed = cell.distribution.map((b) => b.count);
  const free = fixed.flatMap((c, i) => (c === null ? [i] : []));
  const left = cell.n - fixed.reduce<number>((s, c) => s + (c ?? 0), 0);
  const fits = (c: number[]) => {
    const range = (b: number, from: number, to: number) => [Math.max(1, b - 0.5, from), Math.min(5, b + 0.5, to)];
    // Split the target bucket into `x` agents at or above T and the rest below.
    for (let x = 0; x <= (c[T - 1] ?? 0); x++) {
      let lo = 0;
      let hi = 0;
      let below = 0;
      for (let b = 1; b <= 5; b++) {
        const count = c[b - 1]!;
        const parts: Array<[number, number, number]> =
          b === T ? [[x, T, 5], [count - x, 1, T]] : [[count, 1, 5]];
        for (const [m, from, to] of parts) {
          const [a, z] = range(b, from, to);
          lo += m * a!;
          hi += m * z!;
          if (b < T || (b === T && from === 1)) below += m;
        }
      }
      if (cell.belowTarget !== null && below !== cell.belowTarget) continue;
      if (cell.meanLevel === null) return true;
      if (lo / cell.n <= cell.meanLevel + 0.005 + 1e-9 && hi / cell.n >= cell.meanLevel - 0.005 - 1e-9) return true;
    }
    return false;
  };
  const walk = (j: number, rest: number, c: number[]) => {
    if (j === free.length) {
      if (rest === 0 && fits(c)) out.push([...c]);
      return;
    }
    for (let v = 0; v <= rest; v++) {
      c[free[j]!] = v;
      walk(j + 1, rest - v, c);
    }
  };
  if (left >= 0) walk(0, left, fixed.map((c) => c ?? 0));
  return out;
}

describe('privacy: nothing hidden can be worked out', () => {
  it('leaves at least two distributions consistent with every published cell that hides buckets', () => {
    fc.assert(
      fc.property(denseArb, fc.integer({ min: 2, max: 6 }), (observations, k) => {
        for (const cell of allCells(join(observations, k, false))) {
          if (cell.suppressed || cell.distribution.every((b) => !b.suppressed)) continue;
          expect(consistentDistributions(cell).length).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the true distribution among the consistent ones (the enumerator is sound)', () => {
    fc.assert(
      fc.property(denseArb, (observations) => {
        const open = allCells(join(observations, 1, false));
        for (const cell of open.filter((c) => !c.suppressed)) {
          const truth = cell.distribution.map((b) => b.count!);
          const hidden = { ...cell, distribution: cell.distribution.map((b) => ({ ...b, count: null })) };
          expect(consistentDistributions(hidden)).toContainEqual(truth);
        }
      }),
      runs,
    );
  });

  it('leaves no single hidden team cell in a published row or column total of the overview', () => {
    fc.assert(
      fc.property(observationsArb, fc.integer({ min: 2, max: 6 }), (observations, k) => {
        const { overview } = join(observations, k, false);
        const hiddenIn = (pick: (h: (typeof overview.heatmap)[number]) => boolean) =>
          overview.heatmap.filter((h) => pick(h) && h.n > 0 && h.suppressed).length;
        for (const s of overview.biggestGaps)
          if (s.meanGap !== null) {
            expect(s.n).toBeGreaterThanOrEqual(k);
            expect(hiddenIn((h) => h.skill === s.skill)).not.toBe(1);
          }
        for (const t of overview.teams)
          if (t.meanGap !== null) expect(hiddenIn((h) => h.team === t.team)).not.toBe(1);
      }),
      runs,
    );
  });

  it('hides a team page cell exactly when the overview hides it', () => {
    fc.assert(
      fc.property(observationsArb, fc.integer({ min: 2, max: 6 }), (observations, k) => {
        const { overview, reports } = join(observations, k, false);
        for (const r of reports) {
          for (const cell of r.cycles.at(-1)?.skills ?? []) {
            const h = overview.heatmap.find((x) => x.team === r.team && x.skill === cell.skill)!;
            if (cell.n > 0) expect(cell.suppressed).toBe(h.suppressed);
            if (cell.meanGap !== null) expect(h.meanGap).toBe(cell.meanGap);
          }
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

/** Checks a plan's structure; `levels` are the team's mean levels, for prerequisites it has outgrown. */
function checkPlan(plan: TeamPlan, m: ContentModel, levels = new Map<string, number>()) {
  const ids = plan.steps.map((s) => s.module);
  expect(new Set(ids).size).toBe(ids.length);
  const position = new Map(ids.map((id, i) => [id, i]));
  const published = new Map(m.modules.filter((x) => !x.data.draft).map((x) => [x.id, x]));
  for (const [i, step] of plan.steps.entries()) {
    // Every published prerequisite the team has not outgrown is on the path, earlier.
    for (const p of published.get(step.module)!.data.prerequisites) {
      const prereq = published.get(p);
      if (prereq === undefined) continue;
      const outgrown = plan.basis === 'team' && prereq.data.skills.every((t) => (levels.get(t.skill) ?? 0) >= t.to);
      if (!outgrown) expect(position.get(p)).toBeLessThan(i);
    }
    expect(step.prerequisites.every((p) => position.get(p)! < i)).toBe(true);
  }
  for (const s of plan.skills) for (const id of s.modules) expect(position.has(id)).toBe(true);
  const todo = plan.steps.filter((s) => s.status === 'todo');
  expect(plan.totalMinutes).toBe(todo.reduce((t, s) => t + s.minutes, 0));
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
  .chain((s) =>
    // Some of the n agents are below target, at a level no higher than the target allows.
    fc.record({
      below: fc.integer({ min: 0, max: s.n }),
      belowLevel: fc.integer({ min: 4, max: Math.max(4, s.target * 4 - 1) }).map((q) => q / 4),
      spread: fc.integer({ min: 0, max: 8 }).map((q) => q / 8),
    }).map(({ below, belowLevel, spread }) => ({
      skill: s.skill,
      target: s.target,
      weight: s.weight,
      n: s.n,
      meanLevel: s.level,
      meanGap: below === 0 ? 0 : Math.max(0, ((s.target - Math.min(belowLevel, s.target)) * below) / s.n) + spread * 0,
      below: belowLevel < s.target ? below : 0,
      belowLevel: belowLevel < s.target && below > 0 ? belowLevel : s.target,
      suppressed: s.n < 5,
    })),
  );
const planInput = (m: ContentModel, skills: PlanningSkill[]): PlanningInput => ({
  team: m.teams[0]!,
  cycle: '2026-Q1',
  agents: 9,
  roleOnly: false,
  skills,
  postAgents: new Map(),
  measured: new Map(),
});

describe('planner properties', () => {
  it('respects every prerequisite and lists each module once', () => {
    fc.assert(
      fc.property(
        modelArb,
        fc.uniqueArray(planningSkillArb, { maxLength: 3, selector: (s) => s.skill }),
        (m, skills) => {
          const levels = new Map(skills.filter((x) => !x.suppressed).map((x) => [x.skill, x.meanLevel]));
          checkPlan(planTeam(planInput(m, skills), m, paths), m, levels);
        },
      ),
      runs,
    );
  });

  it('never chooses a step for a skill below the materiality thresholds', () => {
    fc.assert(
      fc.property(
        modelArb,
        fc.uniqueArray(planningSkillArb, { maxLength: 3, selector: (s) => s.skill }),
        (m, skills) => {
          const plan = planTeam(planInput(m, skills), m, paths);
          const material = (s: PlanningSkill) => s.meanGap >= paths.minGap || s.below / s.n >= paths.minShareBelow;
          for (const step of plan.steps) {
            const s = skills.find((x) => x.skill === step.reason.skill)!;
            expect(material(s)).toBe(true);
          }
          for (const r of plan.refreshers) expect(material(skills.find((x) => x.skill === r.skill)!)).toBe(false);
        },
      ),
      runs,
    );
  });

  it('never chooses a course whose band ends at or below where the learners are', () => {
    fc.assert(
      fc.property(
        modelArb,
        fc.uniqueArray(planningSkillArb, { maxLength: 3, selector: (s) => s.skill }),
        (m, skills) => {
          const plan = planTeam(planInput(m, skills), m, paths);
          for (const ps of [...plan.skills, ...plan.refreshers]) {
            const s = skills.find((x) => x.skill === ps.skill)!;
            for (const id of ps.modules) {
              const band = m.modules.find((x) => x.id === id)!.data.skills.find((t) => t.skill === s.skill)!;
              expect(band.to).toBeGreaterThan(s.belowLevel);
            }
          }
        },
      ),
      runs,
    );
  });

  it('holds for plans made by the whole join', () => {
    fc.assert(
      fc.property(observationsArb, (observations) => {
        const settings = { weights, k: 5, individualRows: false };
        for (const input of computeReports(observations, model, settings, identity).planning) {
          const levels = new Map(input.skills.filter((x) => !x.suppressed).map((x) => [x.skill, x.meanLevel]));
          checkPlan(planTeam(input, model, paths), model, levels);
        }
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

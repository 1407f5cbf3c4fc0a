import { describe, expect, it } from 'vitest';
import { computeReports, round2 } from '../../src/lib/gap/engine.ts';
import { isSuppressed, suppressDistribution } from '../../src/lib/gap/privacy.ts';
import type { Observation, Source } from '../../src/lib/gap/types.ts';
import { makeModel, obs, weights } from '../fixtures/gap/model.ts';

const model = makeModel();
const id = (a: string) => a;
const T = 'voice-support'; // frontline-agent: empathy target 3, weight 1.5

/** The current level of one agent for empathy, via a report with rows on and k = 1. */
function currentOf(results: Array<[Source, number]>, w: Partial<Record<Source, number>> = weights) {
  const observations = results.map(([s, level]) => obs(s, '2026-Q1', 'a', T, 'empathy', level));
  const { reports } = computeReports(
    observations,
    model,
    { weights: w, k: 1, individualRows: true },
    id,
  );
  return reports.find((r) => r.team === T)!.cycles[0]?.agents?.[0]?.skills[0];
}

describe.each([
  { name: 'one source', results: [['qa', 2]], level: 2, confidence: 1 },
  {
    name: 'weighted mean of two',
    results: [
      ['qa', 2],
      ['self', 4],
    ],
    level: 2.4,
    confidence: 2,
  },
  {
    name: 'repeated results of a source average first',
    results: [
      ['qa', 2],
      ['qa', 3],
      ['manager', 4],
    ],
    level: 3.14,
    confidence: 2,
  },
  {
    name: 'pre and post have weight 0',
    results: [
      ['qa', 2],
      ['pre', 5],
      ['post', 5],
    ],
    level: 2,
    confidence: 1,
  },
  {
    name: 'all four sources',
    results: [
      ['qa', 1],
      ['self', 5],
      ['peer', 5],
      ['manager', 1],
    ],
    level: 1.89,
    confidence: 4,
  },
  { name: 'levels clamp to 1–5', results: [['qa', 9]], level: 5, confidence: 1 },
] as Array<{ name: string; results: Array<[Source, number]>; level: number; confidence: number }>)(
  'current level: $name',
  ({ results, level, confidence }) => {
    it(`is ${level} with confidence ${confidence}`, () => {
      expect(currentOf(results)).toMatchObject({
        level,
        confidence,
        gap: round2(Math.max(0, 3 - level)),
      });
    });
  },
);

describe('current level', () => {
  it('has none when only zero-weight sources are present', () => {
    expect(currentOf([['pre', 3]])).toBeUndefined();
  });
  it('honours custom weights', () => {
    expect(
      currentOf(
        [
          ['qa', 2],
          ['self', 4],
        ],
        { qa: 1, self: 1 },
      ),
    ).toMatchObject({ level: 3, gap: 0 });
  });
});

function teamCell(observations: Observation[], k = 5, skill = 'empathy') {
  const { reports } = computeReports(
    observations,
    model,
    { weights, k, individualRows: false },
    id,
  );
  return reports
    .find((r) => r.team === T)!
    .cycles.at(-1)!
    .skills.find((s) => s.skill === skill)!;
}
const agents = (levels: number[], cycle = '2026-Q1') =>
  levels.map((level, i) => obs('qa', cycle, `agent-${i}`, T, 'empathy', level));

describe.each([
  { levels: [1, 2, 3, 4, 5], mean: 3, gap: 0.6, share: 0.6, priority: 0.9, dist: [1, 1, 1, 1, 1] },
  { levels: [3, 3, 3, 3, 3], mean: 3, gap: 0, share: 1, priority: 0, dist: [0, 0, 5, 0, 0] },
  {
    levels: [2.5, 2.5, 2.49, 3.5, 4.5],
    mean: 3.1,
    gap: 0.3,
    share: 0.4,
    priority: 0.45,
    dist: [0, 1, 2, 1, 1],
  },
  { levels: [1, 1, 1, 1, 1, 1], mean: 1, gap: 2, share: 0, priority: 3, dist: [6, 0, 0, 0, 0] },
])('team aggregates for levels $levels (k = 1)', ({ levels, mean, gap, share, priority, dist }) => {
  it('computes mean, mean gap, share at target, priority and distribution', () => {
    const cell = teamCell(agents(levels), 1);
    expect(cell).toMatchObject({
      n: levels.length,
      meanLevel: mean,
      meanGap: gap,
      shareAtTarget: share,
      priority,
    });
    expect(cell.distribution.map((b) => b.count)).toEqual(dist);
  });
});

describe('team aggregates with k = 5', () => {
  it('suppresses every figure of a cell with n < k but keeps n', () => {
    expect(teamCell(agents([1, 2, 3, 4]))).toMatchObject({
      n: 4,
      suppressed: true,
      meanLevel: null,
      meanGap: null,
      shareAtTarget: null,
      priority: null,
    });
  });
  it('publishes a cell with n = k', () => {
    expect(teamCell(agents([3, 3, 3, 3, 2]))).toMatchObject({
      n: 5,
      suppressed: false,
      meanLevel: 2.8,
    });
  });
  it('counts the team-cycle n once per agent across skills', () => {
    const o = [...agents([3, 3]), obs('qa', '2026-Q1', 'agent-0', T, 'de-escalation', 2)];
    const { reports } = computeReports(o, model, { weights, k: 5, individualRows: false }, id);
    expect(reports.find((r) => r.team === T)!.cycles[0]).toMatchObject({ n: 2, suppressed: true });
  });
});

describe('trend and training effect', () => {
  const o = [
    ...agents([2, 2, 2, 2, 2], '2026-Q2'),
    ...agents([1, 1, 1, 1, 1], '2025-Q4'),
    ...agents([3, 3, 3], '2026-Q3'),
  ];
  const { reports } = computeReports(o, model, { weights, k: 5, individualRows: false }, id);
  const report = reports.find((r) => r.team === T)!;

  it('lists cycles in order with mean level per skill', () => {
    expect(report.trend.find((t) => t.skill === 'empathy')!.points).toEqual([
      { cycle: '2025-Q4', meanLevel: 1, n: 5, suppressed: false },
      { cycle: '2026-Q2', meanLevel: 2, n: 5, suppressed: false },
      { cycle: '2026-Q3', meanLevel: null, n: 3, suppressed: true },
    ]);
  });

  it('averages post − pre over agents with both, per module and skill', () => {
    const prePost = ['a', 'b', 'c', 'd', 'e', 'f'].flatMap((a, i) => [
      obs('pre', '2026-Q1', a, T, 'empathy', 2, 'empathy-foundations'),
      obs('pre', '2026-Q1', a, T, 'empathy', 1, 'empathy-foundations'), // two pre results: mean 1.5
      ...(i < 5
        ? [obs('post', '2026-Q2', a, T, 'empathy', 2 + i * 0.25, 'empathy-foundations')]
        : []),
    ]);
    const r = computeReports(prePost, model, { weights, k: 5, individualRows: false }, id).reports;
    expect(r.find((x) => x.team === T)!.trainingEffect).toEqual([
      // changes 0.5, 0.75, 1, 1.25, 1.5: the worked example in gap-effect.test.ts
      {
        module: 'empathy-foundations',
        skill: 'empathy',
        n: 5,
        suppressed: false,
        meanChange: 1,
        ciLow: 0.51,
        ciHigh: 1.49,
        sdChange: 0.4,
        dz: 2.02,
      },
    ]);
  });
});

describe.each([
  { counts: [0, 0, 6, 0, 0], k: 5, hidden: [] },
  { counts: [0, 1, 5, 0, 0], k: 5, hidden: [2, 3] },
  { counts: [1, 0, 6, 7, 0], k: 5, hidden: [1, 3] },
  { counts: [0, 2, 9, 6, 0], k: 5, hidden: [2, 4] },
  { counts: [0, 2, 3, 6, 0], k: 5, hidden: [2, 3] },
  { counts: [1, 1, 1, 1, 1], k: 5, hidden: [1, 2, 3, 4, 5] },
  { counts: [0, 0, 4, 0, 0], k: 5, hidden: [1, 2, 3, 4, 5] },
  { counts: [0, 1, 2, 0, 0], k: 1, hidden: [] },
  { counts: [0, 1, 7, 7, 0], k: 2, hidden: [2, 3] },
])('suppressDistribution($counts, k = $k)', ({ counts, k, hidden }) => {
  it(`hides levels ${hidden.join(', ') || 'none'}`, () => {
    const buckets = suppressDistribution(counts, k);
    expect(buckets.filter((b) => b.suppressed).map((b) => b.level)).toEqual(hidden);
    for (const b of buckets) expect(b.count).toBe(b.suppressed ? null : counts[b.level - 1]);
  });
});

describe('isSuppressed', () => {
  it.each([
    [0, 5, true],
    [4, 5, true],
    [5, 5, false],
    [1, 1, false],
  ])('n = %i, k = %i → %s', (n, k, hidden) => expect(isSuppressed(n, k)).toBe(hidden));
});

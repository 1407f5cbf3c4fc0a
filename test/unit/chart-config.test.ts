import { describe, expect, it } from 'vitest';
import { buildChartConfig, LEVEL_COLOURS, PALETTE, type ChartSpec } from '../../src/lib/chart-config.ts';

const specs: Record<string, ChartSpec> = {
  current: { kind: 'current', title: 'Current level against target', skills: ['Empathy', 'Tone'], current: [2.8, null], target: [3, 4], labels: { current: 'Team level', target: 'Target', axis: 'Level (1–5)' } },
  distribution: { kind: 'distribution', title: 'Agents per level', skills: ['Empathy'], counts: [[0], [null], [null], [0], [0]], labels: { levels: ['L1', 'L2', 'L3', 'L4', 'L5'], axis: 'Agents' } },
  trend: { kind: 'trend', title: 'Mean level across cycles', cycles: ['2026-Q2', '2026-Q3'], series: [{ name: 'Empathy', values: [2.5, 2.9] }, { name: 'Tone', values: [null, 3.1] }], labels: { axis: 'Level', cycles: 'Cycle' } },
  effect: { kind: 'effect', title: 'Did it work?', rows: ['Course · Skill'], mean: [0.88], low: [0.54], high: [1.21], labels: { mean: 'Mean change', interval: '95% CI', axis: 'Change' } },
  bars: { kind: 'bars', title: 'Biggest gaps', categories: ['Empathy'], values: [0.84], labels: { value: 'Mean gap', axis: 'Levels' } },
};

describe.each(Object.entries(specs))('buildChartConfig: %s', (name, spec) => {
  const config = buildChartConfig(spec);
  it('matches the golden config', async () => {
    await expect(`${JSON.stringify(config, null, 2)}\n`).toMatchFileSnapshot(`../fixtures/charts/${name}.json`);
  });
  it('has a title, both axis titles, no animation, and survives JSON', () => {
    expect(config.options?.plugins?.title).toMatchObject({ display: true, text: spec.title });
    const scales = config.options?.scales as Record<string, { title: { display: boolean; text: string } }>;
    expect(Object.keys(scales).sort()).toEqual(['x', 'y']);
    expect(config.options?.animation).toBe(false);
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });
  it('uses only the colour-blind-safe palette', () => {
    const colours = config.data.datasets.flatMap((d) => [d.backgroundColor, d.borderColor]).filter((c): c is string => typeof c === 'string');
    for (const c of colours) expect([...PALETTE, ...LEVEL_COLOURS].some((p) => c.startsWith(p))).toBe(true);
  });
});

describe('buildChartConfig', () => {
  it('draws a suppressed figure as a gap, never as zero', () => {
    const config = buildChartConfig(specs.current!);
    expect(config.data.datasets[0]!.data).toEqual([2.8, null]);
  });
  it('draws the interval as a floating bar and the mean as a marker', () => {
    const config = buildChartConfig(specs.effect!);
    expect(config.data.datasets.map((d) => [d.type ?? config.type, d.data])).toEqual([
      ['bar', [[0.54, 1.21]]],
      ['line', [0.88]],
    ]);
  });
  it('stacks the levels of the distribution', () => {
    const scales = buildChartConfig(specs.distribution!).options?.scales as Record<string, { stacked: boolean }>;
    expect([scales.x!.stacked, scales.y!.stacked]).toEqual([true, true]);
  });
});

import { describe, expect, it } from 'vitest';
import { tableCsv } from '../../src/lib/dashboard/blocks.ts';
import { overviewDashboard, gapBand } from '../../src/lib/dashboard/overview-view.ts';
import { teamCsvFiles, teamDashboard } from '../../src/lib/dashboard/team-view.ts';
import { effectWords } from '../../src/lib/dashboard/words.ts';
import { runJoin } from '../../src/lib/gap/join.ts';
import { parseCsv } from '../../src/lib/import/csv.ts';
import { goldenFixtures } from '../fixtures/gap/fixtures.ts';
import { makeModel } from '../fixtures/gap/model.ts';
import { weights } from '../fixtures/gap/model.ts';

const names = { skill: (id: string) => id.toUpperCase(), module: (id: string) => `Course ${id}`, team: (id: string) => `Team ${id}` };
const join = (name: string, individualRows: boolean) =>
  runJoin({ observations: goldenFixtures.find((f) => f.name === name)!.observations(), model: makeModel(), settings: { weights, k: 5, individualRows, paths: { minGap: 0.25, minShareBelow: 0.5 } }, secret: 'k' });

describe('team dashboard', () => {
  const result = join('voice-two-cycles', false);
  const view = teamDashboard(result.reports.find((r) => r.team === 'voice-support')!, names, '2026-11-24');

  it('has the four charts, each with a table whose CSV holds the same cells', () => {
    expect(view.charts.map((c) => c.id)).toEqual(['current', 'distribution', 'trend', 'effect']);
    for (const c of view.charts) {
      const csv = parseCsv(tableCsv(c.table).slice(1));
      expect(csv.header).toEqual(c.table.columns);
      expect(csv.rows.map((r) => r.fields)).toEqual(c.table.rows.map((r) => r.map((v) => (v === null ? '' : String(v)))));
      expect(c.csvHref).toBe(`/dashboards/voice-support/${c.id}.csv`);
    }
  });

  it('words "did it work?" and leaves out effects below k', () => {
    expect(view.effects.map((e) => [e.course, e.shown])).toEqual([
      ['Course de-escalation-essentials', false],
      ['Course empathy-foundations', true],
    ]);
    expect(view.effects[1]!.words).toMatch(/^Scores rose by 1\.20 levels; the interval excludes zero/);
  });

  it('says how old the newest result is', () => {
    const row = view.confidence!.rows.find((r) => r[0] === 'EMPATHY')!;
    expect(row.slice(2)).toEqual([12, '2026-03-01', 268]);
  });

  it('has no individual view unless settings opt in', () => {
    expect(view.individual).toBeNull();
    expect(teamCsvFiles(view).has('agents.csv')).toBe(false);
    const rows = join('small-teams-with-rows', true);
    const withRows = teamDashboard(rows.reports.find((r) => r.team === 'voice-support')!, names, '2026-11-24');
    expect(withRows.individual!.rows).toHaveLength(5);
    for (const r of withRows.individual!.rows) expect(r[0]).toMatch(/^[0-9a-f]{12}$/);
  });

  it('shows no figure at all for a team below k', () => {
    const small = teamDashboard(join('small-teams-with-rows', true).reports.find((r) => r.team === 'escalations')!, names, '2026-11-24');
    expect(small).toMatchObject({ suppressed: true, charts: [], effects: [], confidence: null, individual: null });
  });
});

describe('overview dashboard', () => {
  it('renders suppressed cells as such and bands the gaps', () => {
    const o = overviewDashboard(join('voice-two-cycles', false).overview, names);
    const voice = o.heatmap.find((r) => r.team === 'voice-support')!;
    expect(voice.cells.map((c) => c.cls)).toContain('sup');
    expect(o.heatmapTable.rows.find((r) => r[0] === 'Team voice-support')).toContain('suppressed');
    expect([0, 0.1, 0.3, 0.7, 2].map(gapBand)).toEqual(['none', 'tiny', 'small', 'mid', 'large']);
  });
});

describe('effectWords', () => {
  const e = { module: 'm', skill: 's', n: 6, suppressed: false, sdChange: 0.5 };
  it.each([
    [{ meanChange: 1.5, ciLow: 1.1, ciHigh: 1.9, dz: 2.1 }, 'Scores rose by 1.50 levels; the interval excludes zero, so the change is unlikely to be chance; a large effect (d_z 2.10).'],
    [{ meanChange: -0.4, ciLow: -0.7, ciHigh: -0.1, dz: -0.6 }, 'Scores fell by 0.40 levels; the interval excludes zero, so the change is unlikely to be chance; a medium effect (d_z -0.60).'],
    [{ meanChange: 0.1, ciLow: -0.2, ciHigh: 0.4, dz: 0.15 }, 'Scores rose by 0.10 levels; the interval includes zero, so the change could be chance; a negligible effect (d_z 0.15).'],
  ])('%j', (figures, words) => expect(effectWords({ ...e, ...figures }, 5)).toBe(words));
});

import { describe, expect, it } from 'vitest';
import { editorsReport, reportText } from '../../src/lib/editors-report.ts';

const entry = (id: string, reviewBy: string, skills: Array<{ skill: string; from?: number; to?: number }>) => ({ id, file: `content/modules/${id}.mdx`, title: `T ${id}`, owner: 'L&D', reviewBy, skills });
const report = editorsReport({
  skills: [{ id: 'empathy', name: 'Empathy' }, { id: 'tone', name: 'Tone' }, { id: 'crm', name: 'CRM' }],
  targeted: new Set(['empathy', 'tone']),
  modules: [entry('a', '2026-11-01', [{ skill: 'empathy', from: 1, to: 3 }]), entry('b', '2026-12-10', [{ skill: 'empathy', from: 3, to: 4 }]), entry('c', '2027-06-01', [{ skill: 'crm', from: 1, to: 2 }])],
  kb: [entry('k', '2027-06-01', [])],
  onPaths: new Set(['a']),
  backlog: [{ skill: 'tone', coveredTo: null, missing: [{ from: 1, to: 3 }], teams: ['t'] }],
  joinNote: null,
  today: '2026-11-24',
});

describe('editorsReport', () => {
  it('lists what is overdue or due within 30 days, soonest first', () => {
    expect(report.review.map((r) => [r.id, r.days])).toEqual([['a', -23], ['b', 16]]);
  });
  it('counts courses per skill and level band', () => {
    expect(report.matrix.find((m) => m.id === 'empathy')!.bands).toEqual([1, 1, 1, 0]);
  });
  it('finds skills with no content, untagged content, the backlog and orphans', () => {
    expect(report.noContent.map((s) => s.id)).toEqual(['tone']);
    expect(report.untagged.map((e) => e.file)).toEqual(['content/modules/k.mdx']);
    expect(report.orphans.map((o) => o.id)).toEqual(['c']);
    expect(reportText(report, (id) => id.toUpperCase())).toContain('Gaps no course closes (latest assessments): TONE (1→3)');
  });
});

import { describe, expect, it } from 'vitest';
import { importExports, type ImportInput } from '../../src/lib/import/index.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { model, settings } from '../fixtures/import/model.ts';

const file = (name: string, text: string): ImportInput => ({ file: name, read: () => text });
const rosterCsv = file('people/roster.csv', 'id,team,aliases,email\na001,chat-support,zd-77|lrs-a001,jane@example.test\na002,escalations,,\n');
const presets = {
  ...settings,
  presets: {
    zendeskQa: { crosswalk: { Empathy: 'empathy', 'Data protection': 'written-communication' }, source: 'qa' as const, dateFormat: 'YYYY-MM-DD' as const },
    maestroQa: { crosswalk: { 'q-1': 'empathy', Compliance: 'written-communication' }, source: 'qa' as const, dateFormat: 'DD/MM/YYYY' as const },
  },
};
const counts = (r: ReturnType<typeof importExports>) => {
  const { read, accepted, skipped, rejected } = r.summary;
  return { read, accepted, skipped, rejected };
};

describe('roster', () => {
  it('resolves ids and aliases (QA-tool id, LRS account, email) case-insensitively, whatever the format', () => {
    const st = (name: string) => ({ id: name, actor: { account: { name } }, verb: { id: 'http://adlnet.gov/expapi/verbs/scored' }, object: { id: 'https://lms.example/check/bot-handover' }, result: { score: { scaled: 1 } }, timestamp: '2026-05-14T10:00:00Z' });
    const peer = 'subject_id,subject_team,competency,rating,submitted_at,cycle\nJANE@example.test,chat-support,empathy,3,2026-07-02,2026-Q3\nzd-77,chat-support,active-listening,3,2026-07-02,2026-Q3\n';
    const r = importExports([rosterCsv, file('lrs.json', JSON.stringify([st('LRS-A001'), st('a002')])), file('peer.csv', peer)], model, settings);
    expect(counts(r)).toEqual({ read: 4, accepted: 4, skipped: 0, rejected: 0 });
    expect(r.observations.map((o) => o.agent)).toEqual(['a001', 'a002', 'a001', 'a001']);
  });

  it('is read before any export, wherever it sorts, and ranks above native agents lists', () => {
    const native = JSON.stringify({ source: 'manager', cycle: '2026-Q2', exportedAt: '2026-06-30', scale: { min: 1, max: 5 }, agents: [{ id: 'a001', team: 'escalations' }], results: [{ agent: 'zd-77', skill: 'empathy', score: 3, assessedAt: '2026-06-01' }] });
    const r = importExports([file('a-native.json', native), file('z-roster.json', JSON.stringify({ roster: [{ id: 'a001', team: 'chat-support', aliases: ['zd-77'] }] }))], model, settings);
    expect(r.observations.map((o) => [o.agent, o.team])).toEqual([['a001', 'escalations']]);
    const later = importExports([file('z-roster.json', JSON.stringify({ roster: [{ id: 'a001', team: 'chat-support', aliases: ['zd-77'] }] })), file('peer.csv', 'subject_id,subject_team,competency,rating,submitted_at,cycle\nzd-77,chat-support,empathy,3,2026-07-02,2026-Q3\n')], model, settings);
    expect(later.summary.accepted).toBe(1);
  });

  it('rejects a roster entry with an unknown team or a missing id, and keeps the others', () => {
    const r = importExports([file('roster.json', JSON.stringify({ roster: [{ id: 'a001', team: 'chat-suport' }, { team: 'chat-support' }, { id: 'a002', team: 'escalations' }] }))], model, settings);
    expect(r.problems.map(formatProblem)).toEqual([
      'warning roster.json record 0 roster[0].team: unknown team id "chat-suport" (team of a001). Fix: did you mean "chat-support"? (README#importing-assessments)',
      'warning roster.json record 1 roster[1].id: required field is missing. Fix: add "roster[1].id" (README#writing-content)',
    ]);
    expect(r.summary.files[0]).toMatchObject({ format: 'roster', read: 3, accepted: 1, rejected: 2 });
    expect(r.summary.read).toBe(0); // people, not assessment records
  });
});

describe('Zendesk QA preset', () => {
  const header = 'Review ID,Review date,Reviewee,Reviewee email,Reviewee ID,Reviewer,Scorecard,Category,Category ID,Rating,Scale max,Critical,Comment';
  const row = (cat: string, rating: string, max = '4', critical = 'FALSE', id = 'zd-77') =>
    `R-${id},2026-09-03,Someone,${id === 'zd-77' ? 'jane@example.test' : 'nobody@example.test'},${id},QA,Chat,${cat},c-${cat.length},${rating},${max},${critical},`;
  it('maps categories through the crosswalk, skips N/A and unlisted ones, keeps a failed critical category as its own rating', () => {
    const text = [header, row('Empathy', '4'), row('Empathy', 'N/A'), row('GPS', '2'), row('Data protection', '0', '1', 'TRUE'), row('Empathy', '3', '4', 'FALSE', 'zd-404')].join('\r\n');
    const r = importExports([rosterCsv, file('zqa.csv', text)], model, presets);
    expect(counts(r)).toEqual({ read: 5, accepted: 2, skipped: 2, rejected: 1 });
    expect(r.summary.skippedBy).toEqual({ 'not-applicable': 1, 'not-in-crosswalk': 1 });
    expect(r.observations.map((o) => [o.skill, o.level, o.cycle, o.source])).toEqual([
      ['empathy', 5, '2026-Q3', 'qa'],
      ['written-communication', 1, '2026-Q3', 'qa'],
    ]);
    expect(r.problems.map((p) => p.kind)).toEqual(['unknown-agent']);
  });

  it('asks for a crosswalk when settings have none', () => {
    const r = importExports([rosterCsv, file('zqa.csv', `${header}\n${row('Empathy', '4')}\n`)], model, settings);
    expect(r.problems.map(formatProblem)).toEqual([
      'error zqa.csv:1 zendeskQa: a Zendesk QA export, but settings.yaml has no preset for it. Fix: add presets.zendeskQa with a crosswalk from its categories or questions to skills (README#qa-tool-presets)',
    ]);
  });
});

describe('MaestroQA preset', () => {
  const scores = 'gradable_id,agent_email,grader_email,date_graded,rubric,total_score,auto_failed\nG-1,jane@example.test,qa@example.test,03/09/2026,Billing,0,TRUE\n';
  const answers = [
    'gradable_id,question_id,question,section,score,max_score,na,auto_fail',
    'G-1,q-1,Acknowledged the concern,Soft skills,3,3,FALSE,FALSE',
    'G-1,q-2,Verified identity,Compliance,0,1,FALSE,TRUE',
    'G-1,q-3,Read the disclosure,Compliance,,2,TRUE,FALSE',
    'G-1,q-4,Closed politely,Other,2,2,FALSE,FALSE',
    'G-9,q-1,Acknowledged the concern,Soft skills,3,3,FALSE,FALSE',
  ].join('\n');
  it('joins answers to their scores row on gradable_id, whatever the file order, with European dates', () => {
    const r = importExports([rosterCsv, file('a-answers.csv', answers), file('b-scores.csv', scores)], model, presets);
    expect(counts(r)).toEqual({ read: 5, accepted: 2, skipped: 2, rejected: 1 });
    expect(r.summary.skippedBy).toEqual({ 'not-in-crosswalk': 1, 'not-applicable': 1 });
    expect(r.observations.map((o) => [o.agent, o.skill, o.level, o.assessedAt, o.cycle])).toEqual([
      ['a001', 'empathy', 5, '2026-09-03', '2026-Q3'],
      ['a001', 'written-communication', 1, '2026-09-03', '2026-Q3'],
    ]);
    expect(r.problems.map((p) => [p.kind, p.line])).toEqual([['unknown-gradable', 6]]);
  });
});

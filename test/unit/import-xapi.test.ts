import { describe, expect, it } from 'vitest';
import { importExports, sniffFormat } from '../../src/lib/import/index.ts';
import { maskEmail, quarterOf } from '../../src/lib/import/xapi.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { model, nativeDoc, settings } from '../fixtures/import/model.ts';

const roster = { file: 'roster.json', read: () => nativeDoc([]) };
const QUIZ = 'https://lms.example/quiz/empathy-foundations';
const CHECK = 'https://lms.example/check/bot-handover';
const st = (over: Record<string, unknown> = {}) => ({
  id: 'st-1',
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'a001' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/scored' },
  object: { id: CHECK },
  result: { score: { scaled: 0.5 } },
  timestamp: '2026-05-14T10:00:00Z',
  ...over,
});
const run = (doc: unknown) => importExports([roster, { file: 'lrs.json', read: () => JSON.stringify(doc) }], model, settings);

describe.each([
  { name: 'array with account.name and scaled', doc: [st()], accepted: 1, levels: [3], rejects: [] },
  { name: '{statements} wrapper', doc: { statements: [st()], more: '' }, accepted: 1, levels: [3], rejects: [] },
  { name: 'mbox resolves through roster email (case-insensitive)', doc: [st({ actor: { mbox: 'mailto:AGENT002@example.test' } })], accepted: 1, levels: [3], rejects: [] },
  { name: 'raw/min/max', doc: [st({ result: { score: { raw: 15, min: 0, max: 20 } } })], accepted: 1, levels: [4], rejects: [] },
  { name: 'module quiz counts for each skill the module teaches', doc: [st({ object: { id: QUIZ }, result: { score: { scaled: 1 } } })], accepted: 1, levels: [5, 5], rejects: [] },
  { name: 'unknown mbox', doc: [st({ actor: { mbox: 'mailto:nobody@example.test' } })], accepted: 0, levels: [], rejects: ['unknown-agent'] },
  { name: 'unknown account', doc: [st({ actor: { account: { name: 'a404' } } })], accepted: 0, levels: [], rejects: ['unknown-agent'] },
  { name: 'no actor id', doc: [st({ actor: { name: 'Someone' } })], accepted: 0, levels: [], rejects: ['missing-field'] },
  { name: 'unmapped object', doc: [st({ object: { id: 'https://lms.example/other' } })], accepted: 0, levels: [], rejects: ['unmapped-object'] },
  { name: 'scaled above 1', doc: [st({ result: { score: { scaled: 1.2 } } })], accepted: 0, levels: [], rejects: ['score-out-of-range'] },
  { name: 'raw above max', doc: [st({ result: { score: { raw: 21, min: 0, max: 20 } } })], accepted: 0, levels: [], rejects: ['score-out-of-range'] },
  { name: 'raw without max', doc: [st({ result: { score: { raw: 3 } } })], accepted: 0, levels: [], rejects: ['missing-field'] },
  { name: 'no score', doc: [st({ result: { completion: true } })], accepted: 0, levels: [], rejects: ['missing-field'] },
  { name: 'bad timestamp', doc: [st({ timestamp: '14/05/2026' })], accepted: 0, levels: [], rejects: ['bad-date'] },
  { name: 'same statement id twice', doc: [st(), st()], accepted: 1, levels: [3], rejects: ['duplicate-record'] },
  { name: 'two attempts the same day', doc: [st(), st({ id: 'st-2', timestamp: '2026-05-14T11:00:00Z' })], accepted: 2, levels: [3, 3], rejects: [] },
  { name: 'a statement that is not an object', doc: [st(), 'oops'], accepted: 1, levels: [3], rejects: ['malformed-row'] },
])('xAPI: $name', ({ doc, accepted, levels, rejects }) => {
  it('maps statements to observations and rejects the rest', () => {
    const r = run(doc);
    expect(r.summary.accepted).toBe(accepted);
    expect(r.observations.map((o) => o.level)).toEqual(levels);
    expect(r.problems.map((p) => p.kind)).toEqual(rejects);
  });
});

describe('xAPI', () => {
  it('takes the cycle from the timestamp quarter, or the configured extension', () => {
    const ext = 'https://brightline.example/xapi/cycle';
    const withExt = { ...settings, xapi: { ...settings.xapi, cycleExtension: ext } };
    const doc = [st(), st({ id: 'st-2', context: { extensions: { [ext]: '2026-Q3' } } })];
    const r = importExports([roster, { file: 'lrs.json', read: () => JSON.stringify(doc) }], model, withExt);
    expect(r.observations.map((o) => o.cycle)).toEqual(['2026-Q2', '2026-Q3']);
    expect(r.observations[0]).toMatchObject({ source: 'quiz', agent: 'a001', team: 'chat-support', skill: 'bot-handover', assessedAt: '2026-05-14' });
  });

  it('uses the source an object overrides (pre)', () => {
    const r = run([st({ object: { id: 'https://lms.example/pre/de-escalation-essentials' } })]);
    expect(r.observations).toEqual([{ source: 'pre', cycle: '2026-Q2', agent: 'a001', team: 'chat-support', skill: 'de-escalation', module: 'de-escalation-essentials', level: 3, assessedAt: '2026-05-14' }]);
  });

  it('is recognised by content, not by file name', () => {
    expect(sniffFormat(JSON.stringify([st()]))).toBe('xapi');
    expect(sniffFormat(JSON.stringify({ statements: [] }))).toBe('xapi');
    expect(sniffFormat(nativeDoc([]))).toBe('native');
    expect(sniffFormat('a;b\n1;2')).toBe('csv');
    expect(sniffFormat('{"x": 1}')).toBe('unknown');
  });

  it('hides the local part of unknown emails', () => {
    expect(maskEmail('mailto:jane.doe@example.test')).toBe('mailto:j…@example.test');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
  });

  it('locks the wording of xAPI rejects', () => {
    const r = run({
      statements: [
        st({ actor: { mbox: 'mailto:nobody@example.test' } }),
        st({ object: { id: 'https://lms.example/other' } }),
        st({ result: { score: { scaled: 1.2 } } }),
        st({ result: { score: { raw: 3 } } }),
        st({ timestamp: '2026-02-30T10:00:00Z' }),
      ],
    });
    expect(r.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "warning lrs.json record 0 actor.mbox: unknown agent "mailto:n…@example.test". Fix: add the agent to the "agents" roster of a native export, or correct the id or email (README#importing-assessments)",
        "warning lrs.json record 1 object.id: xAPI activity "https://lms.example/other" is not mapped to a skill or module. Fix: add it under xapi.objects in content/settings.yaml (README#importing-assessments)",
        "warning lrs.json record 2 result.score.scaled: score 1.2 is outside the scale 0–1. Fix: correct the score, or the "scale" the export declares (README#importing-assessments)",
        "warning lrs.json record 3 result.score.min: required field is missing. Fix: add "result.score.min" (README#writing-content)",
        "warning lrs.json record 4 timestamp: "2026-02-30T10:00:00Z" is not a date. Fix: write the date as YYYY-MM-DD or an ISO timestamp (README#importing-assessments)",
      ]
    `);
  });
});

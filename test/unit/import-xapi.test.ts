import { describe, expect, it } from 'vitest';
import { importExports } from '../../src/lib/import/index.ts';
import { maskWith } from '../../src/lib/import/session.ts';
import { quarterOf, VOIDED } from '../../src/lib/import/xapi.ts';
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
  { name: 'no score is skipped, not rejected', doc: [st({ result: { completion: true } })], accepted: 0, skipped: 1, levels: [], rejects: [] },
  { name: 'bad timestamp', doc: [st({ timestamp: '14/05/2026' })], accepted: 0, levels: [], rejects: ['bad-date'] },
  { name: 'same statement id twice', doc: [st(), st()], accepted: 1, levels: [3], rejects: ['duplicate-record'] },
  { name: 'two attempts the same day', doc: [st(), st({ id: 'st-2', timestamp: '2026-05-14T11:00:00Z' })], accepted: 2, levels: [3, 3], rejects: [] },
  { name: 'a statement that is not an object', doc: [st(), 'oops'], accepted: 1, levels: [3], rejects: ['malformed-row'] },
])('xAPI: $name', ({ doc, accepted, levels, rejects, ...rest }) => {
  it('maps statements to observations and rejects the rest', () => {
    const r = run(doc);
    expect(r.summary.accepted).toBe(accepted);
    expect(r.summary.skipped).toBe((rest as { skipped?: number }).skipped ?? 0);
    expect(r.summary.read).toBe(r.summary.accepted + r.summary.skipped + r.summary.rejected);
    expect(r.observations.map((o) => o.level)).toEqual(levels);
    expect(r.problems.map((p) => p.kind)).toEqual(rejects);
  });
});

const verb = (v: string) => ({ verb: { id: `http://adlnet.gov/expapi/verbs/${v}` } });
describe.each([
  { verb: 'passed', accepted: 1, skipped: {} },
  { verb: 'failed', accepted: 1, skipped: {} },
  { verb: 'scored', accepted: 1, skipped: {} },
  { verb: 'answered', accepted: 1, skipped: {} },
  { verb: 'completed', accepted: 1, skipped: {} },
  { verb: 'launched', accepted: 0, skipped: { 'not-an-assessment': 1 } },
  { verb: 'initialized', accepted: 0, skipped: { 'not-an-assessment': 1 } },
  { verb: 'experienced', accepted: 0, skipped: { 'not-an-assessment': 1 } },
  { verb: 'progressed', accepted: 0, skipped: { 'not-an-assessment': 1 } },
  { verb: 'played', accepted: 0, skipped: { 'not-an-assessment': 1 } },
  { verb: 'seeked', accepted: 0, skipped: { 'not-an-assessment': 1 } },
  { verb: 'terminated', accepted: 0, skipped: { 'not-an-assessment': 1 } },
])('xAPI verb $verb with a score', ({ verb: v, accepted, skipped }) => {
  it(accepted ? 'is an assessment' : 'measures nothing: skipped, even with a score', () => {
    const r = run([st(verb(v))]);
    expect([r.summary.read, r.summary.accepted, r.summary.rejected]).toEqual([1, accepted, 0]);
    expect(r.summary.skippedBy).toEqual(skipped);
  });
});

describe('xAPI as LRSs export it', () => {
  it('skips completed without a score, and rejects nothing of it', () => {
    const r = run([st({ ...verb('completed'), result: { completion: true } })]);
    expect(r.summary).toMatchObject({ read: 1, accepted: 0, skipped: 1, rejected: 0, skippedBy: { 'no-score': 1 }, rejectRate: 0 });
  });

  it('honours a voiding statement, before or after the statement it voids, in any file', () => {
    const voiding = { id: 'v-1', actor: st().actor, verb: { id: VOIDED }, object: { objectType: 'StatementRef', id: 'st-1' }, timestamp: '2026-05-15T10:00:00Z' };
    const r = importExports([roster, { file: 'a.json', read: () => JSON.stringify([voiding]) }, { file: 'b.json', read: () => JSON.stringify([st(), st({ id: 'st-2' })]) }], model, settings);
    expect(r.summary).toMatchObject({ read: 3, accepted: 1, skipped: 2, rejected: 0, skippedBy: { voided: 1, voiding: 1 } });
  });

  it('maps an activity through its parent, then its grouping', () => {
    const child = (ctx: Record<string, unknown>) => st({ id: JSON.stringify(ctx), object: { id: `${CHECK}/question-7` }, context: { contextActivities: ctx } });
    const r = run([child({ parent: [{ id: CHECK }] }), child({ grouping: [{ id: QUIZ }] }), child({ parent: { id: 'https://nowhere' } })]);
    expect(r.observations.map((o) => o.skill)).toEqual(['bot-handover', 'empathy', 'active-listening']);
    expect(r.problems.map((p) => p.kind)).toEqual(['unmapped-object']);
  });

  it('reads newline-delimited JSON with line numbers', () => {
    const text = [st(), st({ id: 'st-2', ...verb('launched') }), '{ not json', st({ id: 'st-3', result: { score: { scaled: 7 } } })]
      .map((x) => (typeof x === 'string' ? x : JSON.stringify(x)))
      .join('\n');
    const r = importExports([roster, { file: 'lrs.ndjson', read: () => text }], model, settings);
    expect(r.summary).toMatchObject({ read: 4, accepted: 1, skipped: 1, rejected: 2 });
    expect(r.problems.map((p) => [p.kind, p.line])).toEqual([
      ['malformed-row', 3],
      ['score-out-of-range', 4],
    ]);
  });

  it('reads an LRS page {statements, more} and ignores the link to the next page', () => {
    const r = run({ statements: [st()], more: '/xapi/statements?more=abc' });
    expect(r.summary.accepted).toBe(1);
  });

  it('keeps a real LRS export under the reject limit: 9 of 10 statements measure nothing', () => {
    const noise = ['launched', 'initialized', 'progressed', 'experienced', 'completed', 'terminated', 'played', 'seeked', 'progressed'].map((v, i) =>
      st({ id: `n-${i}`, ...verb(v), result: v === 'completed' ? { completion: true } : undefined }),
    );
    const r = run([st(), ...noise]);
    expect(r.summary).toMatchObject({ read: 10, accepted: 1, skipped: 9, rejected: 0, rejectRate: 0 });
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
    const r = importExports([roster, { file: 'export.csv', read: () => JSON.stringify([st()]) }, { file: 'odd.json', read: () => '{"x": 1}' }], model, settings);
    expect(r.summary.files.map((f) => [f.file, f.format])).toEqual([
      ['export.csv', 'xapi'],
      ['odd.json', 'unknown'],
      ['roster.json', 'native'],
    ]);
  });

  it('hides the local part of emails, and keeps two hidden emails apart', () => {
    const mask = maskWith('k');
    expect(mask('mailto:jane.doe@example.test')).toMatch(/^j…@example\.test #[0-9a-f]{4}$/);
    expect(mask('jane.doe@example.test')).not.toBe(mask('jim.dunn@example.test'));
    expect(mask(mask('jane@example.test'))).toBe(mask('jane@example.test'));
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
        "warning lrs.json record 0 actor.mbox: unknown agent "n…@example.test #23d1". Fix: add the agent (or this alias) to the roster file, or to the "agents" of a native export; or correct the id or email (README#importing-assessments)",
        "warning lrs.json record 1 object.id: xAPI activity "https://lms.example/other" is not mapped to a skill or module. Fix: add it under xapi.objects in content/settings.yaml (README#importing-assessments)",
        "warning lrs.json record 2 result.score.scaled: score 1.2 is outside the scale 0–1. Fix: correct the score, or the "scale" the export declares (README#importing-assessments)",
        "warning lrs.json record 3 result.score.min: required field is missing. Fix: add "result.score.min" (README#writing-content)",
        "warning lrs.json record 4 timestamp: "2026-02-30T10:00:00Z" is not a date. Fix: write the date as YYYY-MM-DD or an ISO timestamp (README#importing-assessments)",
      ]
    `);
  });
});

import { describe, expect, it } from 'vitest';
import { importExports } from '../../src/lib/import/index.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { model, nativeDoc, settings } from '../fixtures/import/model.ts';

const ok = { agent: 'a001', skill: 'empathy', score: 3, assessedAt: '2026-05-01' };
const run = (text: string | Uint8Array, file = 'm.json') => importExports([{ file, read: () => text }], model, settings);

describe.each([
  { name: 'a good result', results: [ok], accepted: 1, rejects: [] },
  { name: 'an ISO timestamp as the date', results: [{ ...ok, assessedAt: '2026-05-01T09:30:00Z' }], accepted: 1, rejects: [] },
  { name: 'unknown agent', results: [{ ...ok, agent: 'a404' }], accepted: 0, rejects: ['unknown-agent'] },
  { name: 'agent on an unknown team', results: [{ ...ok, agent: 'a003' }], accepted: 0, rejects: ['unknown-team'] },
  { name: 'unknown skill', results: [{ ...ok, skill: 'deescalation' }], accepted: 0, rejects: ['unknown-skill'] },
  { name: 'unknown module', results: [{ ...ok, module: 'nope' }], accepted: 0, rejects: ['unknown-module'] },
  { name: 'score above the scale', results: [{ ...ok, score: 6 }], accepted: 0, rejects: ['score-out-of-range'] },
  { name: 'score below the scale', results: [{ ...ok, score: 0 }], accepted: 0, rejects: ['score-out-of-range'] },
  { name: 'score as text', results: [{ ...ok, score: '3' }], accepted: 0, rejects: ['bad-score'] },
  { name: 'impossible date', results: [{ ...ok, assessedAt: '2026-02-30' }], accepted: 0, rejects: ['bad-date'] },
  { name: 'not a date', results: [{ ...ok, assessedAt: 'last week' }], accepted: 0, rejects: ['bad-date'] },
  { name: 'duplicate', results: [ok, ok], accepted: 1, rejects: ['duplicate-record'] },
  { name: 'same day, different score is not a duplicate', results: [ok, { ...ok, score: 4 }], accepted: 2, rejects: [] },
  { name: 'a result that is not an object', results: [ok, 42], accepted: 1, rejects: ['malformed-row'] },
  { name: 'missing agent', results: [{ skill: 'empathy', score: 3, assessedAt: '2026-05-01' }], accepted: 0, rejects: ['missing-field'] },
])('native JSON: $name', ({ results, accepted, rejects }) => {
  it('keeps the good records and reports each bad one', () => {
    const r = run(nativeDoc(results));
    expect(r.summary.read).toBe(results.length);
    expect(r.summary.accepted).toBe(accepted);
    expect(r.problems.map((p) => p.kind)).toEqual(rejects);
    expect(r.problems.every((p) => p.severity === 'warning')).toBe(true);
  });
});

describe.each([
  { name: 'truncated JSON', text: '{\n  "source": "qa",\n  "results": [\n    {"agent": "a001"', kind: 'malformed-file', line: 4 },
  { name: 'trailing comma', text: '{\n  "source": "qa",\n  "results": [1,]\n}', kind: 'malformed-file', line: 3 },
  { name: 'wrong scale (max below min)', text: nativeDoc([ok], { scale: { min: 5, max: 1 } }), kind: 'schema', line: undefined },
  { name: 'unknown source', text: nativeDoc([ok], { source: 'survey' }), kind: 'schema', line: undefined },
  { name: 'JSON that is no known export', text: '{"hello": "world"}', kind: 'unknown-format', line: undefined },
  { name: 'empty file', text: '  \n', kind: 'malformed-file', line: undefined },
  { name: 'UTF-16 with BOM', text: new Uint8Array([0xff, 0xfe, 0x7b, 0x00]), kind: 'wrong-encoding', line: undefined },
  { name: 'UTF-16 without BOM', text: new Uint8Array([0x7b, 0x00, 0x7d, 0x00]), kind: 'wrong-encoding', line: undefined },
  { name: 'Latin-1 bytes', text: new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]), kind: 'wrong-encoding', line: undefined },
])('native JSON file errors: $name', ({ text, kind, line }) => {
  it('names the file (and the position) in one error', () => {
    const r = run(text, 'broken.json');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ kind, severity: 'error', file: 'broken.json' });
    expect(r.problems[0]!.line).toBe(line);
  });
});

describe('native JSON', () => {
  it('maps the scale linearly onto 1–5', () => {
    const r = run(nativeDoc([{ ...ok, score: 50 }, { ...ok, score: 100, skill: 'bot-handover' }], { scale: { min: 0, max: 100 } }));
    expect(r.observations.map((o) => o.level)).toEqual([3, 5]);
  });

  it('accepts a UTF-8 BOM', () => {
    const bytes = new TextEncoder().encode(`\ufeff${nativeDoc([ok])}`);
    expect(run(bytes).summary.accepted).toBe(1);
  });

  it('never copies names or emails into observations or problems', () => {
    const r = run(nativeDoc([ok, { ...ok, agent: 'a404' }]));
    const text = JSON.stringify([r.observations, r.problems]);
    expect(text).not.toMatch(/Amber|example\.test/);
  });

  it('keeps the good results of a file with bad ones', () => {
    const results = Array.from({ length: 100 }, (_, i) => ({ ...ok, score: 1 + (i % 5), assessedAt: `2026-05-${String(1 + (i % 28)).padStart(2, '0')}` }));
    results[7] = { ...ok, skill: 'nope' };
    const r = run(nativeDoc(results));
    expect(r.summary).toMatchObject({ read: 100, accepted: 99, rejected: 1, byReason: { 'unknown-skill': 1 } });
  });

  it('locks the wording of native rejects and file errors', () => {
    const r = importExports(
      [
        { file: 'm.json', read: () => nativeDoc([ok, ok, { ...ok, agent: 'a404' }, { ...ok, agent: 'a003' }, { ...ok, skill: 'deescalation' }, { ...ok, score: 7 }, { ...ok, assessedAt: '2026-06-31' }]) },
        { file: 't.json', read: () => '{\n  "source": "qa",\n  "results": [\n    {"agent": "a001"' },
        { file: 's.json', read: () => nativeDoc([ok], { scale: { min: 5, max: 1 } }) },
        { file: 'u.json', read: () => new Uint8Array([0xff, 0xfe, 0x7b, 0x00]) },
      ],
      model,
      settings,
    );
    expect(r.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "error u.json file is not UTF-8: it starts with a UTF-16 byte-order mark. Fix: save or export the file as UTF-8 (README#importing-assessments)",
        "warning m.json record 1 results[1]: duplicate record "a001 empathy 2026-05-01", first seen at m.json record 0. Fix: remove the repeated record; the first one is kept (README#importing-assessments)",
        "warning m.json record 2 results[2].agent: unknown agent "a404". Fix: add the agent (or this alias) to the roster file, or to the "agents" of a native export; or correct the id or email (README#importing-assessments)",
        "warning m.json record 3 results[3].agent: unknown team id "chat-suport" (team of agent a003). Fix: did you mean "chat-support"? (README#importing-assessments)",
        "warning m.json record 4 results[4].skill: unknown skill id "deescalation". Fix: did you mean "de-escalation"? (README#skills-roles-and-teams)",
        "warning m.json record 5 results[5].score: score 7 is outside the scale 1–5. Fix: correct the score, or the "scale" the export declares (README#importing-assessments)",
        "warning m.json record 6 results[6].assessedAt: "2026-06-31" is not a date. Fix: write the date as YYYY-MM-DD or an ISO timestamp (README#importing-assessments)",
        "error s.json scale.max: invalid value 1: "max" must be greater than "min". Fix: correct the value to match the field description in the README (README#writing-content)",
        "error t.json:4 cannot read the file: unexpected end of JSON (the file looks truncated) at line 4, column 21. Fix: export the file again; check that it is complete and not truncated (README#importing-assessments)",
      ]
    `);
  });
});

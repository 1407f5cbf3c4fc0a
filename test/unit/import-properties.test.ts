import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runJoin } from '../../src/lib/gap/join.ts';
import { importExports, type ImportInput } from '../../src/lib/import/index.ts';
import { model, nativeDoc, settings } from '../fixtures/import/model.ts';

const roster: ImportInput = { file: 'roster.json', read: () => nativeDoc([]) };
const VERBS = ['scored', 'passed', 'failed', 'answered', 'completed', 'launched', 'progressed', 'experienced', 'terminated'];
const OBJECTS = ['https://lms.example/check/bot-handover', 'https://lms.example/quiz/empathy-foundations', 'https://lms.example/unmapped'];

const statementArb = fc.record({
  n: fc.nat(1_000_000),
  verb: fc.constantFrom(...VERBS),
  actor: fc.constantFrom('a001', 'a002', 'a404'),
  object: fc.constantFrom(...OBJECTS),
  score: fc.option(fc.integer({ min: -2, max: 12 }).map((x) => x / 10), { nil: undefined }),
  day: fc.integer({ min: 1, max: 28 }),
});
type Statement = typeof statementArb extends fc.Arbitrary<infer T> ? T : never;
const statement = (s: Statement) => ({
  id: `s-${s.n}`,
  actor: { account: { name: s.actor } },
  verb: { id: `http://adlnet.gov/expapi/verbs/${s.verb}` },
  object: { id: s.object },
  ...(s.score !== undefined ? { result: { score: { scaled: s.score } } } : {}),
  timestamp: `2026-05-${String(s.day).padStart(2, '0')}T10:00:00Z`,
});
const rowArb = fc.record({
  agent: fc.constantFrom('a001', 'a002', 'a404', ''),
  empathy: fc.constantFrom('80', '55,5', 'N/A', '', 'x', '140'),
  written: fc.constantFrom('10', 'N/A', ''),
  date: fc.constantFrom('2026-07-01', '2026-07-02', '2026-02-30'),
});
type Row = { agent: string; empathy: string; written: string; date: string };
const csvText = (rows: Row[]) =>
  ['Agent ID;Evaluation ID;Evaluation date;Empathy;Written clarity', ...rows.map((r, i) => `${r.agent};e${i};${r.date};${r.empathy};${r.written}`)].join('\n');

const run = (inputs: ImportInput[]) => importExports([roster, ...inputs], model, settings);
const joined = (inputs: ImportInput[]) =>
  JSON.stringify(runJoin({ observations: run(inputs).observations, model: { ...model, roles: [{ id: 'frontline-agent', name: 'F', targets: [{ skill: 'empathy', level: 3, weight: 1 }, { skill: 'bot-handover', level: 3, weight: 1 }] }, { id: 'senior-agent', name: 'S', targets: [{ skill: 'empathy', level: 4, weight: 1 }] }], levels: { 1: 'a', 2: 'b', 3: 'c', 4: 'd', 5: 'e' }, kb: [] } as never, settings: { weights: settings.weights, k: 1, individualRows: false, paths: settings.paths }, secret: 'k' }));

describe('import properties', () => {
  it('counts every record exactly once: read = accepted + skipped + rejected, per file and in total', () => {
    fc.assert(
      fc.property(fc.array(statementArb, { maxLength: 40 }), fc.array(rowArb, { maxLength: 20 }), (statements, rows) => {
        const r = run([{ file: 'lrs.json', read: () => JSON.stringify(statements.map(statement)) }, { file: 'qa.csv', read: () => csvText(rows) }]);
        for (const f of r.summary.files) expect(f.read, f.file).toBe(f.accepted + f.skipped + f.rejected);
        expect(r.summary.read).toBe(r.summary.accepted + r.summary.skipped + r.summary.rejected);
        const warnings = r.problems.filter((p) => p.severity === 'warning' && p.kind !== 'empty-export').length;
        expect(warnings).toBe(r.summary.rejected);
      }),
      { numRuns: 200 },
    );
  });

  it('never changes a published figure by adding records that measure nothing', () => {
    const noiseArb = fc.array(
      fc.tuple(statementArb, fc.constantFrom('launched', 'progressed', 'experienced', 'terminated')).map(([s, verb]) => ({ ...s, n: s.n + 2_000_000, verb })),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(fc.array(statementArb, { maxLength: 30 }), fc.array(rowArb, { maxLength: 15 }), noiseArb, fc.integer({ min: 1, max: 5 }), (statements, rows, noise, naRows) => {
        const base = [{ file: 'lrs.json', read: () => JSON.stringify(statements.map(statement)) }, { file: 'qa.csv', read: () => csvText(rows) }];
        const naOnly = Array.from({ length: naRows }, (_, i) => ({ agent: 'a001', empathy: 'N/A', written: 'N/A', date: '2026-07-0' + (1 + (i % 2)) }));
        const noisy = [{ file: 'lrs.json', read: () => JSON.stringify([...statements, ...noise].map(statement)) }, { file: 'qa.csv', read: () => csvText([...rows, ...naOnly]) }];
        const r = run(noisy);
        expect(r.summary.skipped).toBeGreaterThanOrEqual(noise.length + 2 * naRows);
        expect(joined(noisy)).toBe(joined(base));
      }),
      { numRuns: 100 },
    );
  });
});

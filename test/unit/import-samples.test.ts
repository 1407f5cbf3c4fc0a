import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../../scripts/json-schema.ts';
import { sampleFiles } from '../../scripts/gen-fixtures.ts';
import { loadContent } from '../../src/lib/content-fs.ts';
import { importExports } from '../../src/lib/import/index.ts';

describe('committed generated files', () => {
  it('public/schemas/*.schema.json match the zod schemas', () => {
    for (const [file, text] of schemaFiles()) expect(readFileSync(file, 'utf8'), file).toBe(text);
  });

  it('content/assessments matches gen-fixtures --sample', () => {
    const committed = readdirSync('content/assessments').sort();
    const generated = sampleFiles();
    expect(committed).toEqual(generated.map((f) => f.path));
    for (const f of generated) expect(readFileSync(`content/assessments/${f.path}`, 'utf8'), f.path).toBe(f.text);
  });
});

describe('sample exports', () => {
  it('import with a few deliberate rejects, well under 5%, and no file errors', async () => {
    const { model, settings } = await loadContent('content');
    expect(model).not.toBeNull();
    const inputs = readdirSync('content/assessments')
      .sort()
      .map((name) => ({ file: name, read: () => readFileSync(`content/assessments/${name}`) }));
    const r = importExports(inputs, model!, settings!);
    expect(r.summary.failedFiles).toBe(0);
    expect(new Set(r.summary.files.map((f) => f.format))).toEqual(new Set(['native', 'xapi', 'csv', 'roster', 'zendesk-qa', 'maestro-qa', 'maestro-qa-scores']));
    for (const f of r.summary.files) expect(f.read, f.file).toBe(f.accepted + f.skipped + f.rejected);
    expect(r.summary.read).toBe(r.summary.accepted + r.summary.skipped + r.summary.rejected);
    expect(Object.keys(r.summary.skippedBy).sort()).toEqual(['no-score', 'not-an-assessment', 'not-applicable', 'not-in-crosswalk', 'voided', 'voiding']);
    expect(r.summary.rejected).toBeGreaterThanOrEqual(6);
    expect(r.summary.rejectRate).toBeLessThan(0.01);
    expect(Object.keys(r.summary.byReason)).toEqual(
      expect.arrayContaining(['unknown-skill', 'score-out-of-range', 'bad-date', 'duplicate-record', 'unknown-agent', 'malformed-row']),
    );
    const teams = new Set(r.observations.map((o) => o.team));
    const agents = new Set(r.observations.map((o) => o.agent));
    const cycles = new Set(r.observations.map((o) => o.cycle));
    const sources = new Set(r.observations.map((o) => o.source));
    expect(teams.size).toBeGreaterThanOrEqual(4);
    expect(agents.size).toBeGreaterThanOrEqual(60);
    expect([...cycles].sort()).toEqual(['2026-Q2', '2026-Q3']);
    expect([...sources].sort()).toEqual(['manager', 'peer', 'post', 'pre', 'qa', 'quiz', 'self']);
  });
});

describe('editor completion', () => {
  it.each(['skills', 'roles', 'teams', 'settings'])('content/%s.yaml names its published schema', (name) => {
    expect(readFileSync(`content/${name}.yaml`, 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=../public/schemas/${name}.schema.json`);
    expect(JSON.parse(readFileSync(`public/schemas/${name}.schema.json`, 'utf8')).title).toBe(`Gapwise ${name}.yaml`);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { schemaText, SCHEMA_FILE } from '../../scripts/json-schema.ts';
import { sampleFiles } from '../../scripts/gen-fixtures.ts';
import { loadContent } from '../../src/lib/content-fs.ts';
import { importExports } from '../../src/lib/import/index.ts';
import { settingsSchema } from '../../src/lib/schemas/settings.ts';

describe('committed generated files', () => {
  it('public/schemas/assessment.schema.json matches the zod schema', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText());
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
    const { model } = await loadContent('content');
    expect(model).not.toBeNull();
    const settings = settingsSchema.parse(parse(readFileSync('content/settings.yaml', 'utf8')));
    const inputs = readdirSync('content/assessments')
      .sort()
      .map((name) => ({ file: name, read: () => readFileSync(`content/assessments/${name}`) }));
    const r = importExports(inputs, model!, settings);
    expect(r.summary.fileErrors).toBe(0);
    expect(new Set(r.summary.files.map((f) => f.format))).toEqual(new Set(['native', 'xapi', 'csv']));
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

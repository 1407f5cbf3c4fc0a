// settings.yaml is content: every broken fixture names settings.yaml:LINE, the key and the fix.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, sortProblems, type Problem } from '../../src/lib/problems.ts';
import { checkSettings } from '../../src/lib/settings-check.ts';

const dir = 'test/fixtures/settings-broken';
const refs = { skills: ['empathy', 'active-listening'], modules: ['empathy-foundations'] };

describe.each(readdirSync(dir).sort())('broken settings: %s', (name) => {
  const file = path.join(dir, name);
  const problems: Problem[] = [];
  const settings = checkSettings({ file, text: readFileSync(file, 'utf8') }, refs, problems);
  const lines = sortProblems(problems).map(formatProblem);

  it('yields no settings, so the join cannot fall back to defaults', () => expect(settings).toBeNull());
  it('names the file and line, the key and the fix', () => {
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(new RegExp(`^error ${file.replace(/[.]/g, '\\.')}:\\d+ .*Fix: .+\\(README#settings-reference\\)$`));
  });
  it('words the errors as locked in the snapshot', () => expect(lines).toMatchSnapshot());
});

describe('settings', () => {
  it('are the defaults when the file is empty', () => {
    const problems: Problem[] = [];
    const s = checkSettings({ file: 'content/settings.yaml', text: '' }, refs, problems);
    expect(problems).toEqual([]);
    expect(s).toMatchObject({ privacy: { k: 5, individualRows: false }, paths: { minGap: 0.25 }, cycles: [] });
  });
  it('accept the sample settings', () => {
    const problems: Problem[] = [];
    const text = readFileSync('content/settings.yaml', 'utf8');
    expect(checkSettings({ file: 'content/settings.yaml', text }, { skills: [], modules: [] }, problems)).not.toBeNull();
    expect(problems).toEqual([]);
  });
});

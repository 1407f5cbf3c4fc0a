import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { scaffold, slugify } from '../../src/lib/scaffold.ts';

const skills = ['empathy', 'de-escalation'];
const yaml = {
  skills: { file: 'skills.yaml', text: 'levels: {1: a, 2: b, 3: c, 4: d, 5: e}\nskills:\n' + skills.map((id) => `  - {id: ${id}, name: ${id}, category: soft, description: d, levels: {1: a, 2: b, 3: c, 4: d, 5: e}}`).join('\n') },
  roles: { file: 'roles.yaml', text: 'roles:\n  - {id: agent, name: Agent, targets: [{skill: empathy, level: 3}]}' },
  teams: { file: 'teams.yaml', text: 'teams:\n  - {id: t, name: T, role: agent}' },
};

describe.each(['module', 'kb'] as const)('scaffold(%s)', (kind) => {
  it('writes a file from a title that passes the content check', () => {
    const r = scaffold(kind, 'Handling refund calls: the basics', 'empathy', skills, '2026-11-23');
    expect('text' in r).toBe(true);
    const { text, slug } = r as { text: string; slug: string };
    expect(slug).toBe('handling-refund-calls-the-basics');
    expect(text).toContain('title: "Handling refund calls: the basics" #');
    const file = `${kind === 'module' ? 'modules' : 'kb'}/${slug}.mdx`;
    const { problems } = checkContent({ ...yaml, modules: kind === 'module' ? [{ file, text }] : [], kb: kind === 'kb' ? [{ file, text }] : [] }, '2026-11-23');
    expect(problems).toEqual([]);
    expect(text).toContain('reviewBy: 2027-05-22');
  });
});

it.each([
  ['!!!', 'empathy', 'give a title with some letters or digits'],
  ['Refunds', 'empathie', 'did you mean "empathy"?'],
])('rejects title %s / skill %s', (title, skill, message) => {
  const r = scaffold('module', title, skill, skills, '2026-11-23');
  expect('errors' in r && r.errors.join('\n')).toContain(message);
});

it.each([
  ['De-escalating billing disputes', 'de-escalating-billing-disputes'],
  ['Refunds over £50 & credits', 'refunds-over-50-and-credits'],
  ['Café: naïve résumé', 'cafe-naive-resume'],
])('slugify(%j) is %s', (title, slug) => expect(slugify(title)).toBe(slug));

it('takes the first skill, with a comment to change it, when none is given', () => {
  const r = scaffold('module', 'Anything', undefined, skills, '2026-11-23') as { text: string };
  expect(r.text).toContain('  - skill: empathy # the first skill in skills.yaml');
});

it('npm run new writes a draft from a title, and the check passes on it', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'gapwise-new-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  cpSync('test/fixtures/content-good', root, { recursive: true });
  const env = { ...process.env, GAPWISE_CONTENT: root };
  const made = spawnSync(process.execPath, ['scripts/new-content.ts', 'module', 'De-escalating billing disputes'], { env, encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  expect(existsSync(path.join(root, 'modules', 'de-escalating-billing-disputes.mdx'))).toBe(true);
  const check = spawnSync(process.execPath, ['scripts/check-content.ts', '--root', root, '--today', '2026-11-24'], { encoding: 'utf8' });
  expect(check.stdout).toMatch(/; 0 errors/);
  expect(check.status).toBe(0);
});

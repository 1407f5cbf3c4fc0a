import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { scaffold } from '../../src/lib/scaffold.ts';

const skills = ['empathy', 'de-escalation'];
const yaml = {
  skills: { file: 'skills.yaml', text: 'levels: {1: a, 2: b, 3: c, 4: d, 5: e}\nskills:\n' + skills.map((id) => `  - {id: ${id}, name: ${id}, category: soft, description: d, levels: {1: a, 2: b, 3: c, 4: d, 5: e}}`).join('\n') },
  roles: { file: 'roles.yaml', text: 'roles:\n  - {id: agent, name: Agent, targets: [{skill: empathy, level: 3}]}' },
  teams: { file: 'teams.yaml', text: 'teams:\n  - {id: t, name: T, role: agent}' },
};

describe.each(['module', 'kb'] as const)('scaffold(%s)', (kind) => {
  it('writes a file that passes the content check', () => {
    const r = scaffold(kind, 'handling-refund-calls', 'empathy', skills, '2026-11-23');
    expect('text' in r).toBe(true);
    const text = (r as { text: string }).text;
    const file = `${kind === 'module' ? 'modules' : 'kb'}/handling-refund-calls.mdx`;
    const { problems } = checkContent({ ...yaml, modules: kind === 'module' ? [{ file, text }] : [], kb: kind === 'kb' ? [{ file, text }] : [] }, '2026-11-23');
    expect(problems).toEqual([]);
    expect(text).toContain('reviewBy: 2027-05-22');
  });
});

it.each([
  ['Bad Slug', 'empathy', 'slug "Bad Slug": use lower-case kebab-case'],
  ['ok-slug', 'empathie', 'did you mean "empathy"?'],
])('rejects slug %s / skill %s', (slug, skill, message) => {
  const r = scaffold('module', slug, skill, skills, '2026-11-23');
  expect('errors' in r && r.errors.join('\n')).toContain(message);
});

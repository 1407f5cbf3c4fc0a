// npm run check finds what the build would reject, in the body as well as the frontmatter.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type RawContent } from '../../src/lib/content-check.ts';
import { checkBodies } from '../../src/lib/mdx-check.ts';
import { formatProblem, sortProblems } from '../../src/lib/problems.ts';

const TODAY = '2026-11-24';
function rawFrom(root: string): RawContent {
  const read = (f: string) => ({ file: path.join(root, f), text: readFileSync(path.join(root, f), 'utf8') });
  const dir = (d: string) => readdirSync(path.join(root, d)).sort().map((n) => read(path.join(d, n)));
  return { skills: read('skills.yaml'), roles: read('roles.yaml'), teams: read('teams.yaml'), modules: dir('modules'), kb: dir('kb') };
}

describe('the check on a fixture of body and frontmatter mistakes', () => {
  const root = 'test/fixtures/body-broken';
  const lines = sortProblems(checkContent(rawFrom(root), TODAY).problems).map(formatProblem);

  it('reports every mistake in one run, each located at file:line', () => {
    const errors = lines.filter((l) => l.startsWith('error '));
    expect(errors.length).toBeGreaterThanOrEqual(10);
    expect(new Set(errors.map((l) => l.split(':')[0])).size).toBeGreaterThanOrEqual(5);
    for (const l of errors) expect(l).toMatch(/^error test\/fixtures\/body-broken\/\S+\.mdx:\d+ .*\. Fix: .+\(README#[\w-]+\)$/);
  });

  it('words each mistake as locked in the snapshot', () => expect(lines).toMatchSnapshot());

  it('exits 1, prints annotations for GitHub and data for tools', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/check-content.ts', '--root', root, '--today', TODAY, ...args], { encoding: 'utf8' });
    const text = run();
    expect(text.status).toBe(1);
    expect(text.stdout).not.toMatch(/\n\s+at /); // no stack trace
    const gh = run('--format', 'github');
    expect(gh.stdout).toContain('::error file=test/fixtures/body-broken/modules/unclosed-callout.mdx,line=16,title=mdx-syntax::');
    const json = JSON.parse(run('--format', 'json').stdout) as { problems: Array<{ kind: string; line?: number }>; errors: number };
    expect(json.errors).toBe(lines.filter((l) => l.startsWith('error ')).length);
    expect(json.problems.map((p) => p.kind)).toContain('unknown-component');
  });

  it('makes a past reviewBy an error with --strict', () => {
    const r = spawnSync(process.execPath, ['scripts/check-content.ts', '--strict', '--today', '2099-01-01'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^error content\/\S+:\d+ reviewBy: /m);
  });
});

describe('README examples', () => {
  const readme = readFileSync('README.md', 'utf8');
  const blocks = [...readme.matchAll(/```mdx\n([\s\S]*?)```/g)].map((m) => m[1]!);
  it('has MDX examples to check', () => expect(blocks.length).toBeGreaterThanOrEqual(2));
  it.each(blocks.map((b, i) => [i, b] as const))('example %i compiles and passes the components\' rules', (_, body) => {
    const problems = checkBodies([{ file: 'README.md', bodyLine: 1, body, page: '/courses/example/' }], new Set(['/courses/example/']));
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('the build on broken content', () => {
  it('prints each located line once, with no stack trace, and builds nothing', () => {
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'test-results/broken-build'], {
      env: { ...process.env, GAPWISE_CONTENT: 'test/fixtures/body-broken', GAPWISE_CACHE_DIR: 'test-results/broken-build-cache' },
      encoding: 'utf8',
    });
    const out = r.stdout + r.stderr;
    expect(r.status).toBe(1);
    const line = 'test/fixtures/body-broken/modules/unclosed-callout.mdx:16 MDX cannot be compiled: Expected a closing tag for `<Callout>`.';
    expect(out.split(line).length - 1).toBe(1);
    expect(out).not.toMatch(/Stack trace|\n\s+at .+:\d+:\d+/);
    expect(out).not.toContain('dist/.prerender');
  });
});

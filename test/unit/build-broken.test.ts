// The whole `npm run build` must stop at the content check on broken content,
// and its output must say where and how to fix each problem.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

it('a build of broken content exits non-zero and names files, fields and fixes', () => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', 'build', '--silent'], {
    env: { ...process.env, GAPWISE_CONTENT: path.join('test', 'fixtures', 'broken-content'), GAPWISE_OUT: path.join('test-results', 'broken-join') },
    encoding: 'utf8',
  });
  const out = r.stdout + r.stderr;
  expect(r.status).not.toBe(0);
  expect(out).toContain('test/fixtures/broken-content/modules/empathy-basics.mdx:5 skills[0].skill: unknown skill id "empathie". Fix: did you mean "empathy"?');
  expect(out).toContain('test/fixtures/broken-content/modules/de-escalation-essentials.mdx:10 prerequisites[0]: prerequisite "empathy-basic" is not a module. Fix: did you mean "empathy-basics"?');
  expect(out).toContain('broken-duration.mdx:8 duration: invalid value "twenty"');
  expect(out).toMatch(/check-content: .*broken-content: content not usable; \d+ errors/);
  // The join and Astro never ran.
  expect(out).not.toContain('build-paths:');
  expect(out).not.toContain('[build]');
});

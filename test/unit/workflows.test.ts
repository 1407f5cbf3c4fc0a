// The workflows cannot run here; they must at least parse and hold the jobs the README promises.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Workflow = { on: unknown; jobs: Record<string, { steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }> }> };
const load = (f: string) => parse(readFileSync(`.github/workflows/${f}`, 'utf8')) as Workflow;

describe('workflows', () => {
  it('CI installs from the lock file, checks with annotations, tests and builds', () => {
    const ci = load('ci.yml');
    expect(Object.keys(ci.jobs)).toEqual(['check', 'test', 'build']);
    const runs = Object.values(ci.jobs).flatMap((j) => j.steps.map((s) => s.run).filter(Boolean));
    expect(runs).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm run check -- --format github', 'npm test', 'npm run build']));
    expect(runs).not.toContain('npm install');
  });
  it('Pages builds main and deploys it', () => {
    const pages = load('pages.yml');
    expect(Object.keys(pages.jobs)).toEqual(['build', 'deploy']);
    expect(pages.jobs.deploy!.steps.map((s) => s.uses)).toEqual([expect.stringMatching(/^actions\/deploy-pages@v\d+\.\d+\.\d+$/)]);
  });
  it('pins every action to an exact version and caches the npm install', () => {
    for (const f of ['ci.yml', 'pages.yml']) {
      for (const job of Object.values(load(f).jobs))
        for (const step of job.steps) {
          if (step.uses) expect(step.uses, f).toMatch(/@v\d+\.\d+\.\d+$/);
          if (step.uses?.startsWith('actions/setup-node')) expect(step.with?.['cache']).toBe('npm');
        }
    }
  });
});

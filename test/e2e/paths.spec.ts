import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { builtJoin } from './join.ts';
import { fromRoot } from './root.ts';

type Front = { prerequisites?: string[]; skills: Array<{ skill: string; to: number }> };
const modules = new Map(
  readdirSync(fromRoot('content/modules')).filter((f) => f.endsWith('.mdx')).map((f) => {
    const fm = parse(readFileSync(fromRoot('content/modules', f), 'utf8').split('---')[1]!) as Front;
    return [f.replace('.mdx', ''), fm] as const;
  }),
);
const join = builtJoin();

for (const plan of join.plans) {
  test(`path for ${plan.team} shows the join's steps, prerequisites first or outgrown`, async ({ page }) => {
    await page.goto(`/paths/${plan.team}/`);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const order = await page.locator('[data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')!));
    expect(order).toEqual(plan.steps.map((s) => s.module));
    expect(order.length).toBeGreaterThan(0);
    const latest = join.reports.find((r) => r.team === plan.team)!.cycles.at(-1);
    const level = (skill: string) => latest?.skills.find((c) => c.skill === skill)?.meanLevel ?? null;
    for (const [i, id] of order.entries()) {
      for (const p of modules.get(id)!.prerequisites ?? []) {
        const at = order.indexOf(p);
        if (at !== -1) {
          expect(at, `${p} before ${id}`).toBeLessThan(i);
          continue;
        }
        // A missing prerequisite is allowed only when the team has outgrown every band of it.
        expect(plan.basis, `${p} is missing from a role path`).toBe('team');
        for (const band of modules.get(p)!.skills) {
          const l = level(band.skill);
          expect(l, `${p} is missing, but the team's ${band.skill} level is withheld`).not.toBeNull();
          expect(l!, `${p} is missing, but the team is at ${l} in ${band.skill}`).toBeGreaterThanOrEqual(band.to - 0.005);
        }
      }
    }
  });
}

test('a path step says how many agents are below target, never a zero gap', async ({ page }) => {
  const plan = join.plans.find((p) => p.basis === 'team' && p.steps.some((s) => !s.prerequisiteOnly && s.reason.n !== null))!;
  await page.goto(`/paths/${plan.team}/`);
  const whys = await page.locator('[data-step] .why').allTextContents();
  expect(whys).toHaveLength(plan.steps.length);
  for (const why of whys) expect(why).toMatch(/^Why: /);
  expect(whys.some((w) => /\d+ of \d+ agents are below target \d \(team level \d\.\d\)/.test(w))).toBe(true);
  for (const why of whys) expect(why).not.toMatch(/average gap 0\.0/);
});

test('a course the team has finished is shown as done with its measured change, outside the minutes', async ({ page }) => {
  const plan = join.plans.find((p) => p.steps.some((s) => s.status === 'done'));
  expect(plan, 'the sample data has a finished course').toBeDefined();
  const done = plan!.steps.find((s) => s.status === 'done')!;
  await page.goto(`/paths/${plan!.team}/`);
  const step = page.locator(`[data-step="${done.module}"]`);
  await expect(step).toHaveAttribute('data-status', 'done');
  await expect(step).toContainText(/finished this course; measured change [+−]\d\.\d levels/);
  const todo = plan!.steps.filter((s) => s.status === 'todo');
  await expect(page.locator('.lead')).toContainText(`${todo.length} courses to take · ${todo.reduce((t, s) => t + s.minutes, 0)} min`);
});

test('a partly covered skill says which part is covered and which is backlog', async ({ page }) => {
  const plan = join.plans.find((p) => p.uncovered.some((u) => u.coverage.covered.length > 0))!;
  const u = plan.uncovered.find((x) => x.coverage.covered.length > 0)!;
  await page.goto(`/paths/${plan.team}/`);
  const item = page.locator('[data-uncovered] li', { has: page.locator(`a[href="/skills/${u.skill}/"]`) });
  const c = u.coverage.covered[0]!;
  const m = u.coverage.missing[0]!;
  await expect(item).toContainText(`courses cover ${c.from}→${c.to}`);
  await expect(item).toContainText(`nothing takes learners from ${m.from} to ${m.to}`);
});

import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { fromRoot } from './root.ts';

const prereqs = new Map(
  readdirSync(fromRoot('content/modules')).map((f) => {
    const fm = parse(readFileSync(fromRoot('content/modules', f), 'utf8').split('---')[1]!) as { prerequisites?: string[] };
    return [f.replace('.mdx', ''), fm.prerequisites ?? []] as const;
  }),
);
const teams = (parse(readFileSync(fromRoot('content/teams.yaml'), 'utf8')) as { teams: Array<{ id: string }> }).teams.map((t) => t.id);

for (const team of teams) {
  test(`path for ${team} lists modules in prerequisite order, each once`, async ({ page }) => {
    await page.goto(`/paths/${team}/`);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const order = await page.locator('[data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')!));
    expect(new Set(order).size).toBe(order.length);
    for (const [i, id] of order.entries()) {
      for (const p of prereqs.get(id) ?? []) {
        const at = order.indexOf(p);
        if (at !== -1) expect(at, `${p} before ${id}`).toBeLessThan(i);
      }
    }
  });
}

test('a path step says why it is there', async ({ page }) => {
  await page.goto(`/paths/${teams[0]}/`);
  const whys = await page.locator('[data-step] .why').allTextContents();
  expect(whys.length).toBeGreaterThan(0);
  for (const why of whys) expect(why).toMatch(/^Why: /);
  expect(whys.some((w) => /average gap \d\.\d \(team level \d\.\d, target \d\)/.test(w))).toBe(true);
});

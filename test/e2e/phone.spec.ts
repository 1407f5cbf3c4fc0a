import { expect, test } from '@playwright/test';

const pages = ['/', '/courses/', '/courses/de-escalation-essentials/', '/courses/taking-over-from-the-bot/', '/kb/', '/kb/refund-and-credit-policy/', '/skills/', '/skills/empathy/', '/paths/', '/paths/escalations/', '/dashboards/', '/dashboards/escalations/', '/editors/', '/no-such-page/'];

for (const width of [390, 360]) {
  test(`at ${width} px no page scrolls sideways, and the header stays short`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    for (const url of pages) {
      await page.goto(url);
      const { sw, cw, header } = await page.evaluate(() => ({
        sw: document.documentElement.scrollWidth,
        cw: document.documentElement.clientWidth,
        header: document.querySelector('.site-header')!.getBoundingClientRect().height,
      }));
      expect(sw, `${url} scrolls sideways`).toBeLessThanOrEqual(cw);
      expect(header, `${url} header height`).toBeLessThanOrEqual(120);
    }
  });
}

test('at 390 px the search panel lies inside the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/kb/');
  await page.locator('#site-search').fill('refund');
  const results = page.locator('#site-results');
  await expect(results.locator('.results a').first()).toBeVisible();
  const box = (await results.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
});

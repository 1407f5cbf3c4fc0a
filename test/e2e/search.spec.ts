import { expect, test } from '@playwright/test';

test.describe('search', () => {
  test('finds a module by a term that appears only in its body', async ({ page }) => {
    await page.goto('/kb/');
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search courses, articles and skills' }).first();
    await expect(box).toBeFocused();
    await box.fill('reflective summarising ladder');
    const results = page.locator('#site-results .results a');
    await expect(results.first()).toContainText('Active listening in practice');
    await expect(page.locator('#site-results .r-type').first()).toHaveText('Course');
  });

  test('finds a KB article and shows its type and skills', async ({ page }) => {
    await page.goto('/');
    const box = page.locator('#hero-search');
    await box.fill('Hub 3 amber pulse');
    const first = page.locator('#hero-results .results a').first();
    await expect(first).toContainText(/Hub 3/);
    await expect(first.locator('.r-type')).toHaveText('Article');
    await expect(first.locator('.r-skill').first()).toBeVisible();
  });

  test('filters results by type', async ({ page }) => {
    await page.goto('/');
    await page.locator('#hero-search').fill('empathy');
    await expect(page.locator('#hero-results .results a').first()).toBeVisible();
    // A learner reaches for the filter first; its options are fetched then.
    const type = page.locator('#hero-results select[data-filter="type"]');
    await type.focus();
    await expect(type.locator('option', { hasText: 'Skill' })).toHaveCount(1);
    await type.selectOption('Skill');
    await expect
      .poll(async () => [...new Set(await page.locator('#hero-results .r-type').allTextContents())])
      .toEqual(['Skill']);
  });

  test('keeps dashboards and paths out of the index', async ({ page }) => {
    // "team" is on every team path and dashboard page, so they would show if they were indexed.
    await page.goto('/search/?q=team');
    const links = page.locator('[data-page-results] a');
    await expect(links.first()).toBeVisible();
    for (let n = await links.count(); await page.locator('[data-page-more]').isVisible(); n = await links.count()) {
      await page.locator('[data-page-more]').click();
      await expect.poll(() => links.count()).toBeGreaterThan(n);
    }
    const urls = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => /\/(paths|dashboards|editors)\//.test(u ?? ''))).toEqual([]);
  });

  test.describe('forgives typos', () => {
    for (const [typo, page_, title] of [
      ['refnd', '/kb/refund-and-credit-policy/', 'Refund and credit policy'],
      ['vulnrable', '/kb/vulnerable-customers/', 'Vulnerable customers'],
    ] as const) {
      test(`"${typo}" reaches ${title}`, async ({ page }) => {
        const fetched: string[] = [];
        page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
        await page.goto('/');
        await page.locator('#hero-search').fill(typo);
        const hrefs = page.locator('#hero-results .results a');
        await expect.poll(async () => hrefs.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(page_);
        await expect(page.locator('#hero-results .status')).toContainText('for “');
        // Only the vocabulary of the lengths one edit away.
        const n = typo.length;
        expect(fetched.filter((u) => u.startsWith('/search-words/')).sort()).toEqual([n - 1, n, n + 1].filter((l) => l >= 5).map((l) => `/search-words/${l}.json`).sort());
      });
    }
  });

  test('a query that finds plenty fetches no vocabulary, no search worker, and no broad-word planner on a site without broad words', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto('/kb/');
    await page.locator('#site-search').fill('customers');
    await expect(page.locator('#site-results .results a')).toHaveCount(5);
    await page.waitForTimeout(300);
    expect(fetched.filter((u) => u.includes('/pagefind/')).length).toBeGreaterThan(2);
    expect(fetched.filter((u) => u.startsWith('/search-words/') || u.includes('pagefind-worker') || u.includes('broad-words'))).toEqual([]);
    expect(fetched).toContain('/search-broad/en.json');
  });

  test('Enter opens the full results page, a link that works on its own', async ({ page }) => {
    await page.goto('/kb/');
    const box = page.locator('#site-search');
    await box.fill('refund');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=refund$/);
    await expect(page.locator('[data-page-q]')).toHaveValue('refund');
    await expect(page.locator('[data-page-results] a').first()).toBeVisible();
    await expect(page.locator('[data-page-status]')).toHaveText(/^\d+ results?$/);
  });

  test('counts with correct plurals', async ({ page }) => {
    await page.goto('/search/?q="goodwill credit limits"');
    const status = page.locator('[data-page-status]');
    await expect(status).toHaveText(/^\d+ results?/);
    const n = Number((await status.textContent())!.split(' ')[0]);
    expect(await status.textContent()).toMatch(n === 1 ? /^1 result(?!s)/ : /results/);
  });

  test('a quoted phrase ranks the page that contains it exactly first', async ({ page }) => {
    await page.goto('/search/?q="' + encodeURIComponent('examples you might hear') + '"');
    await expect(page.locator('[data-page-results] a').first()).toBeVisible();
    const first = page.locator('[data-page-results] a').first();
    const href = await first.getAttribute('href');
    await page.goto(href!);
    await expect(page.locator('main')).toContainText(/examples you might hear/i);
  });
});

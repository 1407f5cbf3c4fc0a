import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('switching language on a module keeps you on the same module, both ways', async ({ page }) => {
  await page.goto('/courses/de-escalation-essentials/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('[data-lang-switch="zh-Hant"]').click();
  await expect(page).toHaveURL(/\/zh-hant\/courses\/de-escalation-essentials\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('降溫技巧入門');
  await page.locator('[data-lang-switch="en"]').click();
  await expect(page).toHaveURL(/\/courses\/de-escalation-essentials\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('De-escalation essentials');
});

test('pages name their alternates, and links stay in the page’s language', async ({ page }) => {
  await page.goto('/zh-hant/kb/escalation-matrix/');
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/kb\/escalation-matrix\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang="zh-Hant"]')).toHaveAttribute('href', /\/zh-hant\/kb\/escalation-matrix\/$/);
  // A link written as /kb/vulnerable-customers/ in the translation stays on the Chinese side.
  await expect(page.locator('.prose a', { hasText: '弱勢客戶' })).toHaveAttribute('href', '/zh-hant/kb/vulnerable-customers/');
  await expect(page.getByRole('navigation', { name: '主選單' }).getByRole('link', { name: '課程' })).toHaveAttribute('href', '/zh-hant/courses/');
});

test('a translation inherits its source’s metadata', async ({ page }) => {
  await page.goto('/zh-hant/courses/de-escalation-essentials/');
  // Skills, duration and prerequisites come from the English frontmatter, in Chinese words.
  await expect(page.locator('.facts')).toContainText('降溫技巧 · 等級 1 → 3');
  await expect(page.locator('.facts')).toContainText('30 分鐘');
  await expect(page.locator('.facts a', { hasText: '同理心基礎' })).toHaveAttribute('href', '/zh-hant/courses/empathy-foundations/');
  // The role-play and the knowledge check are the translated ones.
  await expect(page.locator('[data-sc]').first()).toContainText('這個月第三次斷線');
  await expect(page.locator('[data-kc]').first()).toContainText('來電客戶正為帳單大聲抱怨');
});

test('a page with no translation shows the English content under a clear notice, with a link to the original', async ({ page }) => {
  await page.goto('/zh-hant/courses/coaching-conversations/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  const notice = page.locator('[data-fallback]');
  await expect(notice).toContainText('本頁尚未翻譯');
  await expect(notice.getByRole('link')).toHaveAttribute('href', '/courses/coaching-conversations/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coaching conversations');
  await expect(page.locator('article')).toHaveAttribute('lang', 'en');
  // A translated page has no notice.
  await page.goto('/zh-hant/courses/empathy-foundations/');
  await expect(page.locator('[data-fallback]')).toHaveCount(0);
});

for (const [query, title] of [
  ['同理', '同理心基礎'],
  ['降溫', '降溫技巧入門'],
  // Queries that cross a word boundary: Pagefind segments at index time and at query time with different tools.
  ['同理心', '同理心基礎'],
  ['首次解決', '首次解決工具包'],
  ['積極傾聽', '積極傾聽實務'],
  ['退款', '退款與補償政策'],
] as const) {
  test(`a Chinese query (${query}) finds the zh-Hant page`, async ({ page }) => {
    await page.goto('/zh-hant/');
    await page.locator('#hero-search').fill(query);
    const results = page.locator('#hero-results .results a');
    await expect(results.first()).toBeVisible();
    const titles = await results.locator('.r-title').allTextContents();
    expect(titles).toContain(title);
    // Every result on the Chinese side is a Chinese page.
    for (const href of await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/zh-hant\//);
    await expect(page.locator('#hero-results .r-type').first()).toHaveText(/課程|文章|技能/);
    // The typo help never rewrites a Chinese query.
    await expect(page.locator('#hero-status')).not.toContainText('您是不是要找');
    await expect(page.locator('#hero-status')).not.toContainText('關於');
  });
}

test('the Taipei desk’s path and dashboard speak its language (teams.yaml locale zh-TW)', async ({ page }) => {
  await page.goto('/paths/taipei-support/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('[data-path] h3 a').first()).toHaveAttribute('href', /^\/zh-hant\/courses\//);
  await expect(page.locator('[data-path]')).toContainText('同理心基礎');
  await page.goto('/dashboards/taipei-support/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('目前程度與目標');
  // An English team stays English.
  await page.goto('/paths/chat-support/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, url] of [
    ['zh-Hant home', '/zh-hant/'],
    ['zh-Hant module', '/zh-hant/courses/de-escalation-essentials/'],
    ['zh-Hant fallback module', '/zh-hant/courses/coaching-conversations/'],
    ['zh-Hant dashboard', '/dashboards/taipei-support/'],
  ] as const) {
    test(`axe: ${name} (${scheme}) has no violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('the Chinese catalog filters in Chinese: the browser reads the zh-Hant catalog data', async ({ page }) => {
  await page.goto('/zh-hant/courses/?format=role-play');
  const cards = page.locator('.grid a, .grid h2, .grid h3').filter({ hasText: '降溫技巧入門' });
  await expect(cards.first()).toBeVisible();
  await expect(page.locator('main')).toContainText('角色扮演');
});

test('a filter chosen on the Chinese catalog keeps the Chinese address, so a reload stays in Chinese', async ({ page }) => {
  await page.goto('/zh-hant/courses/');
  await page.locator('#f-format').selectOption('role-play');
  await expect(page).toHaveURL(/\/zh-hant\/courses\/\?format=role-play$/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('#f-format')).toHaveValue('role-play');
});

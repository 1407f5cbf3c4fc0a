import { describe, expect, it } from 'vitest';
import { formatDay, localeOfPath, localeOfTag, localizeHtml, localizePath, unlocalizedPath } from '../../src/i18n/locales.ts';
import { formatProblem, type Problem } from '../../src/lib/problems.ts';
import { checkTranslations, checkUiStrings, type TranslationContext } from '../../src/lib/translation-check.ts';
import { mergeTranslation, skillDifference } from '../../src/lib/translation.ts';

describe('mergeTranslation', () => {
  const source = { title: 'De-escalation essentials', summary: 'Calm an angry caller.', skills: [{ skill: 'de-escalation', from: 1, to: 3 }], duration: 30, prerequisites: ['empathy-foundations'], draft: false };

  it('inherits every field the translation does not set', () => {
    const merged = mergeTranslation(source, { title: '降溫技巧入門', summary: '讓憤怒的客戶冷靜下來。' });
    expect(merged).toEqual({ ...source, title: '降溫技巧入門', summary: '讓憤怒的客戶冷靜下來。' });
  });

  it('lets a translation override a field, and ignores fields it leaves undefined', () => {
    const merged = mergeTranslation(source, { title: 'T', summary: 'S', duration: 40, prerequisites: undefined });
    expect(merged.duration).toBe(40);
    expect(merged.prerequisites).toEqual(['empathy-foundations']);
  });
});

describe('skillDifference', () => {
  it('is empty when the translation inherits or repeats the skills', () => {
    expect(skillDifference([{ skill: 'empathy' }], undefined)).toEqual({ added: [], dropped: [] });
    expect(skillDifference(['empathy', 'active-listening'], ['active-listening', 'empathy'])).toEqual({ added: [], dropped: [] });
  });
  it('names what a translation adds and drops', () => {
    expect(skillDifference([{ skill: 'empathy' }], [{ skill: 'de-escalation' }])).toEqual({ added: ['de-escalation'], dropped: ['empathy'] });
  });
});

describe('locales', () => {
  it.each([
    ['/', 'en', '/'],
    ['/courses/x/', 'en', '/courses/x/'],
    ['/zh-hant/', 'zh-hant', '/'],
    ['/zh-hant/kb/refunds/', 'zh-hant', '/kb/refunds/'],
    ['/zh-hantx/', 'en', '/zh-hantx/'],
  ] as const)('%s is %s, path %s', (path, locale, bare) => {
    expect(localeOfPath(path)).toBe(locale);
    expect(unlocalizedPath(path)).toBe(bare);
  });

  it('prefixes only the sections that exist in every language', () => {
    expect(localizePath('/courses/x/', 'zh-hant')).toBe('/zh-hant/courses/x/');
    expect(localizePath('/', 'zh-hant')).toBe('/zh-hant/');
    expect(localizePath('/paths/voice-support/', 'zh-hant')).toBe('/paths/voice-support/');
    expect(localizePath('/dashboards/', 'zh-hant')).toBe('/dashboards/');
    expect(localizePath('/courses/x/', 'en')).toBe('/courses/x/');
  });

  it.each([
    ['zh-TW', 'zh-hant'],
    ['zh-Hant', 'zh-hant'],
    ['zh-HK', 'zh-hant'],
    ['zh-CN', 'en'],
    ['en-GB', 'en'],
    [undefined, 'en'],
  ] as const)('team locale %s reads as %s', (tag, locale) => expect(localeOfTag(tag)).toBe(locale));

  it('writes a day as each locale’s readers do', () => {
    expect(formatDay('2026-11-24', 'en')).toBe('24 Nov 2026');
    expect(formatDay('2026-11-24', 'zh-hant')).toBe('2026年11月24日');
    expect(formatDay('not a day', 'en')).toBe('not a day');
  });

  it('keeps links in the page’s language, except those that name their language', () => {
    const html = '<a href="/kb/x/#a">x</a><a href="/paths/t/">p</a><a href="/courses/y/" hreflang="en">orig</a><form action="/search/" method="get"></form><a href="https://example.test/kb/">e</a><a class="c" href="/">home</a>';
    expect(localizeHtml(html, 'zh-hant')).toBe(
      '<a href="/zh-hant/kb/x/#a">x</a><a href="/paths/t/">p</a><a href="/courses/y/" hreflang="en">orig</a><form action="/zh-hant/search/" method="get"></form><a href="https://example.test/kb/">e</a><a class="c" href="/zh-hant/">home</a>',
    );
    expect(localizeHtml(html, 'en')).toBe(html);
  });
});

describe('the check on translations', () => {
  const ctx: TranslationContext = {
    modules: new Map([['de-escalation-essentials', { file: 'content/modules/de-escalation-essentials.mdx', skills: [{ skill: 'de-escalation' }] }]]),
    kb: new Map([['refunds', { file: 'content/kb/refunds.mdx', skills: ['empathy'] }]]),
    skillIds: ['de-escalation', 'empathy'],
    commitTimes: new Map([
      ['content/modules/de-escalation-essentials.mdx', '2026-11-20T10:00:00+00:00'],
      ['content/modules/zh-hant/de-escalation-essentials.mdx', '2026-11-01T10:00:00+00:00'],
    ]),
  };
  const file = (name: string, front: string, body = '## 內容\n') => ({ file: `content/modules/${name}`, text: `---\n${front}\n---\n\n${body}` });
  const run = (...files: Array<{ file: string; text: string }>) => {
    const problems: Problem[] = [];
    const bodies = checkTranslations(files, ctx, problems);
    return { bodies, lines: problems.map(formatProblem) };
  };

  it('passes a sound translation and hands its body to the body check under the locale’s page', () => {
    const { bodies, lines } = run(file('zh-hant/de-escalation-essentials.mdx', 'title: "降溫"\nsummary: "摘要"'));
    expect(lines.filter((l) => l.startsWith('error'))).toEqual([]);
    expect(bodies.map((b) => b.page)).toEqual(['/zh-hant/courses/de-escalation-essentials/']);
  });

  it('reports every kind of translation mistake with file, line and fix', () => {
    const { lines } = run(
      file('zh-hant/de-escalation-essentials.mdx', 'title: "降溫"\nsummary: "摘要"\nskills:\n  - { skill: empathy, from: 1, to: 2 }'),
      file('zh-hant/de-escalaton-essentials.mdx', 'title: "x"\nsummary: "y"'),
      file('zh-hans/de-escalation-essentials.mdx', 'title: "x"\nsummary: "y"'),
      file('zh-hant/x.mdx', 'title: "x"'),
      { file: 'content/kb/zh-hant/refunds.mdx', text: '---\ntitle: "退款"\nowner: 客服\ncolour: 紅\n---\n' },
    );
    expect(lines).toMatchSnapshot();
  });
});

describe('the check on interface strings', () => {
  const en = { file: 'src/i18n/en.json', text: '{\n  "a.one": "One",\n  "a.two": "Two",\n  "a.three": "Three"\n}\n' };
  it('reports a key missing in a locale at the line where it belongs, and a key English lacks', () => {
    const zh = { file: 'src/i18n/zh-hant.json', text: '{\n  "a.one": "一",\n  "a.three": "三",\n  "a.thre": "三"\n}\n' };
    const problems: Problem[] = [];
    checkUiStrings(en, [zh], problems);
    expect(problems.map(formatProblem)).toEqual([
      'error src/i18n/zh-hant.json:3 a.two: is missing (English "Two" at src/i18n/en.json:3). Fix: add the key with its translation here (README#translations)',
      'warning src/i18n/zh-hant.json:4 a.thre: is not an interface string English has. Fix: did you mean "a.three"? (README#translations)',
    ]);
  });
  it('is quiet when every key is there', () => {
    const problems: Problem[] = [];
    checkUiStrings(en, [{ file: 'zh.json', text: '{"a.one":"一","a.two":"二","a.three":"三"}' }], problems);
    expect(problems).toEqual([]);
  });
});

// Page data, computed once in TypeScript; components only render it. Every
// function reads the content in one locale: translated titles where they exist,
// English otherwise, and links that stay in that locale.
import type { MarkdownHeading } from 'astro';
import { modulesByLevel } from './lib/catalog.ts';
import { contentIn, roles, type KbEntry, type Localized, type ModuleEntry } from './content.ts';
import en from './i18n/en.json';
import { translator, type StringKey } from './i18n/index.ts';
import { defaultLocale, localizePath, type Locale } from './i18n/locales.ts';

/** What a course card shows. */
export interface CourseCard {
  id: string;
  href: string;
  title: string;
  summary: string;
  minutes: number;
  formats: string[];
  /** The formats in the page's language. */
  formatLabels: string[];
  skills: Array<{ id: string; name: string; from: number; to: number }>;
  /** False on a page in another language whose course is not translated yet. */
  translated: boolean;
}

/** The build date (YYYY-MM-DD) freshness is judged against; GAPWISE_BUILD_DATE pins it. */
export const buildDate = (): string => process.env.GAPWISE_BUILD_DATE ?? new Date().toISOString().slice(0, 10);

/** Whether a page is past its review date, so agents should check it before quoting it. */
export const isStale = (reviewBy: string): boolean => reviewBy < buildDate();

/** A delivery format in words: `self-paced` → "Self-paced", "自學". */
export function formatLabel(format: string, t: (key: StringKey) => string): string {
  const key = `format.${format.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}` as StringKey;
  return key in en ? t(key) : format;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

const cache = new Map<Locale, ReturnType<typeof build>>();

/** The page-data functions for one locale (memoised). */
export function routeData(locale: Locale = defaultLocale) {
  let r = cache.get(locale);
  if (!r) cache.set(locale, (r = build(locale)));
  return r;
}

function build(locale: Locale) {
  const c = contentIn(locale);
  const t = translator(locale);
  const href = (path: string) => localizePath(path, locale);
  const modules = c.modules.map((m) => m.entry);
  const kb = c.kb.map((a) => a.entry);
  const translatedModules = new Set(c.modules.filter((m) => m.translated || locale === defaultLocale).map((m) => m.entry.id));
  const translatedKb = new Set(c.kb.filter((a) => a.translated || locale === defaultLocale).map((a) => a.entry.id));

  const courseCard = (m: ModuleEntry): CourseCard => ({
    id: m.id,
    href: href(`/courses/${m.id}/`),
    title: m.data.title,
    summary: m.data.summary,
    minutes: m.data.duration,
    formats: m.data.formats,
    formatLabels: m.data.formats.map((f) => formatLabel(f, t)),
    skills: m.data.skills.map((s) => ({ id: s.skill, name: c.skillNameOf(s.skill), from: s.from, to: s.to })),
    translated: translatedModules.has(m.id),
  });

  const articleCard = (a: KbEntry) => ({
    id: a.id,
    href: href(`/kb/${a.id}/`),
    title: a.data.title,
    summary: a.data.summary,
    kind: a.data.kind,
    updated: a.data.updated,
    skills: a.data.skills.map((id) => ({ id, name: c.skillNameOf(id) })),
    translated: translatedKb.has(a.id),
  });

  /** KB articles that share a skill with a course, by title. */
  const relatedArticles = (m: ModuleEntry) => {
    const taught = new Set(m.data.skills.map((s) => s.skill));
    return kb.filter((a) => a.data.skills.some((s) => taught.has(s))).map((a) => ({ href: href(`/kb/${a.id}/`), title: a.data.title }));
  };

  /** Courses that teach a skill of a KB article, in learning order. */
  const relatedCourses = (a: KbEntry) => {
    const skillsOf = new Set(a.data.skills);
    return modules.filter((m) => m.data.skills.some((s) => skillsOf.has(s.skill))).map((m) => ({ href: href(`/courses/${m.id}/`), title: m.data.title }));
  };

  /** Everything `/courses/[slug]/` shows besides the MDX body. */
  const coursePage = (m: ModuleEntry, headings: MarkdownHeading[]) => {
    const i = modules.findIndex((x) => x.id === m.id);
    const link = (x: ModuleEntry | undefined) => (x ? { href: href(`/courses/${x.id}/`), title: x.data.title } : null);
    return {
      card: courseCard(m),
      prerequisites: m.data.prerequisites.map((p) => link(modules.find((x) => x.id === p)) ?? { href: href(`/courses/${p}/`), title: p }),
      audience: m.data.audience.map((r) => roles.find((x) => x.id === r)?.name ?? r),
      owner: m.data.owner,
      lastReviewed: m.data.lastReviewed ?? null,
      reviewBy: m.data.reviewBy,
      stale: isStale(m.data.reviewBy),
      articles: relatedArticles(m),
      toc: headings.filter((h) => h.depth === 2 || h.depth === 3),
      prev: link(modules[i - 1]),
      next: link(modules[i + 1]),
      pagefindLevels: [...new Set(m.data.skills.flatMap((s) => range(s.from, s.to)))].sort().map((l) => t('search.level', { n: l })),
    };
  };

  /** Everything `/skills/[id]/` shows. */
  const skillPage = (id: string) => {
    const skill = c.skills.find((s) => s.id === id)!;
    return {
      skill,
      translated: c.translatedSkills.has(id),
      category: t(`category.${skill.category}` as 'category.soft'),
      groups: modulesByLevel(id, modules).map((g) => ({
        from: g.from,
        label: c.levelLabels[g.from] ?? String(g.from),
        items: g.items.map((x) => ({ ...courseCard(x.module), from: x.from, to: x.to })),
      })),
      articles: kb.filter((a) => a.data.skills.includes(id)).map(articleCard),
    };
  };

  /** Skills with counts, for the skill index and the home page. */
  const skillIndex = () =>
    c.skills.map((s) => ({
      id: s.id,
      href: href(`/skills/${s.id}/`),
      name: s.name,
      description: s.description,
      category: s.category,
      courses: modules.filter((m) => m.data.skills.some((x) => x.skill === s.id)).length,
      articles: kb.filter((a) => a.data.skills.includes(s.id)).length,
    }));

  /** One course or article in this locale, by id. */
  const moduleIn = (id: string): Localized<ModuleEntry> | undefined => c.modules.find((m) => m.entry.id === id);
  const articleIn = (id: string): Localized<KbEntry> | undefined => c.kb.find((a) => a.entry.id === id);

  return { locale, t, href, content: c, modules, kb, courseCard, articleCard, relatedArticles, relatedCourses, coursePage, skillPage, skillIndex, moduleIn, articleIn };
}

export type RouteData = ReturnType<typeof routeData>;

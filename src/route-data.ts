// Page data, computed once in TypeScript; components only render it.
import type { MarkdownHeading } from 'astro';
import { modulesByLevel } from './lib/catalog.ts';
import { kb, levelLabels, modules, roles, skillNameOf, skills, type KbEntry, type ModuleEntry } from './content.ts';
import { t } from './i18n/index.ts';

/** What a course card shows. */
export interface CourseCard {
  id: string;
  href: string;
  title: string;
  summary: string;
  minutes: number;
  formats: string[];
  skills: Array<{ id: string; name: string; from: number; to: number }>;
}

/** Card data for one module. */
export function courseCard(m: ModuleEntry): CourseCard {
  return {
    id: m.id,
    href: `/courses/${m.id}/`,
    title: m.data.title,
    summary: m.data.summary,
    minutes: m.data.duration,
    formats: m.data.formats,
    skills: m.data.skills.map((s) => ({ id: s.skill, name: skillNameOf(s.skill), from: s.from, to: s.to })),
  };
}

/** Card data for one KB article. */
export function articleCard(a: KbEntry) {
  return {
    id: a.id,
    href: `/kb/${a.id}/`,
    title: a.data.title,
    summary: a.data.summary,
    kind: a.data.kind,
    updated: a.data.updated,
    skills: a.data.skills.map((id) => ({ id, name: skillNameOf(id) })),
  };
}

/** The build date (YYYY-MM-DD) freshness is judged against; GAPWISE_BUILD_DATE pins it. */
export const buildDate = (): string => process.env.GAPWISE_BUILD_DATE ?? new Date().toISOString().slice(0, 10);

/** Whether a page is past its review date, so agents should check it before quoting it. */
export const isStale = (reviewBy: string): boolean => reviewBy < buildDate();

/** KB articles that share a skill with a course, by title. */
export function relatedArticles(m: ModuleEntry) {
  const taught = new Set(m.data.skills.map((s) => s.skill));
  return kb.filter((a) => a.data.skills.some((s) => taught.has(s))).map((a) => ({ href: `/kb/${a.id}/`, title: a.data.title }));
}

/** Courses that teach a skill of a KB article, in learning order. */
export function relatedCourses(a: KbEntry) {
  const skillsOf = new Set(a.data.skills);
  return modules.filter((m) => m.data.skills.some((s) => skillsOf.has(s.skill))).map((m) => ({ href: `/courses/${m.id}/`, title: m.data.title }));
}

/** Everything `/courses/[slug]/` shows besides the MDX body. */
export function coursePage(m: ModuleEntry, headings: MarkdownHeading[]) {
  const i = modules.findIndex((x) => x.id === m.id);
  const link = (x: ModuleEntry | undefined) => (x ? { href: `/courses/${x.id}/`, title: x.data.title } : null);
  return {
    card: courseCard(m),
    prerequisites: m.data.prerequisites.map((p) => link(modules.find((x) => x.id === p)) ?? { href: `/courses/${p}/`, title: p }),
    audience: m.data.audience.map((r) => roles.find((x) => x.id === r)?.name ?? r),
    owner: m.data.owner,
    lastReviewed: m.data.lastReviewed ?? null,
    reviewBy: m.data.reviewBy,
    stale: isStale(m.data.reviewBy),
    articles: relatedArticles(m),
    toc: headings.filter((h) => h.depth === 2 || h.depth === 3),
    prev: link(modules[i - 1]),
    next: link(modules[i + 1]),
    pagefindLevels: [...new Set(m.data.skills.flatMap((s) => range(s.from, s.to)))].sort().map((l) => `Level ${l}`),
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/** Everything `/skills/[id]/` shows. */
export function skillPage(id: string) {
  const skill = skills.find((s) => s.id === id)!;
  return {
    skill,
    category: t(`category.${skill.category}` as 'category.soft'),
    groups: modulesByLevel(id, modules).map((g) => ({
      from: g.from,
      label: levelLabels[g.from] ?? String(g.from),
      items: g.items.map((x) => ({ ...courseCard(x.module), from: x.from, to: x.to })),
    })),
    articles: kb.filter((a) => a.data.skills.includes(id)).map(articleCard),
  };
}

/** Skills with counts, for the skill index and the home page. */
export function skillIndex() {
  return skills.map((s) => ({
    id: s.id,
    name: s.name,
    description: s.description,
    category: s.category,
    courses: modules.filter((m) => m.data.skills.some((x) => x.skill === s.id)).length,
    articles: kb.filter((a) => a.data.skills.includes(s.id)).length,
  }));
}

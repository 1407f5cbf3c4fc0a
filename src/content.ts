// The collections are queried once here; pages and components use the derived lists.
import { getCollection, type CollectionEntry } from 'astro:content';
import { courseOrder } from './lib/catalog.ts';
import { defaultLocale, type Locale } from './i18n/locales.ts';
import { mergeTranslation } from './lib/translation.ts';

export type ModuleEntry = CollectionEntry<'modules'>;
export type KbEntry = CollectionEntry<'kb'>;
export type SkillEntry = CollectionEntry<'skills'>;

const [allModules, kbEntries, skillEntries, roleEntries, teamEntries, levelEntries, moduleTranslations, kbTranslations, skillTranslations] = await Promise.all([
  getCollection('modules'),
  getCollection('kb'),
  getCollection('skills'),
  getCollection('roles'),
  getCollection('teams'),
  getCollection('levels'),
  getCollection('moduleTranslations'),
  getCollection('kbTranslations'),
  getCollection('skillTranslations'),
]);

/** Drafts render in `npm run dev` (with a banner) so editors can preview them; a build never publishes them. */
const showDrafts = import.meta.env.DEV;
/** Published modules in learning order (prerequisites first); drafts too in dev. */
export const modules: ModuleEntry[] = courseOrder(allModules.filter((m) => !m.data.draft || showDrafts));
/** KB articles by title. */
export const kb: KbEntry[] = [...kbEntries].sort((a, b) => a.data.title.localeCompare(b.data.title));
/** Skills in taxonomy file order. */
export const skills = skillEntries.map((s) => s.data);
export const roles = roleEntries.map((r) => r.data);
export const teams = [...teamEntries.map((t) => t.data)].sort((a, b) => a.name.localeCompare(b.name));
/** Shared labels of levels 1–5. */
export const levelLabels: Record<number, string> = Object.fromEntries(
  levelEntries.map((l) => [Number(l.id), l.data.label]),
);

/** Name of a skill id. */
export function skillNameOf(id: string): string {
  return skills.find((s) => s.id === id)?.name ?? id;
}

/** A skill's rubric in a locale: level number, shared label and descriptor. Throws for an unknown id. */
export async function getSkillRubric(id: string, locale: Locale = defaultLocale) {
  const c = contentIn(locale);
  const skill = c.skills.find((s) => s.id === id);
  if (!skill) throw new Error(`<Rubric skill="${id}">: unknown skill id. Use one of: ${skills.map((s) => s.id).join(', ')}`);
  return {
    id: skill.id,
    name: skill.name,
    levels: ([1, 2, 3, 4, 5] as const).map((level) => ({
      level,
      label: c.levelLabels[level] ?? String(level),
      descriptor: skill.levels[level],
    })),
  };
}

// ---------------------------------------------------------------------------
// Content in a locale. A translated page merges its translation's frontmatter
// over the source's (so it inherits skills, band, duration and prerequisites)
// and renders the translation's body; an untranslated page keeps the English.

export type ModuleTranslationEntry = CollectionEntry<'moduleTranslations'>;
export type KbTranslationEntry = CollectionEntry<'kbTranslations'>;

/** One page in a locale: its data merged, the entry whose body renders, and whether it is translated. */
export interface Localized<E extends ModuleEntry | KbEntry> {
  entry: E;
  body: E | ModuleTranslationEntry | KbTranslationEntry;
  translated: boolean;
}

const byLocale = <E extends { id: string }>(list: readonly E[], locale: Locale) =>
  new Map(list.filter((e) => e.id.startsWith(`${locale}/`)).map((e) => [e.id.slice(locale.length + 1), e]));

function localize<E extends ModuleEntry | KbEntry>(entry: E, translation: { data: object } | undefined): Localized<E> {
  if (!translation) return { entry, body: entry, translated: false };
  return { entry: { ...entry, data: mergeTranslation(entry.data, translation.data) }, body: translation as Localized<E>['body'], translated: true };
}

/** Everything the pages read, in one locale; English is the content itself. */
export interface LocaleContent {
  locale: Locale;
  modules: Localized<ModuleEntry>[];
  kb: Localized<KbEntry>[];
  skills: typeof skills;
  levelLabels: Record<number, string>;
  skillNameOf: (id: string) => string;
  /** Skills whose name and rubric exist in this locale (all of them in English). */
  translatedSkills: ReadonlySet<string>;
}

const cache = new Map<Locale, LocaleContent>();

/** The content in a locale, memoised per build. */
export function contentIn(locale: Locale = defaultLocale): LocaleContent {
  const hit = cache.get(locale);
  if (hit) return hit;
  const mt = byLocale(moduleTranslations, locale);
  const kt = byLocale(kbTranslations, locale);
  const st = skillTranslations.find((e) => e.id === `${locale}/skills`)?.data;
  const names = new Map((st?.skills ?? []).map((s) => [s.id, s]));
  const localSkills = skills.map((s) => {
    const tr = names.get(s.id);
    return tr ? { ...s, name: tr.name, description: tr.description ?? s.description, levels: { ...s.levels, ...tr.levels } } : s;
  });
  const labels = { ...levelLabels, ...Object.fromEntries(Object.entries(st?.levels ?? {}).map(([k, v]) => [Number(k), v])) };
  const c: LocaleContent = {
    locale,
    modules: modules.map((m) => localize(m, mt.get(m.id))),
    kb: [...kb.map((a) => localize(a, kt.get(a.id)))].sort((a, b) => a.entry.data.title.localeCompare(b.entry.data.title, locale)),
    skills: localSkills,
    levelLabels: labels,
    skillNameOf: (id) => localSkills.find((s) => s.id === id)?.name ?? id,
    translatedSkills: new Set(locale === defaultLocale ? skills.map((s) => s.id) : names.keys()),
  };
  cache.set(locale, c);
  return c;
}

// The collections are queried once here; pages and components use the derived lists.
import { getCollection, type CollectionEntry } from 'astro:content';
import { courseOrder } from './lib/catalog.ts';

export type ModuleEntry = CollectionEntry<'modules'>;
export type KbEntry = CollectionEntry<'kb'>;
export type SkillEntry = CollectionEntry<'skills'>;

const [allModules, kbEntries, skillEntries, roleEntries, teamEntries, levelEntries] = await Promise.all([
  getCollection('modules'),
  getCollection('kb'),
  getCollection('skills'),
  getCollection('roles'),
  getCollection('teams'),
  getCollection('levels'),
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

/** A skill's rubric: level number, shared label and descriptor. Throws for an unknown id. */
export async function getSkillRubric(id: string) {
  const skill = skills.find((s) => s.id === id);
  if (!skill) throw new Error(`<Rubric skill="${id}">: unknown skill id. Use one of: ${skills.map((s) => s.id).join(', ')}`);
  return {
    id: skill.id,
    name: skill.name,
    levels: ([1, 2, 3, 4, 5] as const).map((level) => ({
      level,
      label: levelLabels[level] ?? String(level),
      descriptor: skill.levels[level],
    })),
  };
}

import type { ModuleData } from './schemas/module.ts';
import type { Skill } from './schemas/skills.ts';

/** Minimal module shape the catalog logic needs. */
export interface ModuleLike {
  id: string;
  data: Pick<ModuleData, 'title' | 'skills' | 'prerequisites' | 'duration' | 'formats'>;
}

/**
 * Order modules so every prerequisite comes first; ties break by title then id,
 * so the order is stable across builds. Unknown prerequisites are ignored.
 */
export function courseOrder<M extends ModuleLike>(modules: readonly M[]): M[] {
  const byId = new Map(modules.map((m) => [m.id, m]));
  const cmp = (a: M, b: M) => a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id);
  const done = new Set<string>();
  const out: M[] = [];
  const visit = (m: M, trail: Set<string>) => {
    if (done.has(m.id) || trail.has(m.id)) return;
    trail.add(m.id);
    const prereqs = m.data.prerequisites.map((p) => byId.get(p)).filter((p): p is M => !!p).sort(cmp);
    for (const p of prereqs) visit(p, trail);
    done.add(m.id);
    out.push(m);
  };
  for (const m of [...modules].sort(cmp)) visit(m, new Set());
  return out;
}

/** What the catalog filters read from a course card (the card shape pages and catalog.json share). */
export interface FilterableCard {
  id: string;
  title: string;
  minutes: number;
  formats: readonly string[];
  skills: ReadonlyArray<{ id: string; from: number; to: number }>;
}

/** A course card in the shape `matchesFilter` reads. */
export const cardAsModule = (c: FilterableCard): ModuleLike => ({
  id: c.id,
  data: { title: c.title, duration: c.minutes, formats: c.formats as ModuleData['formats'], prerequisites: [], skills: c.skills.map((s) => ({ skill: s.id, from: s.from, to: s.to })) },
});

/** Courses per catalog page: at 8,000 courses every page stays far under 150 KB of gzip HTML. */
export const CATALOG_PAGE = 48;

/** The number of catalog pages for `n` courses (at least one). */
export const pageCount = (n: number): number => Math.max(1, Math.ceil(n / CATALOG_PAGE));

/** The URL of catalog page `p` (1-based). */
export const pageHref = (p: number): string => (p <= 1 ? '/courses/' : `/courses/page/${p}/`);

/** Duration buckets offered by the catalog filter (minutes, inclusive upper bounds). */
export const durationBuckets = [15, 30, 45] as const;

/** The filter state of the catalog, as kept in the URL. */
export interface CatalogFilter {
  skill?: string;
  level?: number;
  format?: string;
  /** "15" | "30" | "45" means up to N minutes; "46" means over 45. */
  duration?: number;
}

/**
 * Does a module match the filter? A level matches when the module teaches a
 * learner at that level (its band starts at or below it and ends above it),
 * on the chosen skill if one is chosen.
 */
export function matchesFilter(m: ModuleLike, f: CatalogFilter): boolean {
  const bands = f.skill ? m.data.skills.filter((s) => s.skill === f.skill) : m.data.skills;
  if (bands.length === 0) return false;
  if (f.level !== undefined && !bands.some((s) => s.from <= f.level! && s.to > f.level!)) return false;
  if (f.format && !m.data.formats.includes(f.format as ModuleData['formats'][number])) return false;
  if (f.duration !== undefined) {
    const over = f.duration > durationBuckets[durationBuckets.length - 1]!;
    if (over ? m.data.duration <= f.duration - 1 : m.data.duration > f.duration) return false;
  }
  return true;
}

/** Group a skill's modules by the level they start from, for `/skills/[id]/`. */
export function modulesByLevel<M extends ModuleLike>(skill: string, modules: readonly M[]) {
  const groups = new Map<number, Array<{ module: M; from: number; to: number }>>();
  for (const m of courseOrder(modules)) {
    for (const s of m.data.skills) {
      if (s.skill !== skill) continue;
      const list = groups.get(s.from) ?? [];
      list.push({ module: m, from: s.from, to: s.to });
      groups.set(s.from, list);
    }
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([from, items]) => ({ from, items }));
}

/** Skill name lookup with the id as fallback. */
export function skillName(skills: readonly Skill[], id: string): string {
  return skills.find((s) => s.id === id)?.name ?? id;
}

/** The choices each catalog filter offers (besides "any"), in form order. */
export interface FilterChoices {
  skill: readonly string[];
  level: readonly number[];
  format: readonly string[];
  duration: readonly number[];
}

/** Duration choices: each bucket's upper bound, then "over the last bucket". */
export const durationChoices: readonly number[] = [...durationBuckets, durationBuckets[durationBuckets.length - 1]! + 1];

/**
 * The tokens a course needs to pass filter `f`: one per chosen field, and a
 * skill-and-level token when both are chosen (a level is read on the chosen
 * skill's band only, so the two fields are not independent).
 */
export function requiredTokens(f: CatalogFilter): string[] {
  const out: string[] = [];
  if (f.skill) out.push(`skill:${f.skill}`);
  if (f.level !== undefined) out.push(f.skill ? `skill-level:${f.skill}@${f.level}` : `level:${f.level}`);
  if (f.format) out.push(`format:${f.format}`);
  if (f.duration !== undefined) out.push(`duration:${f.duration}`);
  return out;
}

/** Every filter a course passes, as tokens: passing `f` is holding all of `requiredTokens(f)`. */
export function filterTokens(m: ModuleLike, choices: FilterChoices): string[] {
  const filters: CatalogFilter[] = [
    ...choices.skill.map((skill) => ({ skill })),
    ...choices.level.map((level) => ({ level })),
    ...choices.skill.flatMap((skill) => choices.level.map((level) => ({ skill, level }))),
    ...choices.format.map((format) => ({ format })),
    ...choices.duration.map((duration) => ({ duration })),
  ];
  return filters.filter((f) => matchesFilter(m, f)).map((f) => requiredTokens(f).at(-1)!);
}

/**
 * Filtering without JavaScript: CSS that hides each card lacking a token of an
 * option chosen in the form (`:has(option:checked)`), while the form is not yet
 * enhanced by the script. Cards carry their tokens in `data-match`.
 */
export function noScriptFilterCss(choices: FilterChoices): string {
  const form = '[data-catalog-filters]:not([data-enhanced])';
  const chosen = (field: string, value: string | number) => `:has(#f-${field} option[value="${value}"]:checked)`;
  const hide = (has: string, token: string) => `${form}${has} ~ [data-catalog] > li:not([data-match~="${token}"])`;
  const rules = [
    ...choices.skill.map((s) => hide(chosen('skill', s), `skill:${s}`)),
    ...choices.level.map((l) => hide(chosen('level', l) + `:has(#f-skill option[value=""]:checked)`, `level:${l}`)),
    ...choices.skill.flatMap((s) => choices.level.map((l) => hide(chosen('skill', s) + chosen('level', l), `skill-level:${s}@${l}`))),
    ...choices.format.map((f) => hide(chosen('format', f), `format:${f}`)),
    ...choices.duration.map((d) => hide(chosen('duration', d), `duration:${d}`)),
  ];
  const active = `${form}:has(option:checked:not([value=""]))`;
  return [
    `${rules.join(',\n')} { display: none; }`,
    // The count line reads "Showing n of total" from the server; with a filter chosen, a CSS counter counts the cards left.
    `${active} ~ [data-catalog-count] { display: none; }`,
    `${active} ~ [data-catalog-css-count] { display: block; }`,
  ].join('\n');
}

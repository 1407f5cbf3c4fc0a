import type { z } from 'zod';
import type { ContentEntry, ContentModel } from './content-model.ts';
import { splitFrontmatter, type LocatedYaml } from './frontmatter.ts';
import type { Problem, ProblemKind } from './problems.ts';
import { kbSchema, type KbData } from './schemas/kb.ts';
import { moduleSchema, type ModuleData } from './schemas/module.ts';
import { rolesFileSchema } from './schemas/roles.ts';
import { skillsFileSchema } from './schemas/skills.ts';
import { teamsFileSchema } from './schemas/teams.ts';
import type { Settings } from './schemas/settings.ts';
import { checkBodies } from './mdx-check.ts';
import { checkSkillTranslations, checkTranslations, checkUiStrings } from './translation-check.ts';
import { isLocalizedPath, localeIds, localizePath } from '../i18n/locales.ts';
import { checkSettings } from './settings-check.ts';
import { closest } from './suggest.ts';
import { parseWith, type SourceFile } from './yaml-check.ts';
import { fieldPath } from './zod-problems.ts';

export type { SourceFile } from './yaml-check.ts';
export { fieldPath } from './zod-problems.ts';

/** Raw inputs of the content check, already read from disk. */
export interface RawContent {
  skills: SourceFile;
  roles: SourceFile;
  teams: SourceFile;
  modules: SourceFile[];
  kb: SourceFile[];
  /** content/settings.yaml; absent or empty means the defaults. */
  settings?: SourceFile;
  /** content/modules/<locale>/*.mdx and content/kb/<locale>/*.mdx. */
  translations?: SourceFile[];
  /** content/<locale>/skills.yaml. */
  skillTranslations?: SourceFile[];
  /** src/i18n/en.json and every other locale's strings. */
  uiStrings?: { english: SourceFile; others: SourceFile[] };
  /** Last commit time of each file, when the content is in git. */
  commitTimes?: ReadonlyMap<string, string>;
}

type Path = readonly PropertyKey[];

/** Slug of an MDX file: its base name without extension. */
export function slugOf(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.mdx?$/, '');
}

function parseEntries<T>(
  files: SourceFile[],
  schema: z.ZodType<T>,
  problems: Problem[],
): Array<{ entry: ContentEntry<T>; doc: LocatedYaml }> {
  const out: Array<{ entry: ContentEntry<T>; doc: LocatedYaml }> = [];
  for (const src of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    const parts = splitFrontmatter(src.text);
    if (!parts) {
      problems.push({ kind: 'no-frontmatter', severity: 'error', file: src.file, line: 1 });
      continue;
    }
    const parsed = parseWith(src, schema, problems, parts.yaml, parts.yamlLine);
    if (!parsed) continue;
    out.push({
      entry: { id: slugOf(src.file), file: src.file, data: parsed.data, body: parts.body, bodyLine: parts.bodyLine },
      doc: parsed.doc,
    });
  }
  return out;
}

/** Find prerequisite cycles; returns each cycle once as a list of module ids. */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of graph.get(id) ?? []) {
      if (!graph.has(next)) continue;
      const s = state.get(next);
      if (s === 'visiting') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!s) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [...graph.keys()].sort()) if (!state.has(id)) visit(id);
  return cycles;
}


/**
 * Validate everything an editor writes: schemas, then cross-references (skills,
 * roles, prerequisites, cycles, links), then freshness. Collects every problem.
 */
export function checkContent(raw: RawContent, today: string): { model: ContentModel | null; settings: Settings | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const skillsP = parseWith(raw.skills, skillsFileSchema, problems);
  const rolesP = parseWith(raw.roles, rolesFileSchema, problems);
  const teamsP = parseWith(raw.teams, teamsFileSchema, problems);
  const modules = parseEntries<ModuleData>(raw.modules, moduleSchema, problems);
  const kb = parseEntries<KbData>(raw.kb, kbSchema, problems);

  const skillIds = skillsP?.data.skills.map((s) => s.id) ?? [];
  const roleIds = rolesP?.data.roles.map((r) => r.id) ?? [];
  // Every module file counts as a target, even one whose own frontmatter has errors.
  const moduleIds = raw.modules.map((f) => slugOf(f.file));
  const ref = (
    kind: ProblemKind,
    valid: string[],
    file: string,
    doc: LocatedYaml,
    path: Path,
    value: string,
  ) => {
    if (valid.length === 0 || valid.includes(value)) return;
    problems.push({
      kind, severity: 'error', file, line: doc.lineOf(path), field: fieldPath(path), value,
      suggestion: closest(value, valid),
    });
  };
  const unique = (file: string, doc: LocatedYaml, list: string, ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id))
        problems.push({ kind: 'duplicate-id', severity: 'error', file, line: doc.lineOf([list, i, 'id']), field: `${list}[${i}].id`, value: id });
      seen.add(id);
    });
  };

  if (skillsP) unique(raw.skills.file, skillsP.doc, 'skills', skillIds);
  if (rolesP) {
    unique(raw.roles.file, rolesP.doc, 'roles', roleIds);
    rolesP.data.roles.forEach((r, i) =>
      r.targets.forEach((t, j) => ref('unknown-skill', skillIds, raw.roles.file, rolesP.doc, ['roles', i, 'targets', j, 'skill'], t.skill)),
    );
  }
  if (teamsP) {
    unique(raw.teams.file, teamsP.doc, 'teams', teamsP.data.teams.map((t) => t.id));
    teamsP.data.teams.forEach((t, i) => ref('unknown-role', roleIds, raw.teams.file, teamsP.doc, ['teams', i, 'role'], t.role));
  }
  for (const { entry, doc } of modules) {
    entry.data.skills.forEach((s, i) => ref('unknown-skill', skillIds, entry.file, doc, ['skills', i, 'skill'], s.skill));
    entry.data.prerequisites.forEach((p, i) => ref('unknown-prerequisite', moduleIds, entry.file, doc, ['prerequisites', i], p));
    entry.data.audience.forEach((a, i) => ref('unknown-role', roleIds, entry.file, doc, ['audience', i], a));
  }
  for (const { entry, doc } of kb) {
    entry.data.skills.forEach((s, i) => ref('unknown-skill', skillIds, entry.file, doc, ['skills', i], s));
  }

  const graph = new Map(modules.map((m) => [m.entry.id, m.entry.data.prerequisites] as const));
  for (const cycle of findCycles(graph)) {
    const m = modules.find((x) => x.entry.id === cycle[0])!;
    problems.push({
      kind: 'prerequisite-cycle', severity: 'error', file: m.entry.file,
      line: m.doc.lineOf(['prerequisites']), field: 'prerequisites', detail: cycle.join(' → '),
    });
  }

  const pages = new Set<string>(['/', '/courses/', '/kb/', '/skills/', '/paths/', '/search/']);
  for (const id of moduleIds) pages.add(`/courses/${id}/`);
  for (const m of kb) pages.add(`/kb/${m.entry.id}/`);
  for (const id of skillIds) pages.add(`/skills/${id}/`);
  // Every page that exists in every language exists under each locale's prefix too.
  for (const p of [...pages]) for (const l of localeIds) if (isLocalizedPath(p)) pages.add(localizePath(p, l));
  for (const t of teamsP?.data.teams ?? []) pages.add(`/paths/${t.id}/`);
  const translated = checkTranslations(raw.translations ?? [], {
    modules: new Map(modules.map(({ entry }) => [entry.id, { file: entry.file, skills: entry.data.skills }])),
    kb: new Map(kb.map(({ entry }) => [entry.id, { file: entry.file, skills: entry.data.skills }])),
    skillIds,
    commitTimes: raw.commitTimes ?? new Map(),
  }, problems);
  checkSkillTranslations(raw.skillTranslations ?? [], skillIds, problems);
  if (raw.uiStrings) checkUiStrings(raw.uiStrings.english, raw.uiStrings.others, problems);
  const bodies = [
    ...modules.map(({ entry }) => ({ file: entry.file, bodyLine: entry.bodyLine, body: entry.body, page: `/courses/${entry.id}/` })),
    ...kb.map(({ entry }) => ({ file: entry.file, bodyLine: entry.bodyLine, body: entry.body, page: `/kb/${entry.id}/` })),
    ...translated,
  ];
  problems.push(...checkBodies(bodies, pages));

  for (const { entry, doc } of [...modules, ...kb]) {
    if (entry.data.reviewBy < today)
      problems.push({
        kind: 'review-overdue', severity: 'warning', file: entry.file,
        line: doc.lineOf(['reviewBy']), field: 'reviewBy', value: entry.data.reviewBy,
      });
  }

  const settings = checkSettings(raw.settings ?? { file: 'content/settings.yaml', text: '' }, { skills: skillIds, modules: moduleIds }, problems);
  const ok = skillsP && rolesP && teamsP && !problems.some((p) => p.severity === 'error');
  const model: ContentModel | null = ok
    ? {
        levels: skillsP.data.levels,
        skills: skillsP.data.skills,
        roles: rolesP.data.roles,
        teams: teamsP.data.teams,
        modules: modules.map((m) => m.entry),
        kb: kb.map((m) => m.entry),
      }
    : null;
  return { model, settings, problems };
}

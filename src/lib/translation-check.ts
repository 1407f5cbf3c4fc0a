/**
 * The check's rules for translations: every translation names a known locale and
 * an existing source, keeps the source's skills, and is not older than its source;
 * every locale's interface strings have every key that English has. Problems go
 * through the same table and formatter as every other problem.
 */
import { locales, localeIds, type Locale } from '../i18n/locales.ts';
import { parseLocatedYaml } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import { kbTranslationSchema, moduleTranslationSchema, skillTranslationsFileSchema, type KbTranslation, type ModuleTranslation } from './schemas/translation.ts';
import { closest } from './suggest.ts';
import { skillDifference, translationTarget } from './translation.ts';
import { parseWith, type SourceFile } from './yaml-check.ts';
import { splitFrontmatter } from './frontmatter.ts';

/** What a translation is checked against. */
export interface TranslationContext {
  /** Source frontmatter by slug, with the source's file. */
  modules: ReadonlyMap<string, { file: string; skills: ReadonlyArray<{ skill: string }> }>;
  kb: ReadonlyMap<string, { file: string; skills: readonly string[] }>;
  skillIds: readonly string[];
  /** Last commit time (ISO) of each file, when the content is in git. */
  commitTimes: ReadonlyMap<string, string>;
}

/** A translation's body, for the body check. */
export interface TranslatedBody {
  file: string;
  bodyLine: number;
  body: string;
  page: string;
}

const known = localeIds.filter((l) => locales[l].prefix !== '');

/** Checks one translated module or article; returns its body for the body check when its frontmatter is sound. */
function checkOne(src: SourceFile, ctx: TranslationContext, problems: Problem[]): TranslatedBody | null {
  const target = translationTarget(src.file);
  if (!target) return null;
  const kind = src.file.includes('/modules/') ? 'modules' : 'kb';
  if (!(known as string[]).includes(target.locale)) {
    problems.push({ kind: 'unknown-locale', severity: 'error', file: src.file, line: 1, value: target.locale, suggestion: closest(target.locale, known) ?? '', detail: known.join(', ') });
    return null;
  }
  const sources = kind === 'modules' ? ctx.modules : ctx.kb;
  const source = sources.get(target.slug);
  if (!source) {
    problems.push({ kind: 'translation-orphan', severity: 'error', file: src.file, line: 1, value: target.slug, suggestion: closest(target.slug, [...sources.keys()]) ?? '' });
    return null;
  }
  const parts = splitFrontmatter(src.text);
  if (!parts) {
    problems.push({ kind: 'no-frontmatter', severity: 'error', file: src.file, line: 1 });
    return null;
  }
  const schema = kind === 'modules' ? moduleTranslationSchema : kbTranslationSchema;
  const parsed = parseWith(src, schema, problems, parts.yaml, parts.yamlLine);
  if (!parsed) return null;
  const data = parsed.data as ModuleTranslation | KbTranslation;
  const diff = skillDifference(source.skills as never, data.skills as never);
  if (diff.added.length > 0 || diff.dropped.length > 0)
    problems.push({ kind: 'translation-skills', severity: 'error', file: src.file, line: parsed.doc.lineOf(['skills']), field: 'skills', value: diff.added, detail: [...new Set([...skillIds(source.skills)])].join(', ') });
  const mine = ctx.commitTimes.get(src.file);
  const theirs = ctx.commitTimes.get(source.file);
  if (mine && theirs && mine < theirs)
    problems.push({ kind: 'translation-stale', severity: 'warning', file: src.file, line: 1, value: mine.slice(0, 10), detail: `${source.file} changed on ${theirs.slice(0, 10)}` });
  const page = `${locales[target.locale as Locale].prefix}/${kind === 'modules' ? 'courses' : 'kb'}/${target.slug}/`;
  return { file: src.file, bodyLine: parts.bodyLine, body: parts.body, page };
}

const skillIds = (list: ReadonlyArray<string | { skill: string }>) => list.map((s) => (typeof s === 'string' ? s : s.skill));

/** Checks every translated module and article; returns the bodies to check with the rest. */
export function checkTranslations(files: readonly SourceFile[], ctx: TranslationContext, problems: Problem[]): TranslatedBody[] {
  return [...files].sort((a, b) => a.file.localeCompare(b.file)).flatMap((src) => checkOne(src, ctx, problems) ?? []);
}

/** Checks `content/<locale>/skills.yaml`: known locale, known skill ids. */
export function checkSkillTranslations(files: readonly SourceFile[], skillIds: readonly string[], problems: Problem[]): void {
  for (const src of files) {
    const parsed = parseWith(src, skillTranslationsFileSchema, problems);
    parsed?.data.skills.forEach((s, i) => {
      if (!skillIds.includes(s.id))
        problems.push({ kind: 'unknown-skill', severity: 'error', file: src.file, line: parsed.doc.lineOf(['skills', i, 'id']), field: `skills[${i}].id`, value: s.id, suggestion: closest(s.id, skillIds) ?? '' });
    });
  }
}

/**
 * Checks every locale's interface strings against English: a key English has and
 * the locale lacks is an error at the line where it belongs; a key English does
 * not have is a warning.
 */
export function checkUiStrings(english: SourceFile, others: readonly SourceFile[], problems: Problem[]): void {
  const en = parseLocatedYaml(english.text); // JSON is YAML: this gives lines for free
  const enKeys = Object.keys((en.data ?? {}) as object);
  for (const src of others) {
    const doc = parseLocatedYaml(src.text);
    const have = (doc.data ?? {}) as Record<string, unknown>;
    enKeys.forEach((key, i) => {
      if (key in have) return;
      const before = enKeys.slice(0, i).reverse().find((k) => k in have);
      const line = before ? (doc.lineOf([before]) ?? 1) + 1 : 2;
      problems.push({ kind: 'missing-ui-key', severity: 'error', file: src.file, line, field: key, value: (en.data as Record<string, string>)[key], detail: `${english.file}:${en.lineOf([key]) ?? 1}` });
    });
    for (const key of Object.keys(have))
      if (!enKeys.includes(key))
        problems.push({ kind: 'unknown-ui-key', severity: 'warning', file: src.file, line: doc.lineOf([key]), field: key, suggestion: closest(key, enKeys) ?? '' });
  }
}

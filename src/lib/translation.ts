/**
 * Translated content: how a translation's frontmatter merges with its source's,
 * and the rules a translation must keep. Pure; the check and the pages share it.
 */

/** The source's data with every field the translation sets; absent fields are inherited. */
export function mergeTranslation<S extends object, T extends object>(source: S, translation: T): S {
  const set = Object.entries(translation).filter(([, v]) => v !== undefined);
  return { ...source, ...Object.fromEntries(set) } as S;
}

type SkillRef = string | { skill: string };
const skillIds = (list: readonly SkillRef[]) => list.map((s) => (typeof s === 'string' ? s : s.skill));

/** Skills a translation names that its source does not, and the source's that it drops. */
export function skillDifference(source: readonly SkillRef[], translation: readonly SkillRef[] | undefined): { added: string[]; dropped: string[] } {
  if (translation === undefined) return { added: [], dropped: [] };
  const a = new Set(skillIds(source));
  const b = new Set(skillIds(translation));
  return { added: [...b].filter((s) => !a.has(s)), dropped: [...a].filter((s) => !b.has(s)) };
}

/** A translation file's locale and slug: `content/modules/zh-hant/x.mdx` → zh-hant, x. */
export function translationTarget(file: string): { locale: string; slug: string } | null {
  const m = /(?:^|\/)(modules|kb)\/([^/]+)\/([^/]+)\.mdx$/.exec(file);
  return m ? { locale: m[2]!, slug: m[3]! } : null;
}

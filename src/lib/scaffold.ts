import { idSchema } from './schemas/common.ts';
import { closest } from './suggest.ts';

/** What `npm run new` can create. */
export type ScaffoldKind = 'module' | 'kb';

/** Add `days` to an ISO date (YYYY-MM-DD). */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The text of a new module or KB article, or the reasons it cannot be made.
 * The template passes `npm run check` as written, so an editor starts green.
 */
export function scaffold(
  kind: ScaffoldKind,
  slug: string,
  skill: string,
  skills: readonly string[],
  today: string,
): { text: string } | { errors: string[] } {
  const errors: string[] = [];
  if (!idSchema.safeParse(slug).success) errors.push(`slug "${slug}": use lower-case kebab-case, e.g. "handling-refund-calls"`);
  if (!skills.includes(skill)) {
    const hint = closest(skill, skills);
    errors.push(`skill "${skill}" is not in content/skills.yaml${hint ? `: did you mean "${hint}"?` : ''}`);
  }
  if (errors.length) return { errors };
  const title = slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  const reviewBy = addDays(today, 180);
  if (kind === 'kb')
    return {
      text: `---\ntitle: ${title}\nsummary: One sentence on what this article answers.\nskills: [${skill}]\nkind: process\nowner: Your team\nupdated: ${today}\nreviewBy: ${reviewBy}\n---\n\n## When to use this\n\nWrite the facts an agent needs during a contact.\n\n## Steps\n\n1. First step.\n2. Second step.\n`,
    };
  return {
    text: `---\ntitle: ${title}\nsummary: One sentence on what the learner will be able to do.\nskills:\n  - skill: ${skill}\n    from: 1\n    to: 3\nduration: 20\nformats: [self-paced]\nprerequisites: []\naudience: []\nowner: Your team\nlastReviewed: ${today}\nreviewBy: ${reviewBy}\ndraft: true\n---\n\n## What you will be able to do\n\n- First objective.\n\n## The technique\n\nExplain it with a worked example.\n\n<SayThis say="What to say." not="What not to say." why="Why the first works better." />\n\n<Rubric skill="${skill}" />\n`,
  };
}

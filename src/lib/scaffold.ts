import { closest } from './suggest.ts';

/** What `npm run new` can create. */
export type ScaffoldKind = 'module' | 'kb';

/** Add `days` to an ISO date (YYYY-MM-DD). */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The file name a title gets: lower-case kebab-case, accents folded, other characters dropped. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The frontmatter value of a title: always quoted, so a colon never breaks the YAML. */
const quoted = (s: string) => JSON.stringify(s);

/**
 * The text of a new module or KB article from its title, or the reasons it cannot
 * be made. The template passes `npm run check` as written, so an editor starts
 * green, and every field carries a comment that says what to write.
 */
export function scaffold(
  kind: ScaffoldKind,
  title: string,
  skill: string | undefined,
  skills: readonly string[],
  today: string,
): { slug: string; text: string } | { errors: string[] } {
  const errors: string[] = [];
  const slug = slugify(title);
  if (slug === '') errors.push(`title "${title}": give a title with some letters or digits, e.g. "Handling refund calls"`);
  const chosen = skill ?? skills[0];
  if (chosen === undefined || !skills.includes(chosen)) {
    const hint = closest(chosen, skills);
    errors.push(`skill "${chosen ?? ''}" is not in content/skills.yaml${hint ? `: did you mean "${hint}"?` : ''}`);
  }
  if (errors.length) return { errors };
  const reviewBy = addDays(today, 180);
  const skillHint = skill ? '' : ' # the first skill in skills.yaml: change it to the one this teaches';
  if (kind === 'kb')
    return {
      slug,
      text: `---
title: ${quoted(title)} # shown as the page's heading and in search
summary: One sentence on what this article answers. # cards and search results
skills: [${chosen}]${skillHint}
kind: process # product, policy, process or tool
owner: Your team # who keeps it current
updated: ${today} # when the facts last changed (YYYY-MM-DD)
reviewBy: ${reviewBy} # when to check it again; the check warns after this date
---

## When to use this

Write the facts an agent needs during a contact.

## Steps

1. First step.
2. Second step.
`,
    };
  return {
    slug,
    text: `---
title: ${quoted(title)} # shown as the page's heading and in search
summary: One sentence on what the learner will be able to do. # cards and search results
skills: # what it teaches, from which level to which (1–5)
  - skill: ${chosen}${skillHint}
    from: 1
    to: 3
duration: 20 # minutes
formats: [self-paced] # self-paced, role-play, workshop, video, coaching
prerequisites: [] # module file names to take first
audience: [] # role ids it is written for; empty means everyone
owner: Your team # who keeps it current
lastReviewed: ${today}
reviewBy: ${reviewBy} # when to check it again; the check warns after this date
draft: true # shown in npm run dev with a "draft" banner, never published; remove to publish
---

## What you will be able to do

- First objective.

## The technique

Explain it with a worked example.

<SayThis say="What to say." not="What not to say." why="Why the first works better." />

<Rubric skill="${chosen}" />
`,
  };
}

import { z } from 'zod';
import { kbSchema } from './kb.ts';
import { moduleSchema } from './module.ts';

// A translation sits beside its source in a locale folder
// (content/modules/zh-hant/<slug>.mdx) and inherits every field of the source's
// frontmatter that it does not set. It must translate the title and summary; it
// may override the rest, but it may not name other skills (the check says so).
const m = moduleSchema.shape;
const k = kbSchema.shape;

/** Frontmatter of `content/modules/<locale>/*.mdx`. */
export const moduleTranslationSchema = z
  .object({
    title: m.title,
    summary: m.summary,
    skills: m.skills.optional(),
    duration: m.duration.optional(),
    formats: m.formats.optional(),
    prerequisites: m.prerequisites.unwrap().optional(),
    audience: m.audience.unwrap().optional(),
    owner: m.owner.optional(),
    lastReviewed: m.lastReviewed,
    reviewBy: m.reviewBy.optional(),
    draft: m.draft.unwrap().optional(),
    passMark: m.passMark.unwrap().optional(),
  })
  .strict();

/** Frontmatter of `content/kb/<locale>/*.mdx`. */
export const kbTranslationSchema = z
  .object({
    title: k.title,
    summary: k.summary,
    skills: k.skills.optional(),
    kind: k.kind.optional(),
    owner: k.owner.optional(),
    updated: k.updated.optional(),
    reviewBy: k.reviewBy.optional(),
  })
  .strict();

/** A skill's name and rubric in another language: `content/<locale>/skills.yaml`. */
export const skillTranslationSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    description: z.string().min(1).optional(),
    levels: z.partialRecord(z.enum(['1', '2', '3', '4', '5']), z.string().min(1)).optional(),
  })
  .strict();

export const skillTranslationsFileSchema = z
  .object({
    levels: z.partialRecord(z.enum(['1', '2', '3', '4', '5']), z.string().min(1)).optional(),
    skills: z.array(skillTranslationSchema),
  })
  .strict();

export type ModuleTranslation = z.infer<typeof moduleTranslationSchema>;
export type KbTranslation = z.infer<typeof kbTranslationSchema>;
export type SkillTranslation = z.infer<typeof skillTranslationSchema>;

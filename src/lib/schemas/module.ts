import { z } from 'zod';
import { dateSchema, idSchema, levelSchema } from './common.ts';

/** Delivery formats a module can use. */
export const moduleFormats = ['self-paced', 'role-play', 'workshop', 'video', 'coaching'] as const;

/** A skill a module teaches, with the level band it takes a learner from and to. */
export const taughtSkillSchema = z
  .object({
    /** Skill id from skills.yaml. */
    skill: idSchema,
    /** Level the learner starts at. */
    from: levelSchema,
    /** Level the learner reaches. */
    to: levelSchema,
  })
  .refine((s) => s.to > s.from, { message: '"to" must be higher than "from"', path: ['to'] });

/** Frontmatter of `content/modules/*.mdx`. */
export const moduleSchema = z.object({
  /** Course title. */
  title: z.string().min(1),
  /** One-sentence summary for cards and search results. */
  summary: z.string().min(1),
  /** Skills taught, each with its level band. */
  skills: z.array(taughtSkillSchema).min(1),
  /** Expected time in minutes. */
  duration: z.number().int().positive().max(600),
  /** Delivery formats. */
  formats: z.array(z.enum(moduleFormats)).min(1),
  /** Module ids to take first. */
  prerequisites: z.array(idSchema).default([]),
  /** Role ids this module is written for. */
  audience: z.array(idSchema).default([]),
  /** Person or team that keeps the module current. */
  owner: z.string().min(1),
  /** Date the content was last reviewed. */
  lastReviewed: dateSchema.optional(),
  /** Date by which the content must be reviewed again. */
  reviewBy: dateSchema,
  /** Drafts are checked but not published. */
  draft: z.boolean().default(false),
  /** Share of knowledge-check questions (0–1) a learner must get right to complete the course. */
  passMark: z.number().min(0).max(1).default(0.8),
}).strict();

export type ModuleData = z.infer<typeof moduleSchema>;
export type TaughtSkill = z.infer<typeof taughtSkillSchema>;

import { z } from 'zod';
import { dateSchema, idSchema } from './common.ts';

/** Kinds of knowledge-base article. */
export const kbKinds = ['product', 'policy', 'process', 'tool'] as const;

/** Frontmatter of `content/kb/*.mdx`. */
export const kbSchema = z.object({
  /** Article title. */
  title: z.string().min(1),
  /** One-sentence summary. */
  summary: z.string().min(1),
  /** Skill ids the article supports. */
  skills: z.array(idSchema).min(1),
  /** product | policy | process | tool */
  kind: z.enum(kbKinds),
  /** Person or team that keeps the article current. */
  owner: z.string().min(1),
  /** Date of the last change to the facts. */
  updated: dateSchema,
  /** Date by which the article must be reviewed again. */
  reviewBy: dateSchema,
}).strict();

export type KbData = z.infer<typeof kbSchema>;

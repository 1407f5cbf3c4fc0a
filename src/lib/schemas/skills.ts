import { z } from 'zod';
import { idSchema } from './common.ts';

/** Categories a skill can belong to. */
export const skillCategories = ['soft', 'knowledge', 'tool'] as const;

/** One skill in the taxonomy, with a behavioural descriptor per level. */
export const skillSchema = z.object({
  /** Stable id used by modules, articles, roles and assessment exports. */
  id: idSchema,
  /** Human name shown in the UI. */
  name: z.string().min(1),
  /** soft | knowledge | tool */
  category: z.enum(skillCategories),
  /** One or two sentences on what the skill is. */
  description: z.string().min(1),
  /** What an agent at each level of the 1–5 scale does. */
  levels: z.object({
    1: z.string().min(1),
    2: z.string().min(1),
    3: z.string().min(1),
    4: z.string().min(1),
    5: z.string().min(1),
  }),
});

/** `content/skills.yaml`: shared level labels plus the skills. */
export const skillsFileSchema = z.object({
  /** Labels for levels 1–5, shared by every skill. */
  levels: z.object({
    1: z.string().min(1),
    2: z.string().min(1),
    3: z.string().min(1),
    4: z.string().min(1),
    5: z.string().min(1),
  }),
  /** The taxonomy. */
  skills: z.array(skillSchema).min(1),
});

export type Skill = z.infer<typeof skillSchema>;
export type SkillsFile = z.infer<typeof skillsFileSchema>;

import { z } from 'zod';
import { idSchema, levelSchema } from './common.ts';

/** The level a role needs in one skill, and how much that skill matters. */
export const roleTargetSchema = z.object({
  /** Skill id from skills.yaml. */
  skill: idSchema,
  /** Target level on the 1–5 scale. */
  level: levelSchema,
  /** Relative importance used for gap priority (mean gap × weight). */
  weight: z.number().positive().default(1),
});

/** One role with its target level per skill. */
export const roleSchema = z.object({
  /** Stable role id referenced by teams and module audiences. */
  id: idSchema,
  /** Human name. */
  name: z.string().min(1),
  /** Target levels. */
  targets: z.array(roleTargetSchema).min(1),
});

/** `content/roles.yaml`. */
export const rolesFileSchema = z.object({ roles: z.array(roleSchema).min(1) });

export type Role = z.infer<typeof roleSchema>;
export type RoleTarget = z.infer<typeof roleTargetSchema>;

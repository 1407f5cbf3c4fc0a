import { z } from 'zod';
import { idSchema } from './common.ts';

/** One team; its role decides its targets and so its learning path. */
export const teamSchema = z.object({
  /** Stable team id used in assessment exports and URLs. */
  id: idSchema,
  /** Human name. */
  name: z.string().min(1),
  /** Role id from roles.yaml. */
  role: idSchema,
  /** BCP 47 locale of the team, e.g. en-GB. */
  locale: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'use a BCP 47 tag such as en-GB').default('en-GB'),
});

/** `content/teams.yaml`. */
export const teamsFileSchema = z.object({ teams: z.array(teamSchema).min(1) });

export type Team = z.infer<typeof teamSchema>;

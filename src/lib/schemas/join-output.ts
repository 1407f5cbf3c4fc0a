import { z } from 'zod';
import { teamPlanSchema } from './plan.ts';
import { overviewSchema, teamReportSchema } from './report.ts';

/**
 * The one file the join (`npm run paths`) writes for the pages:
 * `.gapwise/join.json`. `src/join-output-fs.ts` is its only reader and parses it
 * with this schema; a missing, invalid or stale file stops the build with a fix.
 */

/** Bump when the shape changes, so an old file is reported as stale rather than misread. */
export const JOIN_OUTPUT_VERSION = 2;

/** What the join read, so a page build can tell that its output is stale. */
export const joinInputsSchema = z.object({
  /** SHA-256 (hex) over the content files the join depends on (skills, roles, teams, settings, module frontmatter). */
  contentHash: z.string(),
  /** SHA-256 (hex) over the export files' paths, sizes and modification times. */
  exportsHash: z.string(),
});

/** `.gapwise/join.json`. */
export const joinOutputSchema = z.object({
  /** Shape version; see JOIN_OUTPUT_VERSION. */
  version: z.literal(JOIN_OUTPUT_VERSION),
  /** Fingerprints of the inputs. */
  inputs: joinInputsSchema,
  /** One report per team, by team id. */
  reports: z.array(teamReportSchema),
  /** One plan per team, by team id. */
  plans: z.array(teamPlanSchema),
  /** The organisation overview. */
  overview: overviewSchema,
  /** Date (YYYY-MM-DD) of the newest accepted result in any export, the reference for "how old"; null without data. */
  asOf: z.string().nullable(),
});

export type JoinInputs = z.infer<typeof joinInputsSchema>;
export type JoinOutput = z.infer<typeof joinOutputSchema>;

import { z } from 'zod';

/**
 * The shape of a `TeamReport`, the engine's output for manager dashboards.
 * Every figure that aggregates agents carries its `n` and a `suppressed` flag; a
 * suppressed figure is `null`. Pages can `teamReportSchema.parse()` the JSON they
 * read. All numbers are rounded to 2 decimals.
 */

/** One bar of the level distribution: agents whose current level rounds to `level`. */
export const distributionBucketSchema = z.object({
  /** Level 1–5 (current level rounded half up). */
  level: z.number().int().min(1).max(5),
  /** Number of agents, or null when suppressed. */
  count: z.number().int().min(0).nullable(),
  /** True when hidden for privacy (small group, or its complement). */
  suppressed: z.boolean(),
});

/** A team's figures for one skill in one cycle. */
export const skillCellSchema = z.object({
  /** Skill id. */
  skill: z.string(),
  /** Target level from the team's role. */
  target: z.number(),
  /** Skill weight from the team's role. */
  weight: z.number(),
  /** Agents with a current level for this skill in this cycle. */
  n: z.number().int().min(0),
  /** True when n < k: every figure below is null. */
  suppressed: z.boolean(),
  /** Mean current level. */
  meanLevel: z.number().nullable(),
  /** Mean of max(0, target − current) per agent. */
  meanGap: z.number().nullable(),
  /** Share (0–1) of agents at or above target. */
  shareAtTarget: z.number().nullable(),
  /** meanGap × weight. */
  priority: z.number().nullable(),
  /** Levels 1–5 in order; buckets may be suppressed on their own. */
  distribution: z.array(distributionBucketSchema).length(5),
});

/** One agent's levels, under a pseudonymous id (only when individual rows are enabled). */
export const agentRowSchema = z.object({
  /** First 12 hex digits of HMAC-SHA-256(secret, agent id). */
  id: z.string().regex(/^[0-9a-f]{12}$/),
  /** Skills the agent has a current level for, by skill id. */
  skills: z.array(
    z.object({
      skill: z.string(),
      level: z.number(),
      gap: z.number(),
      /** Number of sources behind the level. */
      confidence: z.number().int().min(1),
    }),
  ),
});

/** A team's figures for one assessment cycle. */
export const cycleReportSchema = z.object({
  /** Cycle label, e.g. "2026-Q2". */
  cycle: z.string(),
  /** Agents with at least one current level in this cycle. */
  n: z.number().int().min(0),
  /** True when n < k (every skill cell is then suppressed too). */
  suppressed: z.boolean(),
  /** One cell per skill the role targets, by skill id. */
  skills: z.array(skillCellSchema),
  /** Per-agent rows, present only when enabled in settings; empty when the cycle is suppressed. */
  agents: z.array(agentRowSchema).optional(),
});

/** The mean level of one skill in one cycle. */
export const trendPointSchema = z.object({
  cycle: z.string(),
  meanLevel: z.number().nullable(),
  n: z.number().int().min(0),
  suppressed: z.boolean(),
});

/** Mean post − pre change for one module and skill. */
export const trainingEffectSchema = z.object({
  /** Module id. */
  module: z.string(),
  /** Skill id. */
  skill: z.string(),
  /** Mean of (post − pre) per agent, or null when suppressed. */
  meanChange: z.number().nullable(),
  /** Agents with both a pre and a post result. */
  n: z.number().int().min(0),
  suppressed: z.boolean(),
});

/** Everything a manager dashboard shows for one team. */
export const teamReportSchema = z.object({
  team: z.string(),
  teamName: z.string(),
  role: z.string(),
  /** Minimum group size used for suppression. */
  k: z.number().int().min(1),
  /** Cycles with data, oldest first. */
  cycles: z.array(cycleReportSchema),
  /** Per skill (by id): mean level per cycle, oldest first. */
  trend: z.array(z.object({ skill: z.string(), points: z.array(trendPointSchema) })),
  /** Per module and skill (by id). */
  trainingEffect: z.array(trainingEffectSchema),
});

export type DistributionBucket = z.infer<typeof distributionBucketSchema>;
export type SkillCell = z.infer<typeof skillCellSchema>;
export type AgentRow = z.infer<typeof agentRowSchema>;
export type CycleReport = z.infer<typeof cycleReportSchema>;
export type TrendPoint = z.infer<typeof trendPointSchema>;
export type TrainingEffect = z.infer<typeof trainingEffectSchema>;
export type TeamReport = z.infer<typeof teamReportSchema>;

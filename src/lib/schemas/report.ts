import { z } from 'zod';

/**
 * What the join publishes about people: one `TeamReport` per team and one
 * `Overview` of the organisation. Every figure that aggregates agents carries its
 * `n` and a `suppressed` flag; a suppressed figure is `null`, and `why` says
 * whether it was hidden for its own small group (`small`) or to protect another
 * hidden figure (`complement`). All numbers are rounded to 2 decimals.
 * Pages never read these shapes unchecked: `src/join-output-fs.ts` parses them.
 */

/** Why a figure is hidden: its own group is below k, or it would reveal a hidden neighbour. */
export const suppressionReasonSchema = z.enum(['small', 'complement']);

/** One bar of the level distribution: agents whose current level rounds to `level`. */
export const distributionBucketSchema = z.object({
  /** Level 1–5 (current level rounded half up). */
  level: z.number().int().min(1).max(5),
  /** Number of agents, or null when suppressed. */
  count: z.number().int().min(0).nullable(),
  /** True when hidden for privacy (small group, or its complement). */
  suppressed: z.boolean(),
});

/** How many results of one source stand behind a figure. */
export const sourceCountSchema = z.object({
  /** Source id (qa, self, peer, manager, quiz, pre, post). */
  source: z.string(),
  /** Number of accepted results from that source. */
  results: z.number().int().min(0),
});

/** The evidence behind a figure: sources, result counts and the newest result's date. */
export const confidenceSchema = z.object({
  /** Results per source, in the fixed source order; sources with 0 results are left out. */
  sources: z.array(sourceCountSchema),
  /** Total accepted results behind the figure. */
  results: z.number().int().min(0),
  /** ISO date (YYYY-MM-DD) of the newest result, or null when there is none. */
  newest: z.string().nullable(),
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
  /** True when hidden (n < k, or as a complement): every figure below is null. */
  suppressed: z.boolean(),
  /** Why it is hidden, or null when published. */
  why: suppressionReasonSchema.nullable(),
  /** Mean current level. */
  meanLevel: z.number().nullable(),
  /** Mean of max(0, target − current) per agent. */
  meanGap: z.number().nullable(),
  /** Share (0–1) of agents at or above target. */
  shareAtTarget: z.number().nullable(),
  /** Number of agents below target. */
  belowTarget: z.number().int().min(0).nullable(),
  /** meanGap × weight. */
  priority: z.number().nullable(),
  /** Levels 1–5 in order; buckets may be suppressed on their own. */
  distribution: z.array(distributionBucketSchema).length(5),
  /** The evidence behind the cell (null when suppressed). */
  confidence: confidenceSchema.nullable(),
});

/** One agent's levels, under a pseudonymous id (only when individual rows are enabled). */
export const agentRowSchema = z.object({
  /** First 12 hex digits of HMAC-SHA-256(secret, agent id). */
  id: z.string().regex(/^[0-9a-f]{12}$/),
  /** Skills the agent has a current level for, by skill id. */
  skills: z.array(
    z.object({
      /** Skill id. */
      skill: z.string(),
      /** Current level (1–5). */
      level: z.number(),
      /** max(0, target − level). */
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
  /** The evidence behind the whole cycle (null when suppressed). */
  confidence: confidenceSchema.nullable(),
  /** Per-agent rows, present only when enabled in settings; empty when the cycle is suppressed. */
  agents: z.array(agentRowSchema).optional(),
});

/** The mean level of one skill in one cycle. */
export const trendPointSchema = z.object({
  /** Cycle label. */
  cycle: z.string(),
  /** Mean current level, or null when suppressed. */
  meanLevel: z.number().nullable(),
  /** Agents behind the point. */
  n: z.number().int().min(0),
  /** True when hidden for privacy. */
  suppressed: z.boolean(),
});

/** "Did it work?": the paired post − pre change for one module and skill. */
export const trainingEffectSchema = z.object({
  /** Module id. */
  module: z.string(),
  /** Skill id. */
  skill: z.string(),
  /** Agents with both a pre and a post result. */
  n: z.number().int().min(0),
  /** True when n < k: every figure below is null. */
  suppressed: z.boolean(),
  /** Mean of (post − pre) per agent, in levels. */
  meanChange: z.number().nullable(),
  /** Lower end of the 95% confidence interval of the mean change (t distribution, n − 1 df). */
  ciLow: z.number().nullable(),
  /** Upper end of the 95% confidence interval of the mean change. */
  ciHigh: z.number().nullable(),
  /** Standard deviation of the paired changes. */
  sdChange: z.number().nullable(),
  /** Effect size d_z = mean / sd of the paired changes, with Hedges' small-sample correction. */
  dz: z.number().nullable(),
});

/** Everything a manager dashboard shows for one team. */
export const teamReportSchema = z.object({
  /** Team id. */
  team: z.string(),
  /** Team name from teams.yaml. */
  teamName: z.string(),
  /** Role id the targets come from. */
  role: z.string(),
  /** Minimum group size used for suppression. */
  k: z.number().int().min(1),
  /** Agents in the latest cycle (the team's size as the exports see it). */
  agents: z.number().int().min(0),
  /** True when the latest cycle has fewer than k agents: the page shows no figures at all. */
  suppressed: z.boolean(),
  /** Cycles with data, oldest first (ordered by time, not as strings). */
  cycles: z.array(cycleReportSchema),
  /** Per skill (by id): mean level per cycle, oldest first. */
  trend: z.array(z.object({ /** Skill id. */ skill: z.string(), /** One point per cycle. */ points: z.array(trendPointSchema) })),
  /** Per module and skill (by id). */
  trainingEffect: z.array(trainingEffectSchema),
});

/** One cell of the organisation heatmap: a team's mean gap for a skill in its latest cycle. */
export const heatmapCellSchema = z.object({
  /** Team id. */
  team: z.string(),
  /** Skill id. */
  skill: z.string(),
  /** Agents behind the cell (0 when the team's role has no target for the skill or no data). */
  n: z.number().int().min(0),
  /** True when the role targets the skill. */
  targeted: z.boolean(),
  /** True when hidden for privacy. */
  suppressed: z.boolean(),
  /** Why it is hidden, or null. */
  why: suppressionReasonSchema.nullable(),
  /** Mean gap, or null when suppressed, untargeted or without data. */
  meanGap: z.number().nullable(),
});

/** One skill across the organisation (every team whose role targets it). */
export const orgSkillSchema = z.object({
  /** Skill id. */
  skill: z.string(),
  /** Agents assessed on the skill across teams (latest cycle of each team). */
  n: z.number().int().min(0),
  /** True when hidden for privacy. */
  suppressed: z.boolean(),
  /** Mean gap across those agents, or null when suppressed. */
  meanGap: z.number().nullable(),
  /** Share (0–1) of those agents below target, or null when suppressed. */
  shareBelow: z.number().nullable(),
  /** Number of teams whose role targets the skill. */
  teams: z.number().int().min(0),
});

/** One row of the overview's team table. */
export const teamSummarySchema = z.object({
  /** Team id. */
  team: z.string(),
  /** Team name. */
  teamName: z.string(),
  /** Role id. */
  role: z.string(),
  /** Agents assessed in the latest cycle. */
  agents: z.number().int().min(0),
  /** Sources present in the latest cycle. */
  sources: z.array(z.string()),
  /** Latest cycle with data, or null. */
  latestCycle: z.string().nullable(),
  /** True when the team is below k: no figures. */
  suppressed: z.boolean(),
  /** Mean gap over the targeted skills' published cells (agent-weighted), or null when suppressed. */
  meanGap: z.number().nullable(),
});

/** A skill whose gap no course closes, in whole or in part: the content backlog. */
export const backlogItemSchema = z.object({
  /** Skill id. */
  skill: z.string(),
  /** Highest level the published courses reach from level 1 without a hole, or null when no course teaches the skill. */
  coveredTo: z.number().int().nullable(),
  /** Level bands that no course covers, e.g. [{from: 3, to: 4}]. */
  missing: z.array(z.object({ /** Start level. */ from: z.number().int(), /** End level. */ to: z.number().int() })),
  /** Teams (ids) whose gap on this skill is not closed by the content. */
  teams: z.array(z.string()),
});

/** The organisation overview on `/dashboards/`. */
export const overviewSchema = z.object({
  /** Minimum group size used for suppression. */
  k: z.number().int().min(1),
  /** Skill ids, in the heatmap's column order. */
  skills: z.array(z.string()),
  /** Teams × skills, row by row in team order. */
  heatmap: z.array(heatmapCellSchema),
  /** Skills across teams, biggest mean gap first. */
  biggestGaps: z.array(orgSkillSchema),
  /** The content backlog. */
  backlog: z.array(backlogItemSchema),
  /** One row per team. */
  teams: z.array(teamSummarySchema),
});

export type SuppressionReason = z.infer<typeof suppressionReasonSchema>;
export type DistributionBucket = z.infer<typeof distributionBucketSchema>;
export type Confidence = z.infer<typeof confidenceSchema>;
export type SkillCell = z.infer<typeof skillCellSchema>;
export type AgentRow = z.infer<typeof agentRowSchema>;
export type CycleReport = z.infer<typeof cycleReportSchema>;
export type TrendPoint = z.infer<typeof trendPointSchema>;
export type TrainingEffect = z.infer<typeof trainingEffectSchema>;
export type TeamReport = z.infer<typeof teamReportSchema>;
export type HeatmapCell = z.infer<typeof heatmapCellSchema>;
export type OrgSkill = z.infer<typeof orgSkillSchema>;
export type TeamSummary = z.infer<typeof teamSummarySchema>;
export type BacklogItem = z.infer<typeof backlogItemSchema>;
export type Overview = z.infer<typeof overviewSchema>;

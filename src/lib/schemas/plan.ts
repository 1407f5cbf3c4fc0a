import { z } from 'zod';

/**
 * A team's learning path, as the planner writes it and `/paths/[team]/` and
 * `/dashboards/[team]/` read it. Figures about agents are null when the team's
 * cell is suppressed; a team below k gets its role's path (`basis: "role"`),
 * planned from the role's targets as for new starters, with no figures at all.
 */

/** Why a skill is on the path, in figures a manager can check. */
export const stepReasonSchema = z.object({
  /** Skill id. */
  skill: z.string(),
  /** Target level from the team's role. */
  target: z.number(),
  /** Mean current level, or null when withheld (suppressed, or a role path). */
  current: z.number().nullable(),
  /** Mean gap, or null when withheld. */
  gap: z.number().nullable(),
  /** Agents below target, or null when withheld. */
  belowTarget: z.number().int().min(0).nullable(),
  /** Agents assessed on the skill, or null when withheld. */
  n: z.number().int().min(0).nullable(),
});

/** One course on the path. */
export const planStepSchema = z.object({
  /** Module id (slug). */
  module: z.string(),
  /** Module title. */
  title: z.string(),
  /** Duration in minutes. */
  minutes: z.number().int().min(0),
  /** The highest-priority skill that put this module on the path. */
  reason: stepReasonSchema,
  /** Every skill this module teaches that has a material gap for the team, by priority. */
  skills: z.array(z.string()),
  /** Prerequisite module ids that are on the path (all earlier). */
  prerequisites: z.array(z.string()),
  /** True when no skill chose the module: it is here because a later step needs it first. */
  prerequisiteOnly: z.boolean(),
  /** `done` when most of the team's agents have post results for the module. */
  status: z.enum(['todo', 'done']),
  /** For a done module: the measured mean post − pre change in levels (null when n < k or no pre results). */
  measuredChange: z.number().nullable(),
});

/** Level bands of a skill that the content does or does not cover for this team. */
export const coverageSchema = z.object({
  /** Level bands covered by the chosen courses, chained from where the team is. */
  covered: z.array(z.object({ /** Start level. */ from: z.number().int(), /** End level. */ to: z.number().int() })),
  /** Level bands up to the target that no published course covers: the backlog. */
  missing: z.array(z.object({ /** Start level. */ from: z.number().int(), /** End level. */ to: z.number().int() })),
});

/** One skill on the path (material gap) or among the refreshers (smaller gap). */
export const planSkillSchema = stepReasonSchema.extend({
  /** Mean gap × weight, or null when withheld. */
  priority: z.number().nullable(),
  /** Module ids chosen for this skill, in path order. */
  modules: z.array(z.string()),
  /** KB article slugs tagged with this skill. */
  kb: z.array(z.string()),
  /** Which part of the way to the target the content covers. */
  coverage: coverageSchema,
});

/** A team's learning path. */
export const teamPlanSchema = z.object({
  /** Team id. */
  team: z.string(),
  /** Team name. */
  teamName: z.string(),
  /** Role id. */
  role: z.string(),
  /** `team`: planned from the team's own gaps; `role`: the role's path for a team below k or without data. */
  basis: z.enum(['team', 'role']),
  /** Latest cycle the plan is based on, or null for a role path. */
  cycle: z.string().nullable(),
  /** Skills with a material gap, in priority order. */
  skills: z.array(planSkillSchema),
  /** Skills with a gap below the materiality thresholds: listed apart, not on the path. */
  refreshers: z.array(planSkillSchema),
  /** Courses in the order to take them: prerequisites first, each once. */
  steps: z.array(planStepSchema),
  /** Minutes of the steps still to do. */
  totalMinutes: z.number().int().min(0),
  /** Skills (material or refresher) whose way to the target is not fully covered: the content backlog. */
  uncovered: z.array(stepReasonSchema.extend({ /** What is covered and what is missing. */ coverage: coverageSchema })),
});

export type StepReason = z.infer<typeof stepReasonSchema>;
export type PlanStep = z.infer<typeof planStepSchema>;
export type Coverage = z.infer<typeof coverageSchema>;
export type PlanSkill = z.infer<typeof planSkillSchema>;
export type TeamPlan = z.infer<typeof teamPlanSchema>;

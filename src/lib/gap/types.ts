/**
 * Contracts between the importers, the gap engine, the path planner and the pages.
 * Importers produce `Observation`s; the engine turns them into `TeamReport`s; the
 * planner turns a report plus the content model into a `TeamPlan`, which
 * `/paths/[team]/` renders. Everything here is plain JSON-serialisable data.
 */

/** Where an assessment result came from. */
export const sources = ['qa', 'self', 'peer', 'manager', 'quiz', 'pre', 'post'] as const;
export type Source = (typeof sources)[number];

/** One accepted assessment result, normalised onto the 1–5 skill scale. */
export interface Observation {
  source: Source;
  /** Assessment cycle label, e.g. "2026-Q2". Cycles sort as strings. */
  cycle: string;
  /** Raw agent id from the export. Never written to output; pseudonymise first. */
  agent: string;
  /** Team id from teams.yaml. */
  team: string;
  /** Skill id from skills.yaml. */
  skill: string;
  /** Score mapped linearly onto 1–5 (may be fractional). */
  level: number;
  /** ISO date (YYYY-MM-DD) the result was recorded. */
  assessedAt: string;
  /** Module id for quiz/pre/post results tied to a module. */
  module?: string;
}

/** One step of a team's learning path: a module and why it is there. */
export interface PlanStep {
  /** Module id (slug). */
  module: string;
  title: string;
  minutes: number;
  /** The skill (highest priority first) that put this module on the path. */
  reason: { skill: string; current: number | null; target: number; gap: number | null };
  /** Every skill this module teaches that has a gap for the team. */
  skills: string[];
  /** Prerequisite module ids (all earlier in `steps` or not needed). */
  prerequisites: string[];
}

/** A team's learning path. */
export interface TeamPlan {
  team: string;
  teamName: string;
  role: string;
  /** Latest cycle the plan is based on, or null when no data. */
  cycle: string | null;
  /** Skills with a gap, in priority order. `current`/`gap` are null when suppressed (n < k). */
  skills: Array<{
    skill: string;
    current: number | null;
    target: number;
    gap: number | null;
    priority: number | null;
    /** Module ids chosen for this skill, in path order. */
    modules: string[];
    /** KB article slugs tagged with this skill. */
    kb: string[];
  }>;
  /** Modules in the order to take them: prerequisites first, each once. */
  steps: PlanStep[];
  totalMinutes: number;
  /** Skills with a gap that no module covers: the content backlog. */
  uncovered: Array<{ skill: string; current: number | null; target: number; gap: number | null }>;
}

/**
 * What the importers hand the gap engine. The engine's and planner's outputs are
 * zod schemas in src/lib/schemas (report.ts, plan.ts, join-output.ts).
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

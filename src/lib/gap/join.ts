import type { ContentModel } from '../content-model.ts';
import { computeReports } from './engine.ts';
import { makePseudonymiser } from './hmac.ts';
import { planTeam } from './planner.ts';
import type { TeamReport } from './report.ts';
import type { Observation, Source, TeamPlan } from './types.ts';

/** Input of the join, as `scripts/build-paths.ts` assembles it. */
export interface JoinInput {
  /** Accepted, normalised results (the importers validated ids and scales). */
  observations: Observation[];
  model: ContentModel;
  settings: { weights: Record<Source, number>; k: number; individualRows: boolean };
  /** HMAC key for pseudonymous agent ids; required when individual rows are on. */
  secret: string;
  /** Overrides the default HMAC-SHA-256 pseudonymiser (for tests or another scheme). */
  pseudonymise?: (agentId: string) => string;
}

/** Output of the join: one report and one plan per team, both sorted by team id. */
export interface JoinOutput {
  reports: TeamReport[];
  plans: TeamPlan[];
}

/**
 * The join: observations and content in, reports and paths out. Raw agent ids
 * never appear in the result; with individual rows on they are replaced by
 * HMAC-SHA-256(secret, id), truncated to 12 hex digits.
 */
export function runJoin(input: JoinInput): JoinOutput {
  const { observations, model, settings, secret } = input;
  if (settings.individualRows && input.pseudonymise === undefined && secret.length === 0) {
    // An unkeyed hash of an employee id can be reversed by hashing every known id.
    throw new Error('individual rows need a secret for pseudonymous ids (set GAPWISE_SECRET)');
  }
  const pseudonymise = input.pseudonymise ?? makePseudonymiser(secret);
  const { reports, planning } = computeReports(observations, model, settings, pseudonymise);
  return { reports, plans: planning.map((p) => planTeam(p, model)) };
}

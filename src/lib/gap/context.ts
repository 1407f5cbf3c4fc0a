import type { ContentModel } from '../content-model.ts';
import { compareCycles } from '../cycles.ts';
import type { Team } from '../schemas/teams.ts';
import { sources, type Source } from './types.ts';

/** Settings the engine reads (a subset of settings.yaml). */
export interface EngineSettings {
  /** Weight per source; 0 or missing means the source does not count toward the current level. */
  weights: Partial<Record<Source, number>>;
  /** Minimum group size for publishing an aggregate. */
  k: number;
  /** Whether to publish per-agent rows under pseudonymous ids. */
  individualRows: boolean;
  /** Explicit cycle order from settings.yaml; empty means standard labels ordered by time. */
  cycles?: readonly string[];
}

/** One team with its role's targets laid out by skill index. */
export interface TeamInfo {
  team: Team;
  /** Target level per skill index, 0 when the role has no target for the skill. */
  targets: Float64Array;
  weights: Float64Array;
  /** Skill indexes with a target, in skill-id order. */
  targeted: number[];
}

/** Lookup tables shared by every step of the engine, built once from the content. */
export interface EngineContext {
  k: number;
  individualRows: boolean;
  /** Sources that count toward the current level, in the fixed order of `sources`. */
  counted: Source[];
  sourceIndex: Map<string, number>;
  sourceWeight: number[];
  /** Skills some team's role targets, in id order. */
  skillIds: string[];
  skillIndex: Map<string, number>;
  teams: Map<string, TeamInfo>;
  /** Orders cycle labels by time; the one place the engine sorts cycles. */
  compareCycles: (a: string, b: string) => number;
}

/** Integer millionths of a level: sums of integers are exact, so results do not depend on input order. */
export const MICRO = 1_000_000;
/** Separator for composite map keys (never in an id). */
export const SEP = '\u0001';

/** Compares strings by code unit, independent of the locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rounds to 2 decimals for output. */
export function round2(x: number): number {
  const r = Math.round(x * 100) / 100;
  return r === 0 ? 0 : r; // no -0 in JSON snapshots
}

/** Builds the engine's lookup tables from the content model and settings. */
export function engineContext(model: ContentModel, settings: EngineSettings): EngineContext {
  const counted = sources.filter((s) => (settings.weights[s] ?? 0) > 0);
  const rolesById = new Map(model.roles.map((r) => [r.id, r]));
  const skillIds = [
    ...new Set(model.teams.flatMap((t) => rolesById.get(t.role)?.targets.map((x) => x.skill) ?? [])),
  ].sort(compareStrings);
  const skillIndex = new Map(skillIds.map((s, i) => [s, i]));
  const teams = new Map<string, TeamInfo>();
  for (const team of model.teams) {
    const targets = new Float64Array(skillIds.length);
    const weights = new Float64Array(skillIds.length);
    for (const t of rolesById.get(team.role)?.targets ?? []) {
      const i = skillIndex.get(t.skill)!;
      targets[i] = t.level;
      weights[i] = t.weight;
    }
    const targeted = skillIds.map((_, i) => i).filter((i) => targets[i]! > 0);
    teams.set(team.id, { team, targets, weights, targeted });
  }
  return {
    k: Math.max(1, Math.floor(settings.k)),
    individualRows: settings.individualRows,
    counted,
    sourceIndex: new Map(counted.map((s, i) => [s, i])),
    sourceWeight: counted.map((s) => settings.weights[s] ?? 0),
    skillIds,
    skillIndex,
    teams,
    compareCycles: compareCycles(settings.cycles),
  };
}

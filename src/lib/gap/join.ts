import type { ContentModel } from '../content-model.ts';
import type { JoinOutput } from '../schemas/join-output.ts';
import type { TeamPlan } from '../schemas/plan.ts';
import type { BacklogItem, Overview } from '../schemas/report.ts';
import { compareStrings } from './context.ts';
import { GapAccumulator } from './accumulate.ts';
import { engineContext } from './context.ts';
import { reportsFrom, type EngineOutput } from './engine.ts';
import { makePseudonymiser } from './hmac.ts';
import { planTeam, type PathSettings } from './planner.ts';
import type { Observation, Source } from './types.ts';

/** Input of the join, as `scripts/build-paths.ts` assembles it. */
export interface JoinInput {
  /** Accepted, normalised results; streamed once, never stored. */
  observations: Iterable<Observation>;
  model: ContentModel;
  settings: { weights: Record<Source, number>; k: number; individualRows: boolean; paths: PathSettings; cycles?: readonly string[] };
  /** HMAC key for pseudonymous agent ids; required when individual rows are on. */
  secret: string;
  /** Overrides the default HMAC-SHA-256 pseudonymiser (for tests or another scheme). */
  pseudonymise?: (agentId: string) => string;
}

/** The join's result: everything in `.gapwise/join.json` but the input fingerprints. */
export type JoinResult = Omit<JoinOutput, 'inputs' | 'version'>;

/**
 * The join: observations and content in, reports, plans and the overview out.
 * Raw agent ids never appear in the result; with individual rows on they are
 * replaced by HMAC-SHA-256(secret, id), truncated to 12 hex digits.
 */
export function runJoin(input: JoinInput): JoinResult {
  const join = openJoin(input);
  for (const o of input.observations) join.add(o);
  return join.finish();
}

/**
 * The join as a stream: `add` each observation as an importer accepts it (nothing
 * is kept but the engine's per-agent sums), then `finish` once.
 */
export function openJoin(input: Omit<JoinInput, 'observations'>): { add: (o: Observation) => void; finish: () => JoinResult } {
  const { model, settings, secret } = input;
  if (settings.individualRows && input.pseudonymise === undefined && secret.length === 0) {
    // An unkeyed hash of an employee id can be reversed by hashing every known id.
    throw new Error('individual rows need a secret for pseudonymous ids (set GAPWISE_SECRET)');
  }
  const pseudonymise = input.pseudonymise ?? makePseudonymiser(secret);
  const acc = new GapAccumulator(engineContext(model, settings));
  return {
    add: (o) => acc.add(o),
    finish: () => {
      const engine = reportsFrom(acc, model, pseudonymise);
      const plans = engine.planning.map((p) => planTeam(p, model, settings.paths));
      return { reports: engine.reports, plans, overview: overviewOf(engine, plans, settings.k), asOf: engine.asOf };
    },
  };
}

/** The organisation overview: the engine's figures plus the content backlog from the plans. */
function overviewOf(engine: EngineOutput, plans: readonly TeamPlan[], k: number): Overview {
  const { heatmap, orgSkills, teams } = engine.overview;
  return {
    k,
    skills: orgSkills.map((s) => s.skill),
    heatmap,
    biggestGaps: orgSkills
      .filter((s) => s.n > 0)
      .sort((a, b) => (b.meanGap ?? -1) - (a.meanGap ?? -1) || compareStrings(a.skill, b.skill)),
    backlog: backlog(plans),
    teams,
  };
}

/** Skills whose way to the target some team's path cannot cover: what L&D should write next. */
export function backlog(plans: readonly TeamPlan[]): BacklogItem[] {
  const bySkill = new Map<string, { missing: Map<number, boolean>; coveredTo: number | null; teams: string[] }>();
  for (const plan of plans) {
    for (const u of plan.uncovered) {
      let item = bySkill.get(u.skill);
      if (item === undefined) bySkill.set(u.skill, (item = { missing: new Map(), coveredTo: null, teams: [] }));
      for (const band of u.coverage.missing) for (let l = band.from; l < band.to; l++) item.missing.set(l, true);
      const reach = u.coverage.covered.reduce<number | null>((m, b) => (m === null || b.to > m ? b.to : m), null);
      if (reach !== null && (item.coveredTo === null || reach > item.coveredTo)) item.coveredTo = reach;
      item.teams.push(plan.team);
    }
  }
  return [...bySkill.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([skill, item]) => {
      const levels = [...item.missing.keys()].sort((a, b) => a - b);
      const missing: Array<{ from: number; to: number }> = [];
      for (const l of levels) {
        const last = missing.at(-1);
        if (last && last.to === l) last.to = l + 1;
        else missing.push({ from: l, to: l + 1 });
      }
      return { skill, coveredTo: item.coveredTo, missing, teams: item.teams.sort(compareStrings) };
    });
}

import type { GapAccumulator } from './accumulate.ts';
import { MICRO, SEP, compareStrings } from './context.ts';
import { effectStats, type EffectStats } from './effect.ts';

/**
 * Training effect: for each agent with both a pre and a post result on a module
 * and skill, the change is the mean post minus the mean pre (any cycles). Changes
 * are kept in thousandths of a level so that Σx² stays exact in a double.
 */

/** Paired changes of one team on one module and skill. */
export interface ModuleEffect {
  module: string;
  skill: string;
  n: number;
  stats: EffectStats;
}

/** Per team: effects by (module, skill), and how many agents have a post result per module. */
export interface TeamTraining {
  effects: ModuleEffect[];
  postAgents: Map<string, number>;
}

const MILLI = 1000;

/** Groups every pre/post pair by team. */
export function trainingByTeam(acc: GapAccumulator): Map<string, TeamTraining> {
  const sums = new Map<string, { team: string; module: string; skill: string; n: number; sum: number; sumSq: number }>();
  const postAgents = new Map<string, Set<string>>();
  for (const [key, [preSum, preCount, postSum, postCount]] of acc.prePost as Map<string, [number, number, number, number]>) {
    const [team, agent, module, skill] = key.split(SEP) as [string, string, string, string];
    if (postCount > 0) {
      const k = team + SEP + module;
      let set = postAgents.get(k);
      if (set === undefined) postAgents.set(k, (set = new Set()));
      set.add(agent);
    }
    if (preCount === 0 || postCount === 0) continue;
    const change = Math.round(((postSum / postCount - preSum / preCount) / MICRO) * MILLI);
    const k = team + SEP + module + SEP + skill;
    let s = sums.get(k);
    if (s === undefined) sums.set(k, (s = { team, module, skill, n: 0, sum: 0, sumSq: 0 }));
    s.n += 1;
    s.sum += change;
    s.sumSq += change * change;
  }
  const out = new Map<string, TeamTraining>();
  const get = (team: string) => {
    let t = out.get(team);
    if (t === undefined) out.set(team, (t = { effects: [], postAgents: new Map() }));
    return t;
  };
  for (const s of sums.values()) {
    const stats = effectStats(s.n, s.sum / MILLI, s.sumSq / (MILLI * MILLI));
    get(s.team).effects.push({ module: s.module, skill: s.skill, n: s.n, stats });
  }
  for (const [k, set] of postAgents) {
    const [team, module] = k.split(SEP) as [string, string];
    get(team).postAgents.set(module, set.size);
  }
  for (const t of out.values()) t.effects.sort((a, b) => compareStrings(a.module, b.module) || compareStrings(a.skill, b.skill));
  return out;
}

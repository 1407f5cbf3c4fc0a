/**
 * Duplicate detection for millions of records. A string key per record costs
 * more than JSON.parse itself (building and hashing it), so ids are interned to
 * small integers and each agent gets a Map keyed by one number: skill + CAP ×
 * (group + CAP × date), where group is (source, cycle, module). Scores that differ
 * under the same key, identities and anything past the caps use string keys in
 * `exact`.
 */
import type { Observation } from '../gap/types.ts';

const FILE_STRIDE = 2 ** 31;
const CAP = 4096;

export interface DedupeIndex {
  agents: Map<string, number>;
  perAgent: Array<Map<number, number>>;
  skills: Map<string, number>;
  /** source → cycle → module ('' for none) → group index. */
  groups: Map<string, Map<string, Map<string, number>>>;
  groupCount: number;
  dates: Map<string, number>;
  /** Level and packed location of the first record per numeric key. */
  firstLevel: number[];
  firstLoc: number[];
  /** String key → packed location. */
  exact: Map<string, number>;
}

export function createDedupe(): DedupeIndex {
  return { agents: new Map(), perAgent: [], skills: new Map(), groups: new Map(), groupCount: 0, dates: new Map(), firstLevel: [], firstLoc: [], exact: new Map() };
}

/** A record's location packed into one number: file index and line or record. */
export const locate = Object.assign((file: number, position: number) => file * FILE_STRIDE + position, {
  unpack: (packed: number) => ({ file: Math.floor(packed / FILE_STRIDE), position: packed % FILE_STRIDE }),
});

function intern(map: Map<string, number>, key: string): number {
  let i = map.get(key);
  if (i === undefined) map.set(key, (i = map.size));
  return i;
}

function groupIndex(d: DedupeIndex, obs: Observation): number {
  let byCycle = d.groups.get(obs.source);
  if (byCycle === undefined) d.groups.set(obs.source, (byCycle = new Map()));
  let byModule = byCycle.get(obs.cycle);
  if (byModule === undefined) byCycle.set(obs.cycle, (byModule = new Map()));
  const module = obs.module ?? '';
  let g = byModule.get(module);
  if (g === undefined) byModule.set(module, (g = d.groupCount++));
  return g;
}

/** The packed location of a duplicate's first record, or -1 after recording this one as new. */
export function firstSeen(d: DedupeIndex, obs: Observation, loc: number, identity: string | undefined): number {
  if (identity === undefined) {
    const a = intern(d.agents, obs.agent);
    if (a === d.perAgent.length) d.perAgent.push(new Map());
    const skill = intern(d.skills, obs.skill);
    const group = groupIndex(d, obs);
    if (skill < CAP && group < CAP) {
      const key = skill + CAP * (group + CAP * intern(d.dates, obs.assessedAt));
      const m = d.perAgent[a]!;
      const i = m.get(key);
      if (i === undefined) {
        m.set(key, d.firstLevel.length);
        d.firstLevel.push(obs.level);
        d.firstLoc.push(loc);
        return -1;
      }
      if (d.firstLevel[i] === obs.level) return d.firstLoc[i]!;
      // Same key, another score: a second evaluation that day, unless seen exactly before.
    }
  }
  const key = identity ?? `${obs.source}\u0000${obs.cycle}\u0000${obs.agent}\u0000${obs.skill}\u0000${obs.module ?? ''}\u0000${obs.assessedAt}\u0000${obs.level}`;
  const first = d.exact.get(key);
  if (first !== undefined) return first;
  d.exact.set(key, loc);
  return -1;
}

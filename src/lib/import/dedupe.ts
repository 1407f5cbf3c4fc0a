/**
 * Duplicate detection for millions of records. A string key per record costs
 * more than JSON.parse itself, and a Map entry per record costs more memory than
 * the engine's sums, so ids are interned to small integers and packed into one
 * 53-bit number — agent, skill, group (source, cycle, module) and date — kept in
 * an open-addressing table of typed arrays (about 20 bytes a record, against ~70
 * for a Map and two arrays). Hand-written because no JS collection stores
 * number → (level, location) without a heap object or boxed entry per record.
 * Scores that differ under the same key, identities and anything past the caps
 * use string keys in `exact`.
 */
import type { Observation } from '../gap/types.ts';

const FILE_STRIDE = 2 ** 31;
// 20 + 10 + 10 + 13 bits = 53: agents, skills, groups and dates a key can index.
const AGENTS = 2 ** 20;
const SKILLS = 2 ** 10;
const GROUPS = 2 ** 10;
const DATES = 2 ** 13;

/** key → (level of the first record, its packed location), open addressing, linear probing. */
class KeyTable {
  private keys = new Float64Array(1 << 16).fill(-1);
  private levels = new Float32Array(1 << 16);
  private locs = new Float64Array(1 << 16);
  private size = 0;

  /** The slot for `key`, probing from its 32-bit hash `h`. */
  private slot(key: number, h: number): number {
    const mask = this.keys.length - 1;
    let i = h & mask;
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  /** A hash of a key from its low and high 32 bits (for rehashing, where the parts are gone). */
  static hashOf(key: number): number {
    const lo = key % 4294967296;
    return Math.imul(lo ^ Math.imul((key - lo) / 4294967296, 0x9e3779b1), 0x85ebca6b);
  }

  // Grows fourfold: fewer rehashes of millions of keys, at most a quarter of the table wasted.
  private grow(): void {
    const { keys, levels, locs } = this;
    this.keys = new Float64Array(keys.length * 4).fill(-1);
    this.levels = new Float32Array(keys.length * 4);
    this.locs = new Float64Array(keys.length * 4);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === -1) continue;
      const j = this.slot(keys[i]!, KeyTable.hashOf(keys[i]!));
      this.keys[j] = keys[i]!;
      this.levels[j] = levels[i]!;
      this.locs[j] = locs[i]!;
    }
  }

  /** The first record under `key`, after storing this one if there was none. */
  firstOrAdd(key: number, level: number, loc: number): { level: number; loc: number } | null {
    const i = this.slot(key, KeyTable.hashOf(key));
    if (this.keys[i] === key) return { level: this.levels[i]!, loc: this.locs[i]! };
    this.keys[i] = key;
    this.levels[i] = level;
    this.locs[i] = loc;
    if (++this.size * 10 > this.keys.length * 7) this.grow();
    return null;
  }
}

export interface DedupeIndex {
  /** The last agent and date interned: exports are grouped by agent, so most lookups hit. */
  last: { agent: string; agentIndex: number; date: string; dateIndex: number };
  agents: Map<string, number>;
  skills: Map<string, number>;
  /** source → cycle → module ('' for none) → group index. */
  groups: Map<string, Map<string, Map<string, number>>>;
  groupCount: number;
  dates: Map<string, number>;
  table: KeyTable;
  /** String key → packed location. */
  exact: Map<string, number>;
}

export function createDedupe(): DedupeIndex {
  return { last: { agent: '', agentIndex: -1, date: '', dateIndex: -1 }, agents: new Map(), skills: new Map(), groups: new Map(), groupCount: 0, dates: new Map(), table: new KeyTable(), exact: new Map() };
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
    const { last } = d;
    if (obs.agent !== last.agent) (last.agent = obs.agent), (last.agentIndex = intern(d.agents, obs.agent));
    if (obs.assessedAt !== last.date) (last.date = obs.assessedAt), (last.dateIndex = intern(d.dates, obs.assessedAt));
    const agent = last.agentIndex;
    const date = last.dateIndex;
    const skill = intern(d.skills, obs.skill);
    const group = groupIndex(d, obs);
    if (agent < AGENTS && skill < SKILLS && group < GROUPS && date < DATES) {
      const key = ((agent * SKILLS + skill) * GROUPS + group) * DATES + date;
      const first = d.table.firstOrAdd(key, obs.level, loc);
      if (first === null) return -1;
      // Same key and score: a duplicate. Another score: a second evaluation that day, unless seen exactly before.
      if (first.level === Math.fround(obs.level)) return first.loc;
    }
  }
  const key = identity ?? `${obs.source}\u0000${obs.cycle}\u0000${obs.agent}\u0000${obs.skill}\u0000${obs.module ?? ''}\u0000${obs.assessedAt}\u0000${obs.level}`;
  const first = d.exact.get(key);
  if (first !== undefined) return first;
  d.exact.set(key, loc);
  return -1;
}

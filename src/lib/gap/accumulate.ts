import { MICRO, SEP, type EngineContext } from './context.ts';
import type { Observation } from './types.ts';

/**
 * Pass 1 of the engine: observations in, one at a time, and never kept. Memory
 * grows with (team, cycle, agent) slots × skills × sources, not with records, so
 * an import can stream millions of results through `add`.
 */

/** A Float64Array that doubles when full. */
function grow(array: Float64Array<ArrayBuffer>, needed: number): Float64Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  let size = array.length || 1024;
  while (size < needed) size *= 2;
  const bigger = new Float64Array(size);
  bigger.set(array);
  return bigger;
}

/** Per (team, cycle): the newest result date per skill index. */
export interface CycleDates {
  team: string;
  cycle: string;
  newest: string[];
}

/** Sums and counts per (team, cycle, agent) slot, skill and source, plus pre/post pairs. */
export class GapAccumulator {
  readonly slotTeam: string[] = [];
  readonly slotCycle: string[] = [];
  readonly slotAgent: string[] = [];
  /** Micro-level sums at (slot × S + skill) × NS + source. */
  sums = new Float64Array(0);
  /** Result counts at the same index. */
  counts = new Float64Array(0);
  /** Per (team, agent, module, skill): [preSum, preCount, postSum, postCount] in micro-levels. */
  readonly prePost = new Map<string, number[]>();
  /** Newest result date per (team, cycle) and skill index. */
  readonly dates = new Map<string, CycleDates>();
  /** Newest accepted result date overall: the reference for "how old". */
  asOf: string | null = null;

  private readonly slots = new Map<string, number>();
  private last = { team: '', cycle: '', agent: '', slot: -1 };

  readonly ctx: EngineContext;

  constructor(ctx: EngineContext) {
    this.ctx = ctx;
  }

  /** Adds one observation. Unknown teams and untargeted skills are ignored (importers reject them first). */
  add(o: Observation): void {
    const info = this.ctx.teams.get(o.team);
    if (info === undefined || !Number.isFinite(o.level)) return;
    const level = o.level < 1 ? 1 : o.level > 5 ? 5 : o.level;
    const micro = Math.round(level * MICRO);
    if (this.asOf === null || o.assessedAt > this.asOf) this.asOf = o.assessedAt;
    if ((o.source === 'pre' || o.source === 'post') && o.module !== undefined) this.addPrePost(o, micro);

    const si = this.ctx.sourceIndex.get(o.source);
    const ki = this.ctx.skillIndex.get(o.skill);
    if (si === undefined || ki === undefined || info.targets[ki] === 0) return;
    const S = this.ctx.skillIds.length;
    const NS = this.ctx.counted.length;
    const cell = (this.slotOf(o) * S + ki) * NS + si;
    this.sums[cell]! += micro;
    this.counts[cell]! += 1;
    this.noteDate(o, ki);
  }

  private addPrePost(o: Observation, micro: number): void {
    const key = o.team + SEP + o.agent + SEP + o.module + SEP + o.skill;
    let acc = this.prePost.get(key);
    if (acc === undefined) this.prePost.set(key, (acc = [0, 0, 0, 0]));
    const at = o.source === 'pre' ? 0 : 2;
    acc[at]! += micro;
    acc[at + 1]! += 1;
  }

  private lastDates: CycleDates | undefined;

  private noteDate(o: Observation, ki: number): void {
    let d = this.lastDates;
    if (d === undefined || d.team !== o.team || d.cycle !== o.cycle) {
      const key = o.team + SEP + o.cycle;
      d = this.dates.get(key);
      if (d === undefined) {
        d = { team: o.team, cycle: o.cycle, newest: new Array<string>(this.ctx.skillIds.length).fill('') };
        this.dates.set(key, d);
      }
      this.lastDates = d;
    }
    if (o.assessedAt > d.newest[ki]!) d.newest[ki] = o.assessedAt;
  }

  /** The slot of (team, cycle, agent); exports are usually grouped by agent, so the last slot is a cheap cache. */
  private slotOf(o: Observation): number {
    const last = this.last;
    if (o.agent === last.agent && o.cycle === last.cycle && o.team === last.team) return last.slot;
    const key = o.team + SEP + o.cycle + SEP + o.agent;
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.slotTeam.length;
      this.slots.set(key, slot);
      this.slotTeam.push(o.team);
      this.slotCycle.push(o.cycle);
      this.slotAgent.push(o.agent);
      const size = (slot + 1) * this.ctx.skillIds.length * this.ctx.counted.length;
      this.sums = grow(this.sums, size);
      this.counts = grow(this.counts, size);
    }
    this.last = { team: o.team, cycle: o.cycle, agent: o.agent, slot };
    return slot;
  }
}

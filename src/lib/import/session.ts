/**
 * The state one import run shares across files: the content it validates against,
 * the roster of agents, the duplicate index, the accepted observations and the
 * rejects. Importers call `accept` or `reject` once per record, so every record read
 * is counted exactly once and nothing is dropped silently.
 */
import type { ContentModel } from '../content-model.ts';
import type { Observation, Source } from '../gap/types.ts';
import type { Problem, ProblemKind } from '../problems.ts';
import type { Settings } from '../schemas/settings.ts';
import { closest } from '../suggest.ts';

/** Formats the importers recognise by content. */
export type ExportFormat = 'native' | 'xapi' | 'csv' | 'unknown';

/** Counts for one input file. */
export interface FileSummary {
  file: string;
  format: ExportFormat;
  /** CSV profile name, for CSV files. */
  profile?: string;
  read: number;
  accepted: number;
  rejected: number;
  /** Observations produced (a module quiz counts for each skill the module teaches). */
  observations: number;
}

/** Someone the roster knows. */
export interface RosterEntry {
  team: string;
  /** Cycle of the export that defined the entry; a later cycle wins when people move. */
  cycle: string;
}

/** The content an import validates against, as fast lookup sets. */
export interface ImportContext {
  settings: Settings;
  skills: ReadonlySet<string>;
  teams: ReadonlySet<string>;
  /** Module id → skill ids it teaches. */
  modules: ReadonlyMap<string, readonly string[]>;
}

/** Mutable state of one import run. */
export interface ImportSession {
  ctx: ImportContext;
  roster: Map<string, RosterEntry>;
  /** Lower-case email → agent id, for xAPI `actor.mbox`. */
  emails: Map<string, string>;
  /** Duplicate index; see `acceptOnce`. */
  dedupe: DedupeIndex;
  observations: Observation[];
  problems: Problem[];
  files: FileSummary[];
}

/** Build the lookup context from the content model and settings. */
export function importContext(model: Pick<ContentModel, 'skills' | 'teams' | 'modules'>, settings: Settings): ImportContext {
  return {
    settings,
    skills: new Set(model.skills.map((s) => s.id)),
    teams: new Set(model.teams.map((t) => t.id)),
    modules: new Map(model.modules.map((m) => [m.id, m.data.skills.map((s) => s.skill)])),
  };
}

/** Start an import run. */
export function createSession(ctx: ImportContext): ImportSession {
  return {
    ctx,
    roster: new Map(),
    emails: new Map(),
    dedupe: { agents: new Map(), perAgent: [], skills: new Map(), groups: new Map(), dates: new Map(), firstLevel: [], firstLoc: [], exact: new Map() },
    observations: [],
    problems: [],
    files: [],
  };
}

/** Start counting a file. */
export function openFile(s: ImportSession, file: string, format: ExportFormat): FileSummary {
  const summary: FileSummary = { file, format, read: 0, accepted: 0, rejected: 0, observations: 0 };
  s.files.push(summary);
  return summary;
}

/** A record-level reject: where, which field, what value, why. */
export type RejectInfo = Omit<Problem, 'severity' | 'file'>;

/** Reject one record. Rejects are warnings: the reject rate, not one record, fails the build. */
export function reject(s: ImportSession, f: FileSummary, r: RejectInfo): void {
  f.rejected++;
  const p: Problem = { kind: r.kind, severity: 'warning', file: f.file };
  if (r.line !== undefined) p.line = r.line;
  if (r.record !== undefined) p.record = r.record;
  if (r.field !== undefined) p.field = r.field;
  if (r.value !== undefined) p.value = r.value;
  if (r.suggestion !== undefined) p.suggestion = r.suggestion;
  if (r.detail !== undefined) p.detail = r.detail;
  s.problems.push(p);
}

/** A file-level error: the file could not be read at all, which fails the build. */
export function fileError(s: ImportSession, file: string, kind: ProblemKind, detail: string, line?: number, field?: string, value?: unknown): void {
  const p: Problem = { kind, severity: 'error', file, detail };
  if (line !== undefined) p.line = line;
  if (field !== undefined) p.field = field;
  if (value !== undefined) p.value = value;
  s.problems.push(p);
}

/** Reject for an unknown skill, with a did-you-mean. */
export function unknownSkill(s: ImportSession, f: FileSummary, where: RejectInfo, skill: unknown): void {
  const suggestion = closest(skill, [...s.ctx.skills]);
  reject(s, f, { ...where, kind: 'unknown-skill', value: skill, ...(suggestion ? { suggestion } : {}) });
}

/** Reject for an unknown team, with a did-you-mean. */
export function unknownTeam(s: ImportSession, f: FileSummary, where: RejectInfo, team: unknown, detail?: string): void {
  const suggestion = closest(team, [...s.ctx.teams]);
  reject(s, f, { ...where, kind: 'unknown-team', value: team, ...(suggestion ? { suggestion } : {}), ...(detail ? { detail } : {}) });
}

/** Reject for an unknown module, with a did-you-mean. */
export function unknownModule(s: ImportSession, f: FileSummary, where: RejectInfo, module: unknown): void {
  const suggestion = closest(module, [...s.ctx.modules.keys()]);
  reject(s, f, { ...where, kind: 'unknown-module', value: module, ...(suggestion ? { suggestion } : {}) });
}

/** Add or update a roster entry; a later cycle (or a later file in the same cycle) wins. */
export function addToRoster(s: ImportSession, id: string, team: string, cycle: string, email?: string): void {
  const old = s.roster.get(id);
  if (old === undefined || cycle >= old.cycle) s.roster.set(id, { team, cycle });
  if (email) s.emails.set(email.trim().toLowerCase(), id);
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY-MM-DD` from a date or ISO timestamp string, or null when it is not a real date. */
export function isoDay(value: unknown): string | null {
  if (typeof value !== 'string' || value.length < 10) return null;
  for (let i = 0; i < 10; i++) {
    const c = value.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return null;
  }
  const month = (value.charCodeAt(5) - 48) * 10 + value.charCodeAt(6) - 48;
  const day = (value.charCodeAt(8) - 48) * 10 + value.charCodeAt(9) - 48;
  if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]!) return null;
  if (month === 2 && day === 29) {
    const year = Number(value.slice(0, 4));
    if (year % 4 !== 0 || (year % 100 === 0 && year % 400 !== 0)) return null;
  }
  if (value.length > 10) {
    const sep = value.charCodeAt(10);
    if (sep !== 84 && sep !== 32) return null; // 'T' or ' '
    if (Number.isNaN(Date.parse(value))) return null;
  }
  return value.slice(0, 10);
}

/** Map a score linearly from [min, max] onto the 1–5 skill scale. */
export function toLevel(score: number, min: number, max: number): number {
  return 1 + (4 * (score - min)) / (max - min);
}

/** Parse a score cell: trims, accepts a decimal comma and a trailing %, else NaN. */
export function parseScore(raw: string): number {
  let t = raw.trim();
  if (t === '') return Number.NaN;
  if (t.endsWith('%')) t = t.slice(0, -1).trimEnd();
  if (t.includes(',') && !t.includes('.')) t = t.replace(',', '.');
  return Number(t);
}

const FILE_STRIDE = 2 ** 31;
const CAP = 4096;

/**
 * Duplicate detection for millions of records. A string key per record costs more
 * than JSON.parse itself (building and hashing it), so ids are interned to small
 * integers and each agent gets a Map keyed by one number: skill + CAP × (group +
 * CAP × date), where group is (source, cycle, module). Scores that differ under
 * the same key, identities and anything past the caps use string keys in `exact`.
 */
export interface DedupeIndex {
  agents: Map<string, number>;
  perAgent: Array<Map<number, number>>;
  skills: Map<string, number>;
  /** source → cycle → module ('' for none) → group index. */
  groups: Map<string, Map<string, Map<string, number>>>;
  dates: Map<string, number>;
  /** Level and packed location of the first record per numeric key. */
  firstLevel: number[];
  firstLoc: number[];
  /** String key → packed location. */
  exact: Map<string, number>;
}

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
  if (g === undefined) {
    g = 0;
    for (const c of d.groups.values()) for (const m of c.values()) g += m.size;
    byModule.set(module, g);
  }
  return g;
}

function describeLocation(s: ImportSession, packed: number): string {
  const file = s.files[Math.floor(packed / FILE_STRIDE)];
  const pos = packed % FILE_STRIDE;
  if (!file) return 'an earlier record';
  return file.format === 'csv' ? `${file.file}:${pos}` : `${file.file} record ${pos}`;
}

/** The packed location of a duplicate's first record, or -1 after recording this one as new. */
function firstSeen(s: ImportSession, obs: Observation, loc: number, identity: string | undefined): number {
  const d = s.dedupe;
  const exactKey = (): string =>
    `${obs.source}\u0000${obs.cycle}\u0000${obs.agent}\u0000${obs.skill}\u0000${obs.module ?? ''}\u0000${obs.assessedAt}\u0000${obs.level}`;
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
  const key = identity ?? exactKey();
  const first = d.exact.get(key);
  if (first !== undefined) return first;
  d.exact.set(key, loc);
  return -1;
}

/**
 * Accept one record unless an identical one was seen: same source, cycle, agent,
 * skill, module, date and score (two QA evaluations on one day are two records),
 * or the same `identity` (an xAPI statement id, a CSV evaluation id). Returns
 * false (and rejects it) for a duplicate.
 */
export function acceptOnce(s: ImportSession, f: FileSummary, where: RejectInfo, obs: Observation, identity?: string): boolean {
  // Files are imported one after another, so the current file is the last one opened.
  const loc = (s.files.length - 1) * FILE_STRIDE + (where.line ?? where.record ?? 0);
  const first = firstSeen(s, obs, loc, identity);
  if (first >= 0) {
    reject(s, f, {
      ...where,
      kind: 'duplicate-record',
      value: `${obs.agent} ${obs.skill}${obs.module ? ` ${obs.module}` : ''} ${obs.assessedAt}`,
      detail: describeLocation(s, first),
    });
    return false;
  }
  s.observations.push(obs);
  f.accepted++;
  f.observations++;
  return true;
}

/** Add the extra observations of an already accepted record (a module quiz's other skills). */
export function addObservation(s: ImportSession, f: FileSummary, obs: Observation): void {
  s.observations.push(obs);
  f.observations++;
}

/** Is this one of the sources the engine knows? */
export function isSource(value: unknown, sources: readonly Source[]): value is Source {
  return typeof value === 'string' && (sources as readonly string[]).includes(value);
}

/**
 * The state one import run shares across files: the content it validates
 * against, the roster, the duplicate index and the counts. Importers call
 * `accept`, `skip` or `reject` exactly once per record, so for every file
 * read = accepted + skipped + rejected, and nothing is dropped silently.
 * Accepted observations go straight to a sink (the gap engine's accumulator),
 * so memory grows with people, not with records.
 */
import type { ContentModel } from '../content-model.ts';
import { hmacSha256 } from '../gap/hmac.ts';
import type { Observation } from '../gap/types.ts';
import type { Problem, ProblemKind } from '../problems.ts';
import type { Settings } from '../schemas/settings.ts';
import { closest } from '../suggest.ts';
import { createDedupe, firstSeen, locate, type DedupeIndex } from './dedupe.ts';
import { createRoster, type Roster } from './roster.ts';

/** Formats the importers recognise by content. */
export type ExportFormat = 'native' | 'xapi' | 'csv' | 'roster' | 'zendesk-qa' | 'maestro-qa' | 'maestro-qa-scores' | 'unknown';

/** Formats whose rows describe people or reviews, not assessment records: left out of the totals. */
export const referenceFormats: ReadonlySet<ExportFormat> = new Set(['roster', 'maestro-qa-scores']);

/** Why a record was skipped: expected, harmless, and not counted toward the reject rate. */
export const skipReasons = ['no-score', 'not-an-assessment', 'voided', 'voiding', 'not-applicable', 'not-in-crosswalk'] as const;
export type SkipReason = (typeof skipReasons)[number];

/** Counts for one input file. */
export interface FileSummary {
  file: string;
  format: ExportFormat;
  /** CSV profile or preset name, for CSV files. */
  profile?: string;
  read: number;
  accepted: number;
  skipped: number;
  rejected: number;
  /** Skipped records per reason. */
  skippedBy: Partial<Record<SkipReason, number>>;
  /** Observations produced (a module quiz counts for each skill the module teaches). */
  observations: number;
}

/** The content an import validates against, as fast lookup sets. */
export interface ImportContext {
  settings: Settings;
  skills: ReadonlySet<string>;
  teams: ReadonlySet<string>;
  /** Module id → skill ids it teaches. */
  modules: ReadonlyMap<string, readonly string[]>;
  /** Masks an identifier for the rejects report, keeping masked values distinct. */
  mask: (value: string) => string;
}

/** Mutable state of one import run. */
export interface ImportSession {
  ctx: ImportContext;
  roster: Roster;
  dedupe: DedupeIndex;
  /** Receives every accepted observation. */
  sink: (o: Observation) => void;
  problems: Problem[];
  files: FileSummary[];
  /** MaestroQA: gradable_id → the reviewed agent (id or alias) and the grading date. */
  gradables: Map<string, { agent: string; date: string; line: number; file: string }>;
}

const EMAIL = /(?:mailto:)?([^\s@,;"'<>…])[^\s@,;"'<>…]*@([^\s@,;"'<>]+)/g;

/**
 * Every email in a value as `s…@example.org #3fa2`: the local part is hidden, and a
 * short keyed hash tells two hidden addresses apart. Masking twice changes nothing.
 */
export function maskWith(secret: string): (value: string) => string {
  return (value) =>
    value.replace(EMAIL, (whole, first: string, domain: string) => {
      const tag = hmacSha256(secret, whole.replace(/^mailto:/, '').toLowerCase()).slice(0, 4);
      return `${first}…@${domain} #${tag}`;
    });
}

/** Builds the lookup context from the content model and settings. */
export function importContext(model: Pick<ContentModel, 'skills' | 'teams' | 'modules'>, settings: Settings, secret = 'gapwise-mask'): ImportContext {
  return {
    settings,
    skills: new Set(model.skills.map((s) => s.id)),
    teams: new Set(model.teams.map((t) => t.id)),
    modules: new Map(model.modules.map((m) => [m.id, m.data.skills.map((s) => s.skill)])),
    mask: maskWith(secret),
  };
}

/** Starts an import run. */
export function createSession(ctx: ImportContext, sink: (o: Observation) => void): ImportSession {
  return { ctx, roster: createRoster(), dedupe: createDedupe(), sink, problems: [], files: [], gradables: new Map() };
}

/** Starts counting a file. */
export function openFile(s: ImportSession, file: string, format: ExportFormat): FileSummary {
  const summary: FileSummary = { file, format, read: 0, accepted: 0, skipped: 0, rejected: 0, skippedBy: {}, observations: 0 };
  s.files.push(summary);
  return summary;
}

/** A record-level reject: where, which field, what value, why. */
export type RejectInfo = Omit<Problem, 'severity' | 'file'>;

/** Rejects one record. Rejects are warnings: the reject rate, not one record, fails the build. */
export function reject(s: ImportSession, f: FileSummary, r: RejectInfo): void {
  f.rejected++;
  const p: Problem = { kind: r.kind, severity: 'warning', file: f.file };
  if (r.line !== undefined) p.line = r.line;
  if (r.record !== undefined) p.record = r.record;
  if (r.field !== undefined) p.field = r.field;
  if (r.value !== undefined) p.value = typeof r.value === 'string' ? s.ctx.mask(r.value) : r.value;
  if (r.suggestion !== undefined) p.suggestion = r.suggestion;
  if (r.detail !== undefined) p.detail = r.detail;
  s.problems.push(p);
}

/** Skips one record that measures nothing (no score, not an assessment, N/A, voided). */
export function skip(f: FileSummary, reason: SkipReason): void {
  f.skipped++;
  f.skippedBy[reason] = (f.skippedBy[reason] ?? 0) + 1;
}

/** A file-level error: the file could not be read at all, which fails the build. */
export function fileError(s: ImportSession, file: string, kind: ProblemKind, detail: string, line?: number, field?: string, value?: unknown): void {
  const p: Problem = { kind, severity: 'error', file, detail };
  if (line !== undefined) p.line = line;
  if (field !== undefined) p.field = field;
  if (value !== undefined) p.value = value;
  s.problems.push(p);
}

/** A file-level warning, e.g. a CSV with a header and no rows. */
export function fileWarning(s: ImportSession, file: string, kind: ProblemKind, line?: number): void {
  s.problems.push({ kind, severity: 'warning', file, ...(line !== undefined ? { line } : {}) });
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

/**
 * Accepts one record unless an identical one was seen (same source, cycle, agent,
 * skill, module, date and score, or the same `identity` such as an xAPI statement
 * id or a CSV evaluation id). Returns false (and rejects it) for a duplicate.
 */
export function acceptOnce(s: ImportSession, f: FileSummary, where: RejectInfo, obs: Observation, identity?: string): boolean {
  // Files are imported one after another, so the current file is the last one opened.
  const loc = locate(s.files.length - 1, where.line ?? where.record ?? 0);
  const first = firstSeen(s.dedupe, obs, loc, identity);
  if (first >= 0) {
    reject(s, f, {
      ...where,
      kind: 'duplicate-record',
      value: `${obs.agent} ${obs.skill}${obs.module ? ` ${obs.module}` : ''} ${obs.assessedAt}`,
      detail: describeLocation(s, first),
    });
    return false;
  }
  s.sink(obs);
  f.accepted++;
  f.observations++;
  return true;
}

/** Adds the extra observations of an already accepted record (a module quiz's other skills). */
export function addObservation(s: ImportSession, f: FileSummary, obs: Observation): void {
  s.sink(obs);
  f.observations++;
}

function describeLocation(s: ImportSession, packed: number): string {
  const { file: index, position } = locate.unpack(packed);
  const file = s.files[index];
  if (!file) return 'an earlier record';
  return file.format === 'xapi' || file.format === 'native' || file.format === 'roster' ? `${file.file} record ${position}` : `${file.file}:${position}`;
}

/**
 * The CSV importer. A file is matched to a profile in settings.yaml by its header
 * names (Unicode-normalised, trimmed, case-folded); the profile says which column
 * holds which field, the source, the cycle, the scale and the date format. Long
 * format has a skill and a score column (one row per skill); wide format, as QA
 * scorecards export it, has one score column per skill. Every agent is resolved
 * through the roster, and a team column must agree with it.
 */
import { isCycle } from '../cycles.ts';
import type { Observation, Source } from '../gap/types.ts';
import { sources } from '../gap/types.ts';
import type { CsvProfile } from '../schemas/settings.ts';
import type { CsvRow, CsvTable } from './csv.ts';
import { resolveAgent } from './roster.ts';
import {
  acceptOnce,
  fileError,
  fileWarning,
  openFile,
  reject,
  skip,
  unknownModule,
  unknownSkill,
  unknownTeam,
  type FileSummary,
  type ImportSession,
  type RejectInfo,
} from './session.ts';
import { isSource, normHeader, parseDay, parseScore, toLevel } from './values.ts';

/** The first profile whose `match` headers all occur in the header row. */
export function matchProfile(header: readonly string[], profiles: readonly CsvProfile[]): CsvProfile | undefined {
  const have = new Set(header.map(normHeader));
  return profiles.find((p) => p.match.every((m) => have.has(normHeader(m))));
}

type Cols = Record<keyof CsvProfile['columns'], number>;

/** Column indexes of the profile's fields (-1: not configured, -2: configured but absent). */
function columnsOf(table: CsvTable, profile: CsvProfile): { cols: Cols; wide: Array<{ header: string; skill: string; at: number }>; missing?: string } {
  const index = new Map(table.header.map((h, i) => [normHeader(h), i] as const));
  const col = (name: string | undefined): number => (name === undefined ? -1 : (index.get(normHeader(name)) ?? -2));
  const c = profile.columns;
  const cols = Object.fromEntries(Object.entries(c).map(([k, name]) => [k, col(name)])) as Cols;
  for (const k of ['team', 'skill', 'score', 'cycle', 'source', 'module', 'id'] as const) cols[k] ??= -1;
  const wide = Object.entries(profile.skillColumns ?? {}).map(([header, skill]) => ({ header, skill, at: col(header) }));
  const missingCol = (Object.entries(cols) as Array<[keyof Cols, number]>).find(([, i]) => i === -2);
  const missing = missingCol ? c[missingCol[0]] : wide.find((w) => w.at < 0)?.header;
  return { cols, wide, ...(missing !== undefined ? { missing } : {}) };
}

/** Imports one parsed CSV file with the profile that matches its header. */
export function importCsv(s: ImportSession, file: string, table: CsvTable): void {
  const profile = matchProfile(table.header, s.ctx.settings.csv.profiles);
  if (!profile) {
    fileError(s, file, 'unknown-format', `no CSV profile in settings.yaml matches the header ${JSON.stringify(table.header.join(table.delimiter))}`, 1);
    openFile(s, file, 'csv');
    return;
  }
  const { cols, wide, missing } = columnsOf(table, profile);
  if (missing !== undefined) {
    fileError(s, file, 'unknown-format', `profile "${profile.name}" needs a column "${missing}" that the header lacks`, 1);
    openFile(s, file, 'csv');
    return;
  }
  const f = openFile(s, file, 'csv');
  f.profile = profile.name;
  if (table.rows.length === 0) fileWarning(s, file, 'empty-export', 1);
  for (const row of table.rows) importRow(s, f, table, row, profile, cols, wide);
}

/** Checks shared by every score on a row: who, when, which cycle and source. */
function rowContext(s: ImportSession, row: CsvRow, profile: CsvProfile, cols: Cols): { agent: string; team: string; cycle: string; source: Source; day: string } | RejectInfo {
  const c = profile.columns;
  const cell = (i: number) => (i < 0 ? '' : row.fields[i]!.trim());
  const line = row.line;
  const key = cell(cols.agent);
  if (key === '') return { kind: 'missing-field', line, field: c.agent };
  const agent = resolveAgent(s.roster, key);
  if (agent === undefined) return { kind: 'unknown-agent', line, field: c.agent, value: key };
  const team = s.roster.ids.get(agent)!.team;
  if (cols.team >= 0 && cell(cols.team) !== team) {
    const given = cell(cols.team);
    if (given === '') return { kind: 'missing-field', line, field: c.team! };
    return s.ctx.teams.has(given) ? { kind: 'team-mismatch', line, field: c.team!, value: given, detail: `the roster puts ${agent} in ${team}` } : { kind: 'unknown-team', line, field: c.team!, value: given };
  }
  const cycle = cols.cycle >= 0 ? cell(cols.cycle) : profile.cycle!;
  if (cycle === '') return { kind: 'missing-field', line, field: c.cycle! };
  if (!isCycle(cycle, s.ctx.settings.cycles)) return { kind: 'bad-cycle', line, field: c.cycle ?? 'cycle', value: cycle };
  const source = cols.source >= 0 ? cell(cols.source) : profile.source!;
  if (!isSource(source, sources)) return { kind: 'schema', line, field: c.source!, value: source, detail: `source must be one of ${sources.join(', ')}` };
  const rawDate = cell(cols.assessedAt);
  if (rawDate === '') return { kind: 'missing-field', line, field: c.assessedAt };
  const day = parseDay(rawDate, profile.dateFormat);
  if (day === null) return { kind: 'bad-date', line, field: c.assessedAt, value: rawDate, detail: profile.dateFormat };
  return { agent, team, cycle, source, day };
}

/** One row: each of its scores is a record, counted once. */
function importRow(s: ImportSession, f: FileSummary, table: CsvTable, row: CsvRow, profile: CsvProfile, cols: Cols, wide: ReadonlyArray<{ header: string; skill: string; at: number }>): void {
  const width = table.header.length;
  if (row.error !== undefined || row.fields.length !== width) {
    f.read++;
    // The raw row may hold names or emails: report its shape, never its text.
    const detail = row.error ?? `${row.fields.length} ${row.fields.length === 1 ? 'field' : 'fields'} where the header has ${width}`;
    return reject(s, f, { kind: 'malformed-row', line: row.line, detail });
  }
  const ctx = rowContext(s, row, profile, cols);
  const scores = wide.length > 0
    ? wide.map((w) => ({ skill: w.skill, raw: row.fields[w.at]!.trim(), field: table.header[w.at]! })).filter((x) => x.raw !== '') // an empty cell: not scored on this skill, not a record
    : [{ skill: row.fields[cols.skill]!.trim(), raw: row.fields[cols.score]!.trim(), field: profile.columns.score! }];
  const module = cols.module >= 0 ? row.fields[cols.module]!.trim() : '';
  const id = cols.id >= 0 ? row.fields[cols.id]!.trim() : '';
  for (const sc of scores) {
    f.read++;
    if (profile.na.includes(sc.raw)) {
      skip(f, 'not-applicable');
      continue;
    }
    if ('kind' in ctx) {
      reject(s, f, ctx);
      continue;
    }
    const at = { line: row.line, field: sc.field };
    if (!s.ctx.skills.has(sc.skill)) unknownSkill(s, f, { kind: 'unknown-skill', line: row.line, field: profile.columns.skill ?? sc.field }, sc.skill);
    else if (module !== '' && !s.ctx.modules.has(module)) unknownModule(s, f, { kind: 'unknown-module', line: row.line, field: profile.columns.module! }, module);
    else if (!s.ctx.teams.has(ctx.team)) unknownTeam(s, f, { kind: 'unknown-team', line: row.line, field: profile.columns.agent }, ctx.team, `team of agent ${ctx.agent}`);
    else {
      const score = parseScore(sc.raw);
      const { min, max } = profile.scale;
      if (Number.isNaN(score)) reject(s, f, { kind: 'bad-score', ...at, value: sc.raw });
      else if (score < min || score > max) reject(s, f, { kind: 'score-out-of-range', ...at, value: score, detail: `${min}–${max}` });
      else {
        const obs: Observation = { source: ctx.source, cycle: ctx.cycle, agent: ctx.agent, team: ctx.team, skill: sc.skill, level: toLevel(score, min, max), assessedAt: ctx.day };
        if (module !== '') obs.module = module;
        const identity = id !== '' ? `csv\u0000${profile.name}\u0000${id}\u0000${sc.skill}` : undefined;
        acceptOnce(s, f, { kind: 'duplicate-record', line: row.line }, obs, identity);
      }
    }
  }
}

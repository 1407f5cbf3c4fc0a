/**
 * The CSV importer. A file is matched to a profile in settings.yaml by its header
 * names; the profile says which column holds which field, the source, the cycle and
 * the scale. Long format has a skill and a score column (one row per skill); wide
 * format, as QA scorecards export it, has one score column per skill.
 */
import type { Observation, Source } from '../gap/types.ts';
import { sources } from '../gap/types.ts';
import type { CsvProfile } from '../schemas/settings.ts';
import type { CsvTable } from './csv.ts';
import {
  acceptOnce,
  fileError,
  isSource,
  isoDay,
  openFile,
  parseScore,
  reject,
  toLevel,
  unknownModule,
  unknownSkill,
  unknownTeam,
  type ImportSession,
} from './session.ts';

const norm = (h: string) => h.trim().toLowerCase();

/** The first profile whose `match` headers all occur in the header row. */
export function matchProfile(header: readonly string[], profiles: readonly CsvProfile[]): CsvProfile | undefined {
  const have = new Set(header.map(norm));
  return profiles.find((p) => p.match.every((m) => have.has(norm(m))));
}

/** Import one parsed CSV file with the profile that matches its header. */
export function importCsv(s: ImportSession, file: string, table: CsvTable): void {
  const profile = matchProfile(table.header, s.ctx.settings.csv.profiles);
  if (!profile) {
    fileError(s, file, 'unknown-format', `no CSV profile in settings.yaml matches the header ${JSON.stringify(table.header.join(table.delimiter))}`, 1);
    openFile(s, file, 'csv');
    return;
  }
  const index = new Map(table.header.map((h, i) => [norm(h), i] as const));
  const col = (name: string | undefined): number => (name === undefined ? -1 : (index.get(norm(name)) ?? -2));
  const c = profile.columns;
  const cols = {
    agent: col(c.agent),
    team: col(c.team),
    skill: col(c.skill),
    score: col(c.score),
    assessedAt: col(c.assessedAt),
    cycle: col(c.cycle),
    source: col(c.source),
    module: col(c.module),
    id: col(c.id),
  };
  const missing = Object.entries(cols).find(([, i]) => i === -2);
  const wide = profile.skillColumns
    ? Object.entries(profile.skillColumns).map(([header, skill]) => ({ header, skill, at: col(header) }))
    : [];
  const missingWide = wide.find((w) => w.at < 0);
  if (missing || missingWide) {
    const name = missing ? c[missing[0] as keyof typeof c] : missingWide!.header;
    fileError(s, file, 'unknown-format', `profile "${profile.name}" needs a column "${name}" that the header lacks`, 1);
    openFile(s, file, 'csv');
    return;
  }
  const f = openFile(s, file, 'csv');
  f.profile = profile.name;
  const { skills, teams, modules } = s.ctx;
  const { min, max } = profile.scale;
  const width = table.header.length;
  const cell = (row: string[], i: number) => (i < 0 ? '' : row[i]!.trim());
  const header = table.header;

  for (const row of table.rows) {
    const line = row.line;
    const fields = row.fields;
    if (row.error !== undefined || fields.length !== width) {
      f.read++;
      const detail = row.error ?? `${fields.length} ${fields.length === 1 ? 'field' : 'fields'} where the header has ${width}`;
      reject(s, f, { kind: 'malformed-row', line, value: fields.join(table.delimiter).slice(0, 80), detail });
      continue;
    }
    // Checks shared by every score on the row; a failure rejects each of the row's records.
    const agent = cell(fields, cols.agent);
    let rowProblem: { kind: 'missing-field' | 'unknown-agent' | 'unknown-team' | 'bad-date' | 'schema'; field: string; value?: string; detail?: string } | undefined;
    let team: string | undefined;
    let badTeam: string | undefined;
    if (agent === '') rowProblem = { kind: 'missing-field', field: c.agent };
    else if (cols.team >= 0) {
      team = cell(fields, cols.team);
      if (team === '') rowProblem = { kind: 'missing-field', field: c.team! };
      else if (!teams.has(team)) badTeam = team;
    } else {
      team = s.roster.get(agent)?.team;
      if (team === undefined) rowProblem = { kind: 'unknown-agent', field: c.agent, value: agent };
      else if (!teams.has(team)) badTeam = team;
    }
    const cycle = cols.cycle >= 0 ? cell(fields, cols.cycle) : profile.cycle!;
    const sourceText = cols.source >= 0 ? cell(fields, cols.source) : profile.source!;
    const rawDate = cell(fields, cols.assessedAt);
    const day = isoDay(rawDate);
    const module = cols.module >= 0 ? cell(fields, cols.module) : '';
    const id = cols.id >= 0 ? cell(fields, cols.id) : '';
    if (!rowProblem) {
      if (cycle === '') rowProblem = { kind: 'missing-field', field: c.cycle! };
      else if (!isSource(sourceText, sources)) {
        rowProblem = { kind: 'schema', field: c.source!, value: sourceText, detail: `source must be one of ${sources.join(', ')}` };
      } else if (rawDate === '') rowProblem = { kind: 'missing-field', field: c.assessedAt };
      else if (day === null) rowProblem = { kind: 'bad-date', field: c.assessedAt, value: rawDate };
    }
    const source = sourceText as Source;
    const record = (skill: string, rawScore: string, field: string): void => {
      f.read++;
      const at = { line, field };
      if (rowProblem) {
        const { kind, value, detail } = rowProblem;
        reject(s, f, { kind, line, field: rowProblem.field, ...(value !== undefined ? { value } : {}), ...(detail ? { detail } : {}) });
        return;
      }
      if (badTeam !== undefined) return unknownTeam(s, f, { kind: 'unknown-team', line, field: c.team ?? c.agent }, badTeam);
      if (!skills.has(skill)) return unknownSkill(s, f, { kind: 'unknown-skill', line, field: c.skill ?? field }, skill);
      if (module !== '' && !modules.has(module)) return unknownModule(s, f, { kind: 'unknown-module', line, field: c.module! }, module);
      const score = parseScore(rawScore);
      if (Number.isNaN(score)) return reject(s, f, { kind: 'bad-score', ...at, value: rawScore });
      if (score < min || score > max) {
        return reject(s, f, { kind: 'score-out-of-range', ...at, value: score, detail: `${min}–${max}` });
      }
      const obs: Observation = { source, cycle, agent, team: team!, skill, level: toLevel(score, min, max), assessedAt: day! };
      if (module !== '') obs.module = module;
      const identity = id !== '' ? `csv\u0000${profile.name}\u0000${id}\u0000${skill}` : undefined;
      acceptOnce(s, f, { kind: 'duplicate-record', line }, obs, identity);
    };
    if (wide.length > 0) {
      // An empty cell means "not scored on this skill", which is not a record.
      for (const w of wide) {
        const raw = fields[w.at]!.trim();
        if (raw !== '') record(w.skill, raw, header[w.at]!);
      }
    } else {
      record(cell(fields, cols.skill), cell(fields, cols.score), c.score!);
    }
  }
}

/**
 * QA-tool exports as presets: the tool's own layout is known here, and settings
 * need only a crosswalk from its categories, questions or sections to skills.
 *
 * - Zendesk QA review export: one row per review and rating category, with the
 *   reviewee (id or email, resolved through the roster), the rating and the
 *   category's scale.
 * - MaestroQA raw-score export: a scores file (one row per graded interaction,
 *   `gradable_id`, the agent and the date) and an answers file (one row per
 *   question, joined to its scores row on `gradable_id`).
 *
 * In both, N/A is skipped (never a zero), anything the crosswalk does not list is
 * skipped, and a critical or auto-fail item keeps its own rating: it is imported
 * like any other, and never zeroes the other categories of the review.
 */
import { isCycle, quarterOf } from '../cycles.ts';
import type { Observation } from '../gap/types.ts';
import type { QaPreset } from '../schemas/settings.ts';
import type { CsvRow, CsvTable } from './csv.ts';
import { resolveAgent } from './roster.ts';
import { acceptOnce, openFile, reject, skip, unknownSkill, unknownTeam, type FileSummary, type ImportSession, type RejectInfo } from './session.ts';
import { normHeader, parseDay, parseScore, toLevel } from './values.ts';

const NA = new Set(['n/a', 'na', 'not applicable', '-']);
const has = (header: readonly string[], names: string[]) => names.every((n) => header.map(normHeader).includes(n));

/** Column lookup by normalised header name. */
function columns(table: CsvTable) {
  const index = new Map(table.header.map((h, i) => [normHeader(h), i] as const));
  return (row: CsvRow, name: string) => (row.fields[index.get(name) ?? -1] ?? '').trim();
}

export const isZendeskQa = (header: readonly string[]) => has(header, ['review id', 'reviewee', 'category', 'rating']);
export const isMaestroScores = (header: readonly string[]) => has(header, ['gradable_id', 'date_graded']) && (has(header, ['agent_id']) || has(header, ['agent_email']));
export const isMaestroAnswers = (header: readonly string[]) => has(header, ['gradable_id', 'question_id', 'score']);

/** The preset a recognised export needs, or a file error when settings have none. */
function presetFor(s: ImportSession, file: string, key: 'zendeskQa' | 'maestroQa', tool: string): QaPreset | null {
  const preset = s.ctx.settings.presets[key];
  if (preset) return preset;
  s.problems.push({ kind: 'unconfigured-preset', severity: 'error', file, line: 1, field: key, detail: tool });
  openFile(s, file, key === 'zendeskQa' ? 'zendesk-qa' : 'maestro-qa');
  return null;
}

/** Who, when and which cycle, shared by the preset importers. */
function whoAndWhen(s: ImportSession, preset: QaPreset, keys: string[], rawDate: string, at: RejectInfo): { agent: string; team: string; day: string; cycle: string } | RejectInfo {
  const key = keys.find((k) => k !== '');
  if (key === undefined) return { ...at, kind: 'missing-field', field: 'reviewee' };
  const agent = keys.map((k) => (k === '' ? undefined : resolveAgent(s.roster, k))).find((a) => a !== undefined);
  if (agent === undefined) return { ...at, kind: 'unknown-agent', value: key };
  const day = parseDay(rawDate, preset.dateFormat);
  if (day === null) return { ...at, kind: rawDate === '' ? 'missing-field' : 'bad-date', field: 'date', value: rawDate, detail: preset.dateFormat };
  const cycle = preset.cycle ?? quarterOf(day);
  if (!isCycle(cycle, s.ctx.settings.cycles)) return { ...at, kind: 'bad-cycle', field: 'cycle', value: cycle };
  return { agent, team: s.roster.ids.get(agent)!.team, day, cycle };
}

/** One scored item: crosswalk, N/A, scale, then accept. */
function record(s: ImportSession, f: FileSummary, preset: QaPreset, item: { names: string[]; raw: string; min: number; max: number; identity: string }, who: ReturnType<typeof whoAndWhen>, at: RejectInfo): void {
  f.read++;
  const skill = item.names.map((n) => preset.crosswalk[n]).find((x) => x !== undefined);
  if (skill === undefined) return skip(f, 'not-in-crosswalk');
  if (NA.has(item.raw.toLowerCase())) return skip(f, 'not-applicable');
  if ('kind' in who) return reject(s, f, who);
  if (!s.ctx.skills.has(skill)) return unknownSkill(s, f, { ...at, field: 'crosswalk' }, skill);
  if (!s.ctx.teams.has(who.team)) return unknownTeam(s, f, { ...at, field: 'reviewee' }, who.team, `team of agent ${who.agent}`);
  const score = parseScore(item.raw);
  const { min, max } = preset.scale ?? item;
  if (Number.isNaN(score)) return reject(s, f, { ...at, kind: 'bad-score', field: 'rating', value: item.raw });
  if (!(max > min) || score < min || score > max) return reject(s, f, { ...at, kind: 'score-out-of-range', field: 'rating', value: score, detail: `${min}–${max}` });
  const obs: Observation = { source: preset.source, cycle: who.cycle, agent: who.agent, team: who.team, skill, level: toLevel(score, min, max), assessedAt: who.day };
  acceptOnce(s, f, { ...at, kind: 'duplicate-record' }, obs, item.identity);
}

/** Zendesk QA: one row per review and rating category. */
export function importZendeskQa(s: ImportSession, file: string, table: CsvTable): void {
  const preset = presetFor(s, file, 'zendeskQa', 'Zendesk QA');
  if (!preset) return;
  const f = openFile(s, file, 'zendesk-qa');
  f.profile = 'zendesk-qa';
  const cell = columns(table);
  for (const row of table.rows) {
    const at: RejectInfo = { kind: 'malformed-row', line: row.line };
    if (row.error !== undefined || row.fields.length !== table.header.length) {
      f.read++;
      reject(s, f, { ...at, detail: row.error ?? `${row.fields.length} fields where the header has ${table.header.length}` });
      continue;
    }
    const who = whoAndWhen(s, preset, [cell(row, 'reviewee id'), cell(row, 'reviewee email'), cell(row, 'reviewee')], cell(row, 'review date'), at);
    const scaleMax = Number(cell(row, 'scale max') || '0');
    const item = { names: [cell(row, 'category'), cell(row, 'category id')], raw: cell(row, 'rating'), min: scaleMax === 1 ? 0 : 1, max: scaleMax, identity: `zqa\u0000${cell(row, 'review id')}\u0000${cell(row, 'category id') || cell(row, 'category')}` };
    record(s, f, preset, item, who, at);
  }
}

/** MaestroQA scores file: who was graded when, per gradable_id (not records themselves). */
export function importMaestroScores(s: ImportSession, file: string, table: CsvTable): void {
  const f = openFile(s, file, 'maestro-qa-scores');
  f.profile = 'maestro-qa';
  const cell = columns(table);
  for (const row of table.rows) {
    f.read++;
    const id = cell(row, 'gradable_id');
    if (id === '') {
      reject(s, f, { kind: 'missing-field', line: row.line, field: 'gradable_id' });
      continue;
    }
    s.gradables.set(id, { agent: cell(row, 'agent_id') || cell(row, 'agent_email'), date: cell(row, 'date_graded'), line: row.line, file });
    f.accepted++;
  }
}

/** MaestroQA answers file: one row per question, joined to its scores row. */
export function importMaestroAnswers(s: ImportSession, file: string, table: CsvTable): void {
  const preset = presetFor(s, file, 'maestroQa', 'MaestroQA');
  if (!preset) return;
  const f = openFile(s, file, 'maestro-qa');
  f.profile = 'maestro-qa';
  const cell = columns(table);
  for (const row of table.rows) {
    const at: RejectInfo = { kind: 'malformed-row', line: row.line };
    const gradable = s.gradables.get(cell(row, 'gradable_id'));
    if (!gradable) {
      f.read++;
      reject(s, f, { ...at, kind: 'unknown-gradable', field: 'gradable_id', value: cell(row, 'gradable_id') });
      continue;
    }
    const na = ['true', 'yes', '1'].includes(cell(row, 'na').toLowerCase());
    const who = whoAndWhen(s, preset, [gradable.agent], gradable.date, at);
    const item = { names: [cell(row, 'question_id'), cell(row, 'question'), cell(row, 'section')], raw: na ? 'N/A' : cell(row, 'score'), min: 0, max: Number(cell(row, 'max_score') || '0'), identity: `mqa\u0000${cell(row, 'gradable_id')}\u0000${cell(row, 'question_id')}` };
    record(s, f, preset, item, who, at);
  }
}

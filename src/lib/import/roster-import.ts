/**
 * Roster files: `{ "roster": [{ id, team, aliases }] }` (JSON Schema:
 * public/schemas/roster.schema.json), or a CSV with the columns id, team and
 * optionally aliases (separated by `|`), email and name (name is never kept).
 * Roster files are imported before any export and rank above the `agents` lists
 * of native exports. Their entries are people, not assessment records: they are
 * counted in the file's row of the summary but not in the reject rate.
 */
import { rosterEntrySchema } from '../schemas/roster.ts';
import { valueAt, zodProblems } from '../zod-problems.ts';
import type { CsvTable } from './csv.ts';
import { addToRoster, ROSTER_FILE } from './roster.ts';
import { openFile, reject, unknownTeam, type FileSummary, type ImportSession } from './session.ts';
import { normHeader } from './values.ts';

const ROSTER_COLUMNS = new Set(['id', 'team', 'aliases', 'email', 'name']);

/** Is this JSON a roster file? */
export function isRosterJson(doc: unknown): doc is { roster: unknown } {
  return doc !== null && typeof doc === 'object' && !Array.isArray(doc) && 'roster' in doc;
}

/** Is this CSV header a roster's: id and team, and nothing but roster columns? */
export function isRosterCsv(header: readonly string[]): boolean {
  const names = header.map(normHeader);
  return names.includes('id') && names.includes('team') && names.every((n) => ROSTER_COLUMNS.has(n));
}

function add(s: ImportSession, f: FileSummary, where: { line?: number; record?: number; field: string }, id: string, team: string, aliases: string[]): void {
  if (!s.ctx.teams.has(team)) return unknownTeam(s, f, { kind: 'unknown-team', ...where }, team, `team of ${id}`);
  addToRoster(s.roster, id, team, ROSTER_FILE, aliases);
  f.accepted++;
}

/** Imports a JSON roster, entry by entry. */
export function importRosterJson(s: ImportSession, file: string, doc: { roster: unknown }): void {
  const f = openFile(s, file, 'roster');
  const list = Array.isArray(doc.roster) ? doc.roster : [];
  if (!Array.isArray(doc.roster)) reject(s, f, { kind: 'schema', record: 0, field: 'roster', detail: 'must be a list of { id, team, aliases }' });
  list.forEach((entry, i) => {
    f.read++;
    const parsed = rosterEntrySchema.safeParse(entry);
    if (!parsed.success) {
      const [first] = zodProblems({ file, schema: rosterEntrySchema, valueAt: (path) => valueAt(entry, path), record: i, fieldPrefix: `roster[${i}].` }, parsed.error);
      const { severity: _severity, file: _file, ...info } = first!;
      return reject(s, f, info);
    }
    add(s, f, { record: i, field: `roster[${i}].team` }, parsed.data.id, parsed.data.team, parsed.data.aliases);
  });
}

/** Imports a CSV roster, row by row. */
export function importRosterCsv(s: ImportSession, file: string, table: CsvTable): void {
  const f = openFile(s, file, 'roster');
  const col = (name: string) => table.header.findIndex((h) => normHeader(h) === name);
  const [id, team, aliases, email] = ['id', 'team', 'aliases', 'email'].map(col) as [number, number, number, number];
  for (const row of table.rows) {
    f.read++;
    const cell = (i: number) => (i < 0 ? '' : (row.fields[i] ?? '').trim());
    if (row.error !== undefined || row.fields.length !== table.header.length) {
      reject(s, f, { kind: 'malformed-row', line: row.line, detail: row.error ?? `${row.fields.length} fields where the header has ${table.header.length}` });
    } else if (cell(id) === '' || cell(team) === '') {
      reject(s, f, { kind: 'missing-field', line: row.line, field: cell(id) === '' ? table.header[id]! : table.header[team]! });
    } else {
      const names = [...cell(aliases).split(/[|;]/), cell(email)].map((a) => a.trim()).filter((a) => a !== '');
      add(s, f, { line: row.line, field: table.header[team]! }, cell(id), cell(team), names);
    }
  }
}

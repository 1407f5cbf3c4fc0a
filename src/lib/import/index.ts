/**
 * One import run over many export files. Formats are recognised by content, never
 * by file name. Native exports go first because their `agents` arrays are the
 * roster that xAPI and CSV records are matched against; each native file is
 * imported as soon as it is parsed so at most one large parsed file is in memory.
 */
import type { ContentModel } from '../content-model.ts';
import type { Observation } from '../gap/types.ts';
import type { Problem } from '../problems.ts';
import type { Settings } from '../schemas/settings.ts';
import { parseCsv } from './csv.ts';
import { importCsv } from './csv-import.ts';
import { importNative, isNativeExport } from './native.ts';
import { createSession, fileError, importContext, openFile, type ExportFormat, type FileSummary, type ImportSession } from './session.ts';
import { decodeUtf8, parseJson, stripBom } from './text.ts';
import { importXapi, xapiStatements } from './xapi.ts';

export type { FileSummary } from './session.ts';

/** One export file: its path for messages and a way to read it (bytes or text). */
export interface ImportInput {
  file: string;
  read: () => Uint8Array | string;
}

/** Counts for the whole run. */
export interface ImportSummary {
  files: FileSummary[];
  read: number;
  accepted: number;
  rejected: number;
  /** Rejected records per problem kind, keys sorted. */
  byReason: Record<string, number>;
  /** rejected / read (0 when nothing was read). */
  rejectRate: number;
  /** Files that could not be read at all. */
  fileErrors: number;
}

/** What an import run returns. */
export interface ImportResult {
  observations: Observation[];
  /** Record rejects (warnings) and file errors (errors), in input order. */
  problems: Problem[];
  summary: ImportSummary;
}

/** Optional hooks; `progress` is called after each file. */
export interface ImportHooks {
  progress?: (done: number, total: number, file: string) => void;
}

type Deferred = { file: string; format: 'xapi'; statements: unknown[] } | { file: string; format: 'csv'; text: string };

/** Recognise an export by content: JSON that is an xAPI export or a native export, else CSV. */
export function sniffFormat(text: string): ExportFormat {
  const t = stripBom(text).trimStart();
  if (t === '') return 'unknown';
  const c = t[0];
  if (c === '{' || c === '[') {
    const parsed = parseJson(t);
    if (!parsed.ok) return 'unknown';
    if (xapiStatements(parsed.value)) return 'xapi';
    return isNativeExport(parsed.value) ? 'native' : 'unknown';
  }
  return 'csv';
}

/** Read, sniff and parse one file; native exports are imported at once, the rest deferred. */
function firstPass(s: ImportSession, input: ImportInput, deferred: Deferred[]): void {
  const { file } = input;
  let text: string;
  try {
    const raw = input.read();
    if (typeof raw === 'string') text = raw;
    else {
      const decoded = decodeUtf8(raw);
      if (!decoded.ok) return failed(s, file, 'wrong-encoding', decoded.detail);
      text = decoded.text;
    }
  } catch (e) {
    return failed(s, file, 'malformed-file', `cannot read: ${e instanceof Error ? e.message : String(e)}`);
  }
  text = stripBom(text);
  let start = 0;
  while (start < text.length && text.charCodeAt(start) <= 32) start++;
  if (start === text.length) return failed(s, file, 'malformed-file', 'the file is empty');
  const c = text[start];
  if (c !== '{' && c !== '[') {
    deferred.push({ file, format: 'csv', text });
    return;
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return failed(s, file, 'malformed-file', parsed.detail, parsed.line);
  const statements = xapiStatements(parsed.value);
  if (statements) deferred.push({ file, format: 'xapi', statements });
  else if (isNativeExport(parsed.value)) importNative(s, file, parsed.value);
  else failed(s, file, 'unknown-format', 'JSON that is neither a native export {source, cycle, scale, agents, results} nor xAPI statements');
}

/** A file that could not be imported at all: an error, and a row in the summary. */
function failed(s: ImportSession, file: string, kind: Problem['kind'], detail: string, line?: number): void {
  fileError(s, file, kind, detail, line);
  openFile(s, file, 'unknown');
}

/** Import every export: validate each record, keep the good ones, report the rest. */
export function importExports(
  inputs: readonly ImportInput[],
  model: Pick<ContentModel, 'skills' | 'teams' | 'modules'>,
  settings: Settings,
  hooks: ImportHooks = {},
): ImportResult {
  const s = createSession(importContext(model, settings));
  const ordered = [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const deferred: Deferred[] = [];
  const total = ordered.length;
  let done = 0;
  for (const input of ordered) {
    const before = deferred.length;
    firstPass(s, input, deferred);
    if (deferred.length === before) hooks.progress?.(++done, total, input.file);
  }
  for (const d of deferred) {
    if (d.format === 'xapi') importXapi(s, d.file, d.statements);
    else importCsv(s, d.file, parseCsv(d.text));
    hooks.progress?.(++done, total, d.file);
  }
  // Deferred files were imported after native ones; list files in path order again.
  s.files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { observations: s.observations, problems: s.problems, summary: summarise(s) };
}

/** Totals and reject counts by reason. */
function summarise(s: ImportSession): ImportSummary {
  let read = 0;
  let accepted = 0;
  let rejected = 0;
  for (const f of s.files) {
    read += f.read;
    accepted += f.accepted;
    rejected += f.rejected;
  }
  const counts = new Map<string, number>();
  let fileErrors = 0;
  for (const p of s.problems) {
    if (p.severity === 'error') fileErrors++;
    else counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  }
  const byReason: Record<string, number> = {};
  for (const k of [...counts.keys()].sort()) byReason[k] = counts.get(k)!;
  return { files: s.files, read, accepted, rejected, byReason, rejectRate: read === 0 ? 0 : rejected / read, fileErrors };
}

/**
 * One import run over many export files. Formats are recognised by content, never
 * by file name. Files are imported in phases so that people are known before
 * their results: roster files first, then native exports (whose `agents` lists
 * extend the roster), then everything else in path order. Accepted observations
 * stream into a sink; at most one parsed file is in memory at a time.
 */
import type { ContentModel } from '../content-model.ts';
import type { Observation } from '../gap/types.ts';
import type { Problem } from '../problems.ts';
import type { Settings } from '../schemas/settings.ts';
import { parseCsv } from './csv.ts';
import { importCsv } from './csv-import.ts';
import { importNative, isNativeExport } from './native.ts';
import { importMaestroAnswers, importMaestroScores, importZendeskQa, isMaestroAnswers, isMaestroScores, isZendeskQa } from './presets.ts';
import { importRosterCsv, importRosterJson, isRosterCsv, isRosterJson } from './roster-import.ts';
import { createSession, fileError, importContext, openFile, referenceFormats, skipReasons, type FileSummary, type ImportSession, type SkipReason } from './session.ts';
import { decodeUtf8, parseJson, stripBom } from './text.ts';
import { importXapi, isNdjson, ndjsonStatements, voidedIds, xapiStatements } from './xapi.ts';

export type { FileSummary, SkipReason } from './session.ts';

/** One export file: its path for messages and a way to read it (bytes or text). */
export interface ImportInput {
  file: string;
  read: () => Uint8Array | string;
  /** The first bytes of the file, enough to recognise its format without reading it all (defaults to `read`). */
  peek?: () => Uint8Array | string;
}

/** Counts for the whole run (roster files count people, not records, and are left out of the totals). */
export interface ImportSummary {
  files: FileSummary[];
  read: number;
  accepted: number;
  skipped: number;
  rejected: number;
  /** Skipped records per reason, keys sorted. */
  skippedBy: Partial<Record<SkipReason, number>>;
  /** Rejected records per problem kind, keys sorted. */
  byReason: Record<string, number>;
  /** rejected / (accepted + rejected): skipped records never count. */
  rejectRate: number;
  /** Files that could not be imported at all. */
  failedFiles: number;
}

/** What an import run returns. */
export interface ImportResult {
  /** The accepted observations, unless a sink received them. */
  observations: Observation[];
  /** Record rejects and file warnings (warnings) and file errors (errors), in input order. */
  problems: Problem[];
  summary: ImportSummary;
}

/** Optional hooks: `progress` after each file; `sink` receives observations instead of the result array. */
export interface ImportHooks {
  progress?: (done: number, total: number, file: string) => void;
  sink?: (o: Observation) => void;
  /** Key for the short hashes that keep masked emails apart in the rejects report. */
  secret?: string;
}

type Kind = 'roster-json' | 'roster-csv' | 'native' | 'xapi' | 'ndjson' | 'csv' | 'zendesk-qa' | 'maestro-scores' | 'maestro-answers';
interface Classified {
  input: ImportInput;
  kind: Kind;
  /** Decoded text, kept for everything but native exports (which are re-read: they can be large). */
  text?: string;
}

const NATIVE_KEYS = new Set(['source', 'cycle', 'exportedAt', 'scale', 'agents', 'results']);

/** The decoded text of an input (or of its first bytes), or a file error. */
function readText(s: ImportSession, input: ImportInput, head = false): string | null {
  let raw: Uint8Array | string;
  try {
    raw = head && input.peek ? input.peek() : input.read();
  } catch (e) {
    failed(s, input.file, 'unreadable-file', e instanceof Error ? e.message : String(e));
    return null;
  }
  if (typeof raw === 'string') return stripBom(raw);
  // A peeked head may end inside a multi-byte character: drop the incomplete tail.
  const decoded = decodeUtf8(head && input.peek ? trimPartial(raw) : raw);
  if (!decoded.ok) {
    failed(s, input.file, decoded.kind, decoded.detail);
    return null;
  }
  return stripBom(decoded.text);
}

/** Bytes up to the last complete UTF-8 character. */
function trimPartial(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  let back = 0;
  while (end > 0 && back < 4 && (bytes[end - 1]! & 0xc0) === 0x80) (end--, back++);
  if (end > 0 && bytes[end - 1]! >= 0xc0) end--;
  return bytes.subarray(0, end);
}

/** Recognises a file by content: cheaply by its first key or line, by a full parse only when unsure. */
function classify(s: ImportSession, input: ImportInput, text: string): Kind | null {
  const t = text.trimStart();
  if (t === '') return failed(s, input.file, 'malformed-file', 'the file is empty'), null;
  if (t[0] === '[') return 'xapi';
  if (t[0] !== '{') return csvKind(parseCsv(t.slice(0, t.indexOf('\n') >>> 0)).header);
  if (isNdjson(t)) return 'ndjson';
  const firstKey = /^\{\s*"([^"]*)"/.exec(t)?.[1] ?? '';
  if (firstKey === 'roster') return 'roster-json';
  if (firstKey === 'statements' || firstKey === 'more') return 'xapi';
  if (NATIVE_KEYS.has(firstKey)) return 'native';
  const parsed = parseJson(t);
  if (!parsed.ok) return failed(s, input.file, 'malformed-file', parsed.detail, parsed.line), null;
  if (isRosterJson(parsed.value)) return 'roster-json';
  if (xapiStatements(parsed.value)) return 'xapi';
  if (isNativeExport(parsed.value)) return 'native';
  failed(s, input.file, 'unknown-format', 'JSON that is neither a native export {source, cycle, scale, agents, results}, a roster {roster: [...]}, nor xAPI statements');
  return null;
}

/** Which importer reads a CSV, from its header row. */
function csvKind(header: readonly string[]): Kind {
  if (isRosterCsv(header)) return 'roster-csv';
  if (isZendeskQa(header)) return 'zendesk-qa';
  if (isMaestroScores(header)) return 'maestro-scores';
  if (isMaestroAnswers(header)) return 'maestro-answers';
  return 'csv';
}

/** A file that could not be imported at all: an error, and a row in the summary. */
function failed(s: ImportSession, file: string, kind: Problem['kind'], detail: string, line?: number): void {
  fileError(s, file, kind, detail, line);
  openFile(s, file, 'unknown');
}

/** Parses JSON text, or reports the file. */
function json(s: ImportSession, file: string, text: string): { value: unknown } | null {
  const parsed = parseJson(text);
  if (parsed.ok) return { value: parsed.value };
  failed(s, file, 'malformed-file', parsed.detail, parsed.line);
  return null;
}

/** Imports one classified file. */
function importOne(s: ImportSession, c: Classified, voided: ReadonlySet<string>): void {
  const { file } = c.input;
  if (c.kind === 'csv') return importCsv(s, file, parseCsv(c.text!));
  if (c.kind === 'roster-csv') return importRosterCsv(s, file, parseCsv(c.text!));
  if (c.kind === 'zendesk-qa') return importZendeskQa(s, file, parseCsv(c.text!));
  if (c.kind === 'maestro-scores') return importMaestroScores(s, file, parseCsv(c.text!));
  if (c.kind === 'maestro-answers') return importMaestroAnswers(s, file, parseCsv(c.text!));
  if (c.kind === 'ndjson') {
    const { statements, lines } = ndjsonStatements(c.text!);
    return importXapi(s, file, statements, voided, lines);
  }
  // A native export is read only now (it can be large), and its text is let go as soon as it is parsed.
  let text = c.text ?? readText(s, c.input);
  if (text === null) return;
  const doc = json(s, file, text);
  text = null;
  c.text = undefined;
  if (!doc) return;
  if (c.kind === 'roster-json') return isRosterJson(doc.value) ? importRosterJson(s, file, doc.value) : failed(s, file, 'unknown-format', 'expected { "roster": [...] }');
  if (c.kind === 'native') return importNative(s, file, doc.value);
  const statements = xapiStatements(doc.value);
  if (!statements) return failed(s, file, 'unknown-format', 'expected an array of xAPI statements or { "statements": [...] }');
  importXapi(s, file, statements, voided);
}

/** Voided statement ids across every xAPI file, so a voiding statement in a later file still counts. */
function collectVoided(files: readonly Classified[]): Set<string> {
  const out = new Set<string>();
  for (const c of files) {
    if (c.kind === 'ndjson') {
      for (const id of voidedIds(ndjsonStatements(c.text!).statements)) out.add(id);
      continue;
    }
    const parsed = parseJson(c.text!);
    for (const id of voidedIds((parsed.ok && xapiStatements(parsed.value)) || [])) out.add(id);
  }
  return out;
}

// People first (rosters, then native exports' agents), then MaestroQA scores before their answers, then the rest.
const PHASE: Record<Kind, number> = { 'roster-json': 0, 'roster-csv': 0, 'native': 1, 'maestro-scores': 2, 'xapi': 3, 'ndjson': 3, 'csv': 3, 'zendesk-qa': 3, 'maestro-answers': 3 };

/** Imports every export: validates each record, streams the good ones, reports the rest. */
export function importExports(
  inputs: readonly ImportInput[],
  model: Pick<ContentModel, 'skills' | 'teams' | 'modules'>,
  settings: Settings,
  hooks: ImportHooks = {},
): ImportResult {
  const collected: Observation[] = [];
  const s = createSession(importContext(model, settings, hooks.secret), hooks.sink ?? ((o) => collected.push(o)));
  const ordered = [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const classified: Classified[] = [];
  for (const input of ordered) {
    const head = readText(s, input, true);
    const kind = head === null ? null : classify(s, input, head);
    if (kind === null) continue;
    // Everything but a native export is kept as text for the second phase; with a peek, read it whole now.
    const text = kind === 'native' ? undefined : input.peek ? readText(s, input) : head!;
    if (text !== null) classified.push({ input, kind, ...(text === undefined ? {} : { text }) });
  }
  const voided = collectVoided(classified.filter((c) => c.kind === 'xapi' || c.kind === 'ndjson'));
  const total = ordered.length;
  let done = ordered.length - classified.length;
  for (const c of [...classified].sort((a, b) => PHASE[a.kind] - PHASE[b.kind])) {
    importOne(s, c, voided);
    c.text = undefined; // let the text go as soon as its file is done
    hooks.progress?.(++done, total, c.input.file);
  }
  s.files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { observations: collected, problems: s.problems, summary: summarise(s) };
}

/** Totals, skips by reason and rejects by reason. */
function summarise(s: ImportSession): ImportSummary {
  const records = s.files.filter((f) => !referenceFormats.has(f.format));
  const sum = (k: 'read' | 'accepted' | 'skipped' | 'rejected') => records.reduce((t, f) => t + f[k], 0);
  const skippedBy: Partial<Record<SkipReason, number>> = {};
  for (const r of skipReasons) {
    const n = records.reduce((t, f) => t + (f.skippedBy[r] ?? 0), 0);
    if (n > 0) skippedBy[r] = n;
  }
  const rosterFiles = new Set(s.files.filter((f) => referenceFormats.has(f.format)).map((f) => f.file));
  const counts = new Map<string, number>();
  for (const p of s.problems) if (p.severity === 'warning' && !rosterFiles.has(p.file) && p.kind !== 'empty-export') counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  const byReason: Record<string, number> = {};
  for (const k of [...counts.keys()].sort()) byReason[k] = counts.get(k)!;
  const accepted = sum('accepted');
  const rejected = sum('rejected');
  const failedFiles = new Set(s.problems.filter((p) => p.severity === 'error').map((p) => p.file)).size;
  return { files: s.files, read: sum('read'), accepted, skipped: sum('skipped'), rejected, skippedBy, byReason, rejectRate: accepted + rejected === 0 ? 0 : rejected / (accepted + rejected), failedFiles };
}

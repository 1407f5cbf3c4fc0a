/**
 * The xAPI importer, for statements as LRSs export them: a bare array,
 * `{ statements, more }` pages, or newline-delimited JSON. Only assessment verbs
 * count (settings `xapi.verbs`); statements that measure nothing — other verbs,
 * no score, voiding and voided statements — are skipped, not rejected. The actor
 * is resolved through the roster (`account.name` or `mbox`, as an id or an
 * alias); the activity is mapped by `object.id`, falling back to the context's
 * parent and grouping activities.
 */
import { isCycle, quarterOf } from '../cycles.ts';
import type { Observation, Source } from '../gap/types.ts';
import type { XapiTarget } from '../schemas/settings.ts';
import { resolveAgent } from './roster.ts';
import {
  acceptOnce,
  addObservation,
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
import { isoDay, toLevel } from './values.ts';

export { quarterOf };

/** The verb of a voiding statement; its object is a StatementRef to the voided one. */
export const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const looksLikeStatement = (v: unknown) => {
  const o = asObj(v);
  return o !== undefined && ('actor' in o || 'verb' in o || 'object' in o);
};

/** The statements of an xAPI export (an array or `{ statements, more }`), or null when the JSON is not one. */
export function xapiStatements(doc: unknown): unknown[] | null {
  if (Array.isArray(doc)) return doc.length === 0 || looksLikeStatement(doc[0]) ? doc : null;
  const o = asObj(doc);
  return o && Array.isArray(o.statements) ? o.statements : null;
}

/** A single JSON object per line that is a statement: the first line of newline-delimited JSON. */
export function isNdjson(text: string): boolean {
  const end = text.indexOf('\n');
  if (end < 0) return false;
  try {
    return looksLikeStatement(JSON.parse(text.slice(0, end)));
  } catch {
    return false;
  }
}

/** Newline-delimited statements with their 1-based lines; a line that is not JSON is kept as a string to reject. */
export function ndjsonStatements(text: string): { statements: unknown[]; lines: number[] } {
  const statements: unknown[] = [];
  const lines: number[] = [];
  text.split('\n').forEach((raw, i) => {
    const t = raw.trim();
    if (t === '') return;
    let value: unknown = t;
    try {
      value = JSON.parse(t);
    } catch {
      // kept as the raw string: importXapi rejects it as a malformed statement
    }
    statements.push(value);
    lines.push(i + 1);
  });
  return { statements, lines };
}

/** Ids of statements that some voiding statement voids. */
export function voidedIds(statements: readonly unknown[]): Set<string> {
  const out = new Set<string>();
  for (const st of statements) {
    const o = asObj(st);
    const ref = asObj(o?.object);
    if (asObj(o?.verb)?.id === VOIDED && typeof ref?.id === 'string') out.add(ref.id);
  }
  return out;
}

/** Why a statement measures nothing, or null when it is an assessment with a score. */
function skipReason(st: Obj, verbs: readonly string[], voided: ReadonlySet<string>) {
  const verb = asObj(st.verb)?.id;
  if (verb === VOIDED) return 'voiding' as const;
  if (typeof st.id === 'string' && voided.has(st.id)) return 'voided' as const;
  if (typeof verb !== 'string' || !verbs.includes(verb)) return 'not-an-assessment' as const;
  const score = asObj(asObj(st.result)?.score);
  if (!score || (score.scaled === undefined && score.raw === undefined)) return 'no-score' as const;
  return null;
}

/** The level a statement's score means, or a reject. */
function levelOf(st: Obj, at: RejectInfo): number | RejectInfo {
  const score = asObj(asObj(st.result)?.score)!;
  if (score.scaled !== undefined) {
    const scaled = score.scaled;
    if (typeof scaled !== 'number' || !Number.isFinite(scaled)) return { ...at, kind: 'bad-score', field: 'result.score.scaled', value: scaled };
    // xAPI allows −1…1, but a negative mastery score has no meaning on a skill scale.
    if (scaled < 0 || scaled > 1) return { ...at, kind: 'score-out-of-range', field: 'result.score.scaled', value: scaled, detail: '0–1' };
    return toLevel(scaled, 0, 1);
  }
  const { raw, min, max } = score;
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return { ...at, kind: 'bad-score', field: 'result.score.raw', value: raw };
  if (typeof min !== 'number' || typeof max !== 'number' || !(max > min))
    return { ...at, kind: 'missing-field', field: typeof min !== 'number' ? 'result.score.min' : 'result.score.max', detail: 'raw scores need min and max with max > min' };
  if (raw < min || raw > max) return { ...at, kind: 'score-out-of-range', field: 'result.score.raw', value: raw, detail: `${min}–${max}` };
  return toLevel(raw, min, max);
}

/** The agent and team behind a statement's actor, or a reject. */
function actorOf(s: ImportSession, st: Obj, at: RejectInfo): { agent: string; team: string } | RejectInfo {
  const actor = asObj(st.actor);
  const account = asObj(actor?.account)?.name;
  const mbox = actor?.mbox;
  const [field, key] = typeof account === 'string' && account !== '' ? ['actor.account.name', account] : typeof mbox === 'string' && mbox !== '' ? ['actor.mbox', mbox] : [null, null];
  if (field === null) return { ...at, kind: 'missing-field', field: 'actor.account.name', detail: 'or actor.mbox' };
  const agent = resolveAgent(s.roster, key!);
  if (agent === undefined) return { ...at, kind: 'unknown-agent', field, value: key };
  return { agent, team: s.roster.ids.get(agent)!.team };
}

/** The mapped activity: object.id, then the context's parent and grouping activities. */
function targetOf(s: ImportSession, st: Obj): { iri: string; target: XapiTarget } | { iri: unknown } {
  const { objects } = s.ctx.settings.xapi;
  const context = asObj(asObj(st.context)?.contextActivities);
  const ids = [asObj(st.object)?.id, ...[context?.parent, context?.grouping].flatMap((l) => (Array.isArray(l) ? l : l ? [l] : []).map((a) => asObj(a)?.id))];
  for (const id of ids) if (typeof id === 'string' && objects[id]) return { iri: id, target: objects[id] };
  return { iri: asObj(st.object)?.id };
}

/** Imports the statements of one xAPI export; `lines` locates NDJSON statements. */
export function importXapi(s: ImportSession, file: string, statements: readonly unknown[], voided: ReadonlySet<string>, lines?: readonly number[]): void {
  const f = openFile(s, file, 'xapi');
  for (let i = 0; i < statements.length; i++) {
    f.read++;
    const at: RejectInfo = lines ? { kind: 'malformed-row', line: lines[i]! } : { kind: 'malformed-row', record: i };
    const st = asObj(statements[i]);
    if (!st) {
      reject(s, f, { ...at, detail: 'a statement must be a JSON object' });
      continue;
    }
    const reason = skipReason(st, s.ctx.settings.xapi.verbs, voided);
    if (reason) skip(f, reason);
    else importStatement(s, f, st, at);
  }
}

/** One assessment statement with a score: who, what, how well, when. */
function importStatement(s: ImportSession, f: FileSummary, st: Obj, at: RejectInfo): void {
  const { settings, skills, teams, modules } = s.ctx;
  const who = actorOf(s, st, at);
  if ('kind' in who) return reject(s, f, who);
  if (!teams.has(who.team)) return unknownTeam(s, f, { ...at, field: 'actor' }, who.team, `team of agent ${who.agent}`);
  const mapped = targetOf(s, st);
  if (!('target' in mapped)) {
    if (typeof mapped.iri !== 'string' || mapped.iri === '') return reject(s, f, { ...at, kind: 'missing-field', field: 'object.id' });
    return reject(s, f, { ...at, kind: 'unmapped-object', field: 'object.id', value: mapped.iri });
  }
  const { iri, target } = mapped;
  const taught = target.module !== undefined ? modules.get(target.module) : undefined;
  if (target.module !== undefined && !taught) return unknownModule(s, f, { ...at, field: `xapi.objects["${iri}"].module` }, target.module);
  const targetSkills = target.skill !== undefined ? [target.skill] : taught!;
  const badSkill = targetSkills.find((k) => !skills.has(k));
  if (badSkill !== undefined) return unknownSkill(s, f, { ...at, field: `xapi.objects["${iri}"].skill` }, badSkill);
  const level = levelOf(st, at);
  if (typeof level !== 'number') return reject(s, f, level);
  const day = isoDay(st.timestamp);
  if (day === null) return reject(s, f, { ...at, kind: st.timestamp === undefined ? 'missing-field' : 'bad-date', field: 'timestamp', value: st.timestamp });
  const ext = settings.xapi.cycleExtension ? asObj(asObj(st.context)?.extensions)?.[settings.xapi.cycleExtension] : undefined;
  const cycle = typeof ext === 'string' && ext !== '' ? ext : quarterOf(day);
  if (!isCycle(cycle, settings.cycles)) return reject(s, f, { ...at, kind: 'bad-cycle', field: 'context.extensions', value: cycle });
  const source: Source = target.source ?? settings.xapi.source;
  const observe = (skill: string): Observation => ({ source, cycle, agent: who.agent, team: who.team, skill, level, assessedAt: day, ...(target.module !== undefined ? { module: target.module } : {}) });
  // Quiz attempts repeat on the same day, so the statement id (or the full timestamp) tells copies apart.
  const identity = typeof st.id === 'string' && st.id !== '' ? `xapi\u0000${st.id}` : `xapi\u0000${who.agent}\u0000${iri}\u0000${String(st.timestamp)}`;
  if (!acceptOnce(s, f, { ...at, kind: 'duplicate-record' }, observe(targetSkills[0]!), identity)) return;
  for (const skill of targetSkills.slice(1)) addObservation(s, f, observe(skill));
}

/**
 * The xAPI importer: statements as an LRS exports them, either a bare array or
 * `{ statements: [...] }`. The actor is matched by `account.name` (roster id) or
 * `mbox` (roster email); `object.id` is mapped to a skill or a module through
 * `xapi.objects` in settings.yaml; the score is `result.score.scaled` (0–1) or
 * `raw` on `min`–`max`; the date is the statement's `timestamp`.
 */
import type { Observation, Source } from '../gap/types.ts';
import {
  acceptOnce,
  addObservation,
  isoDay,
  openFile,
  reject,
  toLevel,
  unknownModule,
  unknownSkill,
  unknownTeam,
  type ImportSession,
} from './session.ts';

/** The statements of an xAPI export, or null when the JSON is not one. */
export function xapiStatements(doc: unknown): unknown[] | null {
  if (Array.isArray(doc)) {
    const first = doc[0] as Record<string, unknown> | undefined;
    if (doc.length === 0 || (first && typeof first === 'object' && ('actor' in first || 'verb' in first || 'object' in first))) return doc;
    return null;
  }
  if (doc !== null && typeof doc === 'object' && Array.isArray((doc as { statements?: unknown }).statements)) {
    return (doc as { statements: unknown[] }).statements;
  }
  return null;
}

/** An email shown in a reject with its local part hidden: rejects must not leak addresses. */
export function maskEmail(mbox: string): string {
  const address = mbox.startsWith('mailto:') ? mbox.slice(7) : mbox;
  const at = address.indexOf('@');
  if (at < 1) return 'mailto:…';
  return `mailto:${address[0]}…${address.slice(at)}`;
}

/** The quarter of a date as a cycle label: 2026-05-14 → "2026-Q2". */
export function quarterOf(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);

/** Import the statements of one xAPI export. */
export function importXapi(s: ImportSession, file: string, statements: readonly unknown[]): void {
  const f = openFile(s, file, 'xapi');
  const { settings, skills, teams, modules } = s.ctx;
  const { objects, cycleExtension } = settings.xapi;
  for (let i = 0; i < statements.length; i++) {
    f.read++;
    const st = asObj(statements[i]);
    const at = { kind: 'malformed-row' as const, record: i };
    if (!st) {
      reject(s, f, { ...at, value: statements[i], detail: 'a statement must be an object' });
      continue;
    }
    // Who.
    const actor = asObj(st.actor);
    const accountName = asObj(actor?.account)?.name;
    const mbox = actor?.mbox;
    let agent: string | undefined;
    if (typeof accountName === 'string' && accountName !== '') {
      agent = s.roster.has(accountName) ? accountName : undefined;
      if (!agent) {
        reject(s, f, { kind: 'unknown-agent', record: i, field: 'actor.account.name', value: accountName });
        continue;
      }
    } else if (typeof mbox === 'string' && mbox !== '') {
      const email = (mbox.startsWith('mailto:') ? mbox.slice(7) : mbox).trim().toLowerCase();
      agent = s.emails.get(email);
      if (!agent) {
        reject(s, f, { kind: 'unknown-agent', record: i, field: 'actor.mbox', value: maskEmail(mbox) });
        continue;
      }
    } else {
      reject(s, f, { kind: 'missing-field', record: i, field: 'actor.account.name', detail: 'or actor.mbox' });
      continue;
    }
    const team = s.roster.get(agent)!.team;
    if (!teams.has(team)) {
      unknownTeam(s, f, { kind: 'unknown-team', record: i, field: 'actor' }, team, `team of agent ${agent}`);
      continue;
    }
    // What.
    const objectId = asObj(st.object)?.id;
    if (typeof objectId !== 'string' || objectId === '') {
      reject(s, f, { kind: 'missing-field', record: i, field: 'object.id' });
      continue;
    }
    const target = objects[objectId];
    if (!target) {
      reject(s, f, { kind: 'unmapped-object', record: i, field: 'object.id', value: objectId });
      continue;
    }
    let targetSkills: readonly string[];
    if (target.module !== undefined) {
      const taught = modules.get(target.module);
      if (!taught) {
        unknownModule(s, f, { kind: 'unknown-module', record: i, field: `xapi.objects["${objectId}"].module` }, target.module);
        continue;
      }
      targetSkills = target.skill !== undefined ? [target.skill] : taught;
    } else {
      targetSkills = [target.skill!];
    }
    const badSkill = targetSkills.find((k) => !skills.has(k));
    if (badSkill !== undefined) {
      unknownSkill(s, f, { kind: 'unknown-skill', record: i, field: `xapi.objects["${objectId}"].skill` }, badSkill);
      continue;
    }
    // How well.
    const score = asObj(asObj(st.result)?.score);
    let level: number;
    if (score && score.scaled !== undefined) {
      const scaled = score.scaled;
      if (typeof scaled !== 'number' || !Number.isFinite(scaled)) {
        reject(s, f, { kind: 'bad-score', record: i, field: 'result.score.scaled', value: scaled });
        continue;
      }
      // xAPI allows −1…1, but a negative mastery score has no meaning on a skill scale.
      if (scaled < 0 || scaled > 1) {
        reject(s, f, { kind: 'score-out-of-range', record: i, field: 'result.score.scaled', value: scaled, detail: '0–1' });
        continue;
      }
      level = toLevel(scaled, 0, 1);
    } else if (score && score.raw !== undefined) {
      const { raw, min, max } = score;
      if (typeof raw !== 'number' || !Number.isFinite(raw)) {
        reject(s, f, { kind: 'bad-score', record: i, field: 'result.score.raw', value: raw });
        continue;
      }
      if (typeof min !== 'number' || typeof max !== 'number' || !(max > min)) {
        reject(s, f, {
          kind: 'missing-field',
          record: i,
          field: typeof min !== 'number' ? 'result.score.min' : 'result.score.max',
          detail: 'raw scores need min and max with max > min',
        });
        continue;
      }
      if (raw < min || raw > max) {
        reject(s, f, { kind: 'score-out-of-range', record: i, field: 'result.score.raw', value: raw, detail: `${min}–${max}` });
        continue;
      }
      level = toLevel(raw, min, max);
    } else {
      reject(s, f, { kind: 'missing-field', record: i, field: 'result.score', detail: 'give result.score.scaled or raw with min and max' });
      continue;
    }
    // When.
    const day = isoDay(st.timestamp);
    if (day === null) {
      const missing = st.timestamp === undefined;
      reject(s, f, { kind: missing ? 'missing-field' : 'bad-date', record: i, field: 'timestamp', value: st.timestamp });
      continue;
    }
    const ext = cycleExtension ? asObj(asObj(st.context)?.extensions)?.[cycleExtension] : undefined;
    const cycle = typeof ext === 'string' && ext !== '' ? ext : quarterOf(day);
    const source: Source = target.source ?? settings.xapi.source;
    const first = targetSkills[0]!;
    const obs: Observation = { source, cycle, agent, team, skill: first, level, assessedAt: day };
    if (target.module !== undefined) obs.module = target.module;
    // Quiz attempts repeat on the same day, so the statement id (or the full timestamp) tells copies apart.
    const identity = typeof st.id === 'string' && st.id !== '' ? `xapi\u0000${st.id}` : `xapi\u0000${agent}\u0000${objectId}\u0000${String(st.timestamp)}`;
    if (!acceptOnce(s, f, { kind: 'duplicate-record', record: i }, obs, identity)) continue;
    for (let k = 1; k < targetSkills.length; k++) {
      const more: Observation = { source, cycle, agent, team, skill: targetSkills[k]!, level, assessedAt: day };
      if (target.module !== undefined) more.module = target.module;
      addObservation(s, f, more);
    }
  }
}

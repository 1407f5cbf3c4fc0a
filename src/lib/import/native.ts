/**
 * The native JSON importer: `{ source, cycle, exportedAt, scale, agents, results }`.
 * The header is checked with the zod schema; results are checked one by one by hand
 * (no zod, no spread, no regex per record) so that a bad result costs only itself
 * and two million results stay close to the cost of JSON.parse.
 */
import type { Observation } from '../gap/types.ts';
import { nativeHeaderSchema } from '../schemas/assessment.ts';
import { isCycle } from '../cycles.ts';
import { valueAt, zodProblems } from '../zod-problems.ts';
import { addToRoster, resolveAgent } from './roster.ts';
import { acceptOnce, fileError, openFile, reject, unknownModule, unknownSkill, unknownTeam, type ImportSession } from './session.ts';
import { isoDay, toLevel } from './values.ts';



/** Does this parsed JSON look like a native export? */
export function isNativeExport(doc: unknown): boolean {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return false;
  return 'results' in doc || 'agents' in doc || 'scale' in doc;
}

/** Import one parsed native export into the session. */
export function importNative(s: ImportSession, file: string, doc: unknown): void {
  const header = nativeHeaderSchema.safeParse(doc);
  const results = (doc as { results?: unknown }).results;
  if (!header.success || !Array.isArray(results)) {
    // A broken header (e.g. a scale with max below min) makes every score in the file meaningless.
    if (!header.success) s.problems.push(...zodProblems({ file, schema: nativeHeaderSchema, valueAt: (path) => valueAt(doc, path) }, header.error).slice(0, 5));
    if (!Array.isArray(results)) fileError(s, file, 'schema', 'must be an array of {agent, skill, score, assessedAt}', undefined, 'results', results === undefined ? undefined : typeof results);
    openFile(s, file, 'native');
    return;
  }
  const { source, cycle, scale, agents } = header.data;
  if (!isCycle(cycle, s.ctx.settings.cycles)) {
    fileError(s, file, 'bad-cycle', 'the whole file is in this cycle', undefined, 'cycle', cycle);
    openFile(s, file, 'native');
    return;
  }
  const f = openFile(s, file, 'native');
  const local = new Map<string, string>();
  for (const a of agents) {
    local.set(a.id, a.team);
    addToRoster(s.roster, a.id, a.team, cycle, a.email ? [a.email] : []);
  }
  const { skills, teams, modules } = s.ctx;
  const min = scale.min;
  const max = scale.max;
  const needsModule = source === 'pre' || source === 'post';
  for (let i = 0; i < results.length; i++) {
    f.read++;
    const r = results[i] as Record<string, unknown> | null;
    if (r === null || typeof r !== 'object' || Array.isArray(r)) {
      reject(s, f, { kind: 'malformed-row', record: i, field: `results[${i}]`, value: r, detail: 'a result must be an object' });
      continue;
    }
    const key = r.agent;
    if (typeof key !== 'string' || key === '') {
      reject(s, f, { kind: 'missing-field', record: i, field: `results[${i}].agent` });
      continue;
    }
    const agent = local.has(key) ? key : (resolveAgent(s.roster, key) ?? key);
    const team = local.get(agent) ?? s.roster.ids.get(agent)?.team;
    if (team === undefined) {
      reject(s, f, { kind: 'unknown-agent', record: i, field: `results[${i}].agent`, value: agent });
      continue;
    }
    if (!teams.has(team)) {
      unknownTeam(s, f, { kind: 'unknown-team', record: i, field: `results[${i}].agent` }, team, `team of agent ${agent}`);
      continue;
    }
    const skill = r.skill;
    if (typeof skill !== 'string' || !skills.has(skill)) {
      unknownSkill(s, f, { kind: 'unknown-skill', record: i, field: `results[${i}].skill` }, skill);
      continue;
    }
    const module = r.module;
    if (module !== undefined && (typeof module !== 'string' || !modules.has(module))) {
      unknownModule(s, f, { kind: 'unknown-module', record: i, field: `results[${i}].module` }, module);
      continue;
    }
    if (needsModule && module === undefined) {
      reject(s, f, { kind: 'missing-field', record: i, field: `results[${i}].module`, detail: `${source} results need a module` });
      continue;
    }
    const score = r.score;
    if (typeof score !== 'number' || !Number.isFinite(score)) {
      reject(s, f, { kind: 'bad-score', record: i, field: `results[${i}].score`, value: score });
      continue;
    }
    if (score < min || score > max) {
      reject(s, f, { kind: 'score-out-of-range', record: i, field: `results[${i}].score`, value: score, detail: `${min}–${max}` });
      continue;
    }
    const day = isoDay(r.assessedAt);
    if (day === null) {
      reject(s, f, { kind: 'bad-date', record: i, field: `results[${i}].assessedAt`, value: r.assessedAt });
      continue;
    }
    const obs: Observation = { source, cycle, agent, team, skill, level: toLevel(score, min, max), assessedAt: day };
    if (module !== undefined) obs.module = module;
    acceptOnce(s, f, { kind: 'duplicate-record', record: i, field: `results[${i}]` }, obs);
  }
}

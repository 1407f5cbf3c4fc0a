/**
 * `content/settings.yaml` as content: validated with the same located problems as
 * every other file, plus the references the schema cannot see (skill and module
 * ids, cycle labels). An invalid file yields no settings; the join never falls
 * back to defaults.
 */
import { isCycle } from './cycles.ts';
import type { LocatedYaml } from './frontmatter.ts';
import type { Problem, ProblemKind } from './problems.ts';
import { settingsSchema, type Settings } from './schemas/settings.ts';
import { closest } from './suggest.ts';
import { parseWith, type SourceFile } from './yaml-check.ts';
import { fieldPath } from './zod-problems.ts';

/** Ids the settings may refer to. */
export interface SettingsRefs {
  skills: readonly string[];
  modules: readonly string[];
}

/** Validates settings.yaml; a missing (empty) file is the defaults. */
export function checkSettings(src: SourceFile, refs: SettingsRefs, problems: Problem[]): Settings | null {
  const parsed = parseWith(src, settingsSchema, problems);
  if (!parsed) return null;
  const { data, doc } = parsed;
  const before = problems.length;
  const ref = (kind: ProblemKind, valid: readonly string[], path: PropertyKey[], value: string) => {
    if (valid.length === 0 || valid.includes(value)) return;
    const suggestion = closest(value, [...valid]);
    problems.push({ kind, severity: 'error', file: src.file, line: doc.lineOf(path), field: fieldPath(path), value, ...(suggestion ? { suggestion } : {}) });
  };
  for (const [iri, t] of Object.entries(data.xapi.objects)) {
    if (t.skill !== undefined) ref('unknown-skill', refs.skills, ['xapi', 'objects', iri, 'skill'], t.skill);
    if (t.module !== undefined) ref('unknown-module', refs.modules, ['xapi', 'objects', iri, 'module'], t.module);
  }
  data.csv.profiles.forEach((p, i) => {
    for (const [header, skill] of Object.entries(p.skillColumns ?? {})) ref('unknown-skill', refs.skills, ['csv', 'profiles', i, 'skillColumns', header], skill);
    if (p.cycle !== undefined) cycleRef(src, doc, ['csv', 'profiles', i, 'cycle'], p.cycle, data.cycles, problems);
  });
  for (const [name, preset] of Object.entries(data.presets)) {
    if (!preset) continue;
    for (const [key, skill] of Object.entries(preset.crosswalk)) ref('unknown-skill', refs.skills, ['presets', name, 'crosswalk', key], skill);
    if (preset.cycle !== undefined) cycleRef(src, doc, ['presets', name, 'cycle'], preset.cycle, data.cycles, problems);
  }
  return problems.length === before ? data : null;
}

function cycleRef(src: SourceFile, doc: LocatedYaml, path: PropertyKey[], label: string, order: readonly string[], problems: Problem[]): void {
  if (isCycle(label, order)) return;
  problems.push({ kind: 'bad-cycle', severity: 'error', file: src.file, line: doc.lineOf(path), field: fieldPath(path), value: label });
}

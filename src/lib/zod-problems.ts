/**
 * The one adapter from a zod issue to problems. YAML files, frontmatter,
 * component props and JSON imports all come through here: the caller says where
 * a path sits (its line) and what it holds, the field path is zod's own
 * formatting, and every word comes from the one table in problems.ts.
 */
import { z } from 'zod';
import { problemKinds, type Problem, type ProblemKind } from './problems.ts';
import { closest } from './suggest.ts';

type Path = readonly PropertyKey[];

/** Dotted field path as an editor reads it, in zod's own formatting: `skills[1].skill`, `xapi.objects["https://…"]`. */
export function fieldPath(path: Path): string {
  return z.core.toDotPath(path as PropertyKey[]);
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType; valueType?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The keys an object schema allows at `path` (through defaults, optionals, arrays and records). */
export function keysAt(schema: z.ZodType, path: Path): string[] {
  let s: z.ZodType | undefined = schema;
  let i = 0;
  while (s) {
    const d = defOf(s);
    if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional'].includes(d.type)) s = d.innerType;
    else if (d.type === 'pipe') s = d.in;
    else if (i === path.length) return d.type === 'object' ? Object.keys(d.shape ?? {}) : [];
    else if (d.type === 'object') s = d.shape?.[String(path[i++])];
    else if (d.type === 'array') (s = d.element), i++;
    else if (d.type === 'record') (s = d.valueType), i++;
    else return [];
  }
  return [];
}

/** What was validated, and how to locate a path in it. */
export interface IssueSource {
  file: string;
  schema: z.ZodType;
  /** The value the input holds at a path. */
  valueAt: (path: Path) => unknown;
  /** The 1-based line of a path, when the input has lines. */
  lineOf?: (path: Path) => number | undefined;
  /** The record index, for inputs that are lists of records. */
  record?: number;
  /** Prepended to every field path, e.g. `<KnowledgeCheck> ` or `roster[3].`. */
  fieldPrefix?: string;
  severity?: Problem['severity'];
}

/** A rule written as a zod refinement names its problem kind in `params.kind`. */
export interface RuleParams {
  kind: ProblemKind;
  value?: unknown;
  suggestion?: string;
  detail?: string;
}

const isKind = (k: unknown): k is ProblemKind => typeof k === 'string' && k in problemKinds;

/** One zod issue as problems (an unknown-keys issue gives one per key). */
export function issueProblems(src: IssueSource, issue: z.core.$ZodIssue): Problem[] {
  const make = (path: Path, kind: ProblemKind, extra: Partial<Problem> = {}): Problem => {
    const line = src.lineOf?.(path);
    return {
      kind,
      severity: src.severity ?? 'error',
      file: src.file,
      ...(line !== undefined ? { line } : {}),
      ...(src.record !== undefined ? { record: src.record } : {}),
      field: `${src.fieldPrefix ?? ''}${fieldPath(path)}`,
      ...extra,
    };
  };
  if (issue.code === 'unrecognized_keys') {
    const allowed = keysAt(src.schema, issue.path);
    return issue.keys.map((key) => {
      const suggestion = closest(key, allowed);
      return make([...issue.path, key], 'unknown-key', { value: key, ...(suggestion ? { suggestion } : {}) });
    });
  }
  const found = src.valueAt(issue.path);
  return [make(issue.path, ...kindOf(issue, found))];
}

/** The kind and details of every issue other than unknown keys. */
function kindOf(issue: z.core.$ZodIssue, found: unknown): [ProblemKind, Partial<Problem>] {
  if (issue.code === 'custom' && isKind(issue.params?.['kind'])) {
    const { kind, ...rest } = issue.params as unknown as RuleParams;
    return [kind, { value: found, ...rest }];
  }
  if (issue.code === 'invalid_type' && found === undefined) return ['missing-field', {}];
  if (issue.code === 'invalid_type') return ['schema', { value: found, detail: `must be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}` }];
  if ((issue.code === 'too_small' || issue.code === 'too_big') && Array.isArray(found)) return ['wrong-count', { value: found.length, detail: issue.message }];
  if (issue.code === 'too_small' && typeof found === 'string' && found.trim() === '') return ['empty-text', { value: found }];
  if (issue.code === 'invalid_value') {
    const suggestion = closest(String(found), issue.values.map(String));
    return ['schema', { value: found, detail: issue.message, ...(suggestion ? { suggestion } : {}) }];
  }
  // A rule over a whole object (a refine) names the object, not its value.
  const value = issue.code === 'custom' && found !== null && typeof found === 'object' ? undefined : found;
  return ['schema', { value, detail: issue.message }];
}

/** Every issue of a failed parse, as problems. */
export function zodProblems(src: IssueSource, error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue) => issueProblems(src, issue));
}

/** The value at a path of plain data. */
export function valueAt(root: unknown, path: Path): unknown {
  let v: unknown = root;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

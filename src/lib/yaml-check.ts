/**
 * The one adapter from a zod issue to a located problem, for every YAML file and
 * frontmatter block: the line comes from the YAML document, the field path from
 * the issue, and an unknown key gets a did-you-mean from the schema's own keys.
 */
import { z } from 'zod';
import { parseLocatedYaml, YamlSyntaxError, type LocatedYaml } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import { closest } from './suggest.ts';

/** A file as read from disk: its path (relative to the project) and text. */
export interface SourceFile {
  file: string;
  text: string;
}

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

/** `title: Refunds: the basics` — the commonest YAML trap in frontmatter — as its own problem with the fix. */
function colonTrap(file: string, text: string, line: number): Problem | null {
  const m = /^\s*([\w-]+):\s+([^'"\s][^#]*?:\s.*)$/.exec(text);
  return m ? { kind: 'yaml-colon', severity: 'error', file, line, field: m[1]!, value: m[2]!.trim() } : null;
}

/** Parses YAML text and validates it, turning every zod issue into a located problem. */
export function parseWith<S extends z.ZodType>(
  src: SourceFile,
  schema: S,
  problems: Problem[],
  yamlText = src.text,
  firstLine = 1,
): { data: z.infer<S>; doc: LocatedYaml } | null {
  let doc: LocatedYaml;
  try {
    doc = parseLocatedYaml(yamlText, firstLine);
  } catch (e) {
    const line = e instanceof YamlSyntaxError ? e.line : firstLine;
    problems.push(colonTrap(src.file, yamlText.split('\n')[line - firstLine] ?? '', line) ?? { kind: 'yaml-syntax', severity: 'error', file: src.file, line, detail: (e as Error).message });
    return null;
  }
  const result = schema.safeParse(doc.data ?? {});
  if (result.success) return { data: result.data, doc };
  for (const issue of result.error.issues) problems.push(...issueProblems(src.file, doc, schema, issue));
  return null;
}

/** One zod issue as problems (an unknown-keys issue gives one per key). */
function issueProblems(file: string, doc: LocatedYaml, schema: z.ZodType, issue: z.core.$ZodIssue): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    const allowed = keysAt(schema, issue.path);
    return issue.keys.map((key): Problem => {
      const path = [...issue.path, key];
      const suggestion = closest(key, allowed);
      return { kind: 'unknown-key', severity: 'error', file, line: doc.lineOf(path), field: fieldPath(path), value: key, ...(suggestion ? { suggestion } : {}) };
    });
  }
  const found = doc.valueAt(issue.path);
  const missing = found === undefined && issue.code === 'invalid_type';
  // A rule over a whole object (a refine) names the object, not its value.
  const value = issue.code === 'custom' && found !== null && typeof found === 'object' ? undefined : found;
  return [
    {
      kind: missing ? 'missing-field' : 'schema',
      severity: 'error',
      file,
      line: doc.lineOf(issue.path),
      field: fieldPath(issue.path),
      ...(missing ? {} : { value, detail: issue.message }),
    },
  ];
}

/**
 * YAML files and frontmatter blocks: parse with lines, validate, and hand every
 * zod issue to the one adapter (zod-problems.ts) with the YAML document's lines.
 */
import type { z } from 'zod';
import { parseLocatedYaml, YamlSyntaxError, type LocatedYaml } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import { zodProblems } from './zod-problems.ts';

/** A file as read from disk: its path (relative to the project) and text. */
export interface SourceFile {
  file: string;
  text: string;
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
  problems.push(...zodProblems({ file: src.file, schema, valueAt: (p) => doc.valueAt(p), lineOf: (p) => doc.lineOf(p) }, result.error));
  return null;
}

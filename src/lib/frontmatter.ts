import { LineCounter, parseDocument, isNode } from 'yaml';

/** A parsed YAML document that can say on which line a field sits. */
export interface LocatedYaml {
  data: unknown;
  /** 1-based file line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Raw value at `path` (for error messages). */
  valueAt(path: readonly PropertyKey[]): unknown;
}

/** Parse YAML text whose first line is `firstLine` in its file. Throws `{line, message}` on syntax errors. */
export function parseLocatedYaml(text: string, firstLine = 1): LocatedYaml {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const err = doc.errors[0];
  if (err) {
    const line = lc.linePos(err.pos[0]).line + firstLine - 1;
    throw new YamlSyntaxError(err.message.split('\n')[0] ?? 'syntax error', line);
  }
  const keyPath = (path: readonly PropertyKey[]) =>
    path.map((k) => (typeof k === 'symbol' ? String(k) : k));
  return {
    data: doc.toJS(),
    lineOf(path) {
      const p = keyPath(path);
      for (let n = p.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(p.slice(0, n), true);
        if (isNode(node) && node.range) return lc.linePos(node.range[0]).line + firstLine - 1;
      }
      return undefined;
    },
    valueAt(path) {
      const v = doc.getIn(keyPath(path), false);
      return isNode(v) ? v.toJSON() : v;
    },
  };
}

/** A YAML syntax error with the file line it was found on. */
export class YamlSyntaxError extends Error {
  line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

/** Split an MDX file into frontmatter YAML and body. Returns null when there is no frontmatter. */
export function splitFrontmatter(
  text: string,
): { yaml: string; yamlLine: number; body: string; bodyLine: number } | null {
  const src = text.replace(/^\uFEFF/, '');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(src);
  if (!m) return null;
  const yamlLines = m[1]!.split('\n').length;
  return { yaml: m[1]!, yamlLine: 2, body: src.slice(m[0].length), bodyLine: yamlLines + 3 };
}

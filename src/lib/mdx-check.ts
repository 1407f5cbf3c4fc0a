/**
 * The body of every module and KB article, checked without a build: compiled with
 * the same MDX parser Astro uses (Sätteri), then walked for what the build would
 * reject or a reader would trip over — unknown components and imports, props that
 * fail the components' own schemas, expressions that do not evaluate, a second h1,
 * links without a trailing slash, relative links, anchors no heading has, and
 * remote images the CSP blocks. Every problem is located at the file's own line.
 */
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { mdxToMdast } from 'satteri';
import type { z } from 'zod';
import { asideTypes } from './asides.ts';
import type { Problem, ProblemKind } from './problems.ts';
import { knowledgeCheckPropsSchema, scenarioPropsSchema } from './schemas/components.ts';
import { closest } from './suggest.ts';
import { valueAt, zodProblems } from './zod-problems.ts';

/** One MDX body and where it is published. */
export interface BodySource {
  file: string;
  /** First line of the body in the file (after the frontmatter). */
  bodyLine: number;
  body: string;
  /** The page it becomes, e.g. /courses/empathy-foundations/. */
  page: string;
}

/** Components every page provides (src/components/mdx/index.ts), with the schema of their props when they carry data. */
export const providedComponents: Record<string, z.ZodType | null> = {
  Callout: null,
  SayThis: null,
  Rubric: null,
  KnowledgeCheck: knowledgeCheckPropsSchema,
  Scenario: scenarioPropsSchema,
};

type Node = {
  type: string;
  name?: string | null;
  url?: string;
  depth?: number;
  value?: unknown;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number } };
  children?: Node[];
};

const features = { directive: true } as const;

/** The located problem maker for one file. */
const at = (src: BodySource, problems: Problem[]) => (kind: ProblemKind, node: Node | number, extra: Partial<Problem> = {}) =>
  problems.push({ kind, severity: 'error', file: src.file, line: src.bodyLine - 1 + (typeof node === 'number' ? node : (node.position?.start.line ?? 1)), ...extra });

/** A syntax error from the parser, with the fix for the common traps. */
function syntaxProblem(src: BodySource, e: unknown): Problem {
  const text = e instanceof Error ? e.message : String(e);
  const m = /^(\d+):(\d+): (.*?)(?: \(\d+:\d+\))?(?: before .*?)?(?: \(([\w:-]+)\))?$/.exec(text.split('\n')[0]!);
  const line = m ? Number(m[1]) : 1;
  const message = m?.[3] ?? text;
  return { kind: 'mdx-syntax', severity: 'error', file: src.file, line: src.bodyLine - 1 + line, detail: message };
}

/** Evaluates a JSX attribute or text expression written as a JavaScript literal. */
function evaluate(source: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').trim();
  if (code === '') return { ok: true, value: undefined };
  try {
    // Content is trusted like the build, which runs the same expression; only literals are expected here.
    return { ok: true, value: new Function(`"use strict"; return (${code});`)() };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The props of a JSX element as the component receives them, or the first expression that fails. */
function propsOf(node: Node): { props: Record<string, unknown> } | { attribute: string; error: string } {
  const props: Record<string, unknown> = {};
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    const v = a.value as { type?: string; value?: string } | string | null | undefined;
    if (v === null || v === undefined) props[a.name] = true;
    else if (typeof v === 'string') props[a.name] = v;
    else {
      const r = evaluate(v.value ?? '');
      if (!r.ok) return { attribute: a.name, error: r.error };
      props[a.name] = r.value;
    }
  }
  return { props };
}

/** Heading slugs of a page, as Astro gives heading ids. */
function slugsOf(tree: Node): Set<string> {
  const slugger = new GithubSlugger();
  const out = new Set<string>();
  const walk = (n: Node) => {
    if (n.type === 'heading') out.add(slugger.slug(toString(n as never)));
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  return out;
}

/** Checks one element against the components the pages provide. */
function checkElement(src: BodySource, node: Node, problems: Problem[]): void {
  const report = at(src, problems);
  const name = node.name ?? '';
  if (name === '' || /^[a-z]/.test(name)) return; // a fragment or an HTML element
  if (!(name in providedComponents)) {
    const suggestion = closest(name, Object.keys(providedComponents));
    report('unknown-component', node, { field: `<${name}>`, value: name, ...(suggestion ? { suggestion } : {}), detail: Object.keys(providedComponents).join(', ') });
    return;
  }
  const props = propsOf(node);
  if ('error' in props) return void report('mdx-expression', node, { field: `<${name}> ${props.attribute}`, detail: props.error });
  const schema = providedComponents[name];
  if (!schema) return;
  const result = schema.safeParse(props.props);
  if (result.success) return;
  const line = src.bodyLine - 1 + (node.position?.start.line ?? 1);
  problems.push(...zodProblems({ file: src.file, schema, valueAt: (path) => valueAt(props.props, path), lineOf: () => line, fieldPrefix: `<${name}> ` }, result.error));
}

/** Checks a link or image URL. */
function checkUrl(node: Node, page: string, pages: ReadonlySet<string>, anchors: ReadonlyMap<string, Set<string>>, located: ReturnType<typeof at>): void {
  const report: ReturnType<typeof at> = (kind, n, extra = {}) => located(kind, n, { field: 'body', ...extra });
  const url = node.url ?? '';
  if (node.type === 'image') {
    if (/^https?:\/\//.test(url)) report('remote-image', node, { value: url });
    return;
  }
  if (/^(https?:|mailto:|tel:)/.test(url)) return;
  if (url.startsWith('#')) {
    if (!anchors.get(page)?.has(url.slice(1))) report('missing-anchor', node, { value: url, suggestion: closest(url.slice(1), [...(anchors.get(page) ?? [])]) ?? '' });
    return;
  }
  if (!url.startsWith('/')) return void report('relative-link', node, { value: url });
  const [path, hash] = url.split('#') as [string, string | undefined];
  const target = path.split('?')[0]!;
  if (target.startsWith('/schemas/')) return;
  if (!target.endsWith('/')) {
    const fixed = `${target}/`;
    return void report(pages.has(fixed) ? 'link-no-slash' : 'broken-link', node, { value: url, suggestion: pages.has(fixed) ? fixed : (closest(fixed, [...pages], { prefix: false }) ?? '') });
  }
  if (!pages.has(target)) return void report('broken-link', node, { value: url, suggestion: closest(target, [...pages], { prefix: false }) ?? '' });
  if (hash !== undefined && anchors.has(target) && !anchors.get(target)!.has(hash))
    report('missing-anchor', node, { value: url, suggestion: closest(hash, [...anchors.get(target)!]) ?? '' });
}

/** Walks one parsed body. */
function checkTree(src: BodySource, tree: Node, pages: ReadonlySet<string>, anchors: ReadonlyMap<string, Set<string>>, problems: Problem[]): void {
  const report = at(src, problems);
  const walk = (n: Node) => {
    if (n.type === 'mdxjsEsm' && /^\s*import\b/.test(String(n.value ?? ''))) report('mdx-import', n, { value: String(n.value).trim().split('\n')[0], detail: Object.keys(providedComponents).join(', ') });
    if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') checkElement(src, n, problems);
    if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') {
      const r = evaluate(String(n.value ?? ''));
      if (!r.ok) report('mdx-expression', n, { value: `{${String(n.value)}}`, detail: r.error });
    }
    if ((n.type === 'containerDirective' || n.type === 'leafDirective') && !(String(n.name) in asideTypes))
      report('unknown-aside', n, { value: `:::${String(n.name)}`, detail: Object.keys(asideTypes).map((a) => `:::${a}`).join(', ') });
    if (n.type === 'heading' && n.depth === 1) report('body-h1', n, { value: toString(n as never) });
    if (n.type === 'link' || n.type === 'image') checkUrl(n, src.page, pages, anchors, report);
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
}

/** Checks every body; `pages` are the site's pages, for links. */
export function checkBodies(sources: readonly BodySource[], pages: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const trees: Array<[BodySource, Node]> = [];
  for (const src of sources) {
    try {
      trees.push([src, mdxToMdast(src.body, { features }) as unknown as Node]);
    } catch (e) {
      problems.push(syntaxProblem(src, e));
    }
  }
  const anchors = new Map(trees.map(([src, tree]) => [src.page, slugsOf(tree)]));
  for (const [src, tree] of trees) checkTree(src, tree, pages, anchors, problems);
  return problems;
}

// Markdown as real docs write it, as Sätteri plugins for the MDX pipeline:
// - `:::note`, `:::tip`, `:::caution`, `:::danger` asides (Starlight, Docusaurus,
//   VitePress) with an optional `[title]` become <Callout>;
// - table column alignment becomes a class, because the CSP forbids the inline
//   `style="text-align: …"` the Markdown renderer writes;
// - a code fence's `title="…"` becomes a caption above the block;
// - code blocks and tables, which scroll inside their own box, can take focus.
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { asideTypes } from '../lib/asides.ts';


/** The part of Sätteri's visitor context these plugins use (its node types are narrower than the shapes built here). */
type Ctx = { replaceNode: (node: unknown, replacement: unknown) => void };
type Node = { type: string; name?: string; value?: string; data?: Record<string, unknown>; children?: Node[]; meta?: string | null };
const text = (n: Node): string => n.value ?? (n.children ?? []).map(text).join('');

export const asides = defineMdastPlugin({
  name: 'gapwise-asides',
  containerDirective: ((node: Node, ctx: Ctx) => {
    const type = asideTypes[node.name ?? ''];
    if (!type) return;
    const children = node.children ?? [];
    const label = children[0]?.data?.['directiveLabel'] ? children[0] : undefined;
    const attributes = [{ type: 'mdxJsxAttribute', name: 'type', value: type }, ...(label ? [{ type: 'mdxJsxAttribute', name: 'title', value: text(label) }] : [])];
    ctx.replaceNode(node, { type: 'mdxJsxFlowElement', name: 'Callout', attributes, children: label ? children.slice(1) : children });
  }) as never,
});

/** A fence's `title="…"` as a caption above the block. */
export const codeTitles = defineMdastPlugin({
  name: 'gapwise-code-titles',
  code: ((node: Node, ctx: Ctx) => {
    const title = /title=(?:"([^"]*)"|'([^']*)')/.exec(node.meta ?? '');
    if (!title) return;
    const caption = { type: 'mdxJsxFlowElement', name: 'figcaption', attributes: [], children: [{ type: 'paragraph', children: [{ type: 'text', value: title[1] ?? title[2] ?? '' }] }] };
    const figure = { type: 'mdxJsxFlowElement', name: 'figure', attributes: [{ type: 'mdxJsxAttribute', name: 'class', value: 'code-figure' }], children: [caption, { ...node, meta: null }] };
    ctx.replaceNode(node, figure);
  }) as never,
});

type Element = { type: 'element'; tagName: string; properties?: Record<string, unknown>; children?: unknown[] };

/** Code blocks and tables scroll inside their own box, so keyboard users must be able to focus them. */
export const focusableScrollers = defineHastPlugin({
  name: 'gapwise-focusable-scrollers',
  element: {
    filter: ['pre', 'table'],
    visit: ((node: Element, ctx: Ctx) => {
      if (node.properties?.['tabIndex'] !== undefined) return;
      ctx.replaceNode(node, { type: 'element', tagName: node.tagName, properties: { ...node.properties, tabIndex: 0 }, children: node.children ?? [] });
    }) as never,
  },
});

export const tableAlign = defineHastPlugin({
  name: 'gapwise-table-align',
  element: {
    filter: ['th', 'td'],
    visit: ((node: Element, ctx: Ctx) => {
      const { style, ...rest } = node.properties ?? {};
      const m = typeof style === 'string' ? /text-align:\s*(left|right|center)/.exec(style) : null;
      if (!m) return;
      const cls = rest['className'];
      const className = [...(Array.isArray(cls) ? cls : cls ? [cls] : []), `align-${m[1]}`];
      ctx.replaceNode(node, { type: 'element', tagName: node.tagName, properties: { ...rest, className }, children: node.children ?? [] });
    }) as never,
  },
});

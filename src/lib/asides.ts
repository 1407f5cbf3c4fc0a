/** Markdown asides (`:::note` …, as Starlight, Docusaurus and VitePress write them) → the Callout type they render as. */
export const asideTypes: Record<string, 'note' | 'tip' | 'warning'> = { note: 'note', tip: 'tip', caution: 'warning', warning: 'warning', danger: 'warning' };

// The build-budget reference (DESIGN.md "Budgets"): the same module MDX built as an
// Astro Starlight docs site, timed in the same run as our own build.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Starlight's own Pagefind step is off: our figure is `astro build` alone (Pagefind is
// timed separately in bench.ts), so astro build is compared with astro build.
// cacheDir is pinned to the work dir so nothing is cached between runs or written
// into the shared node_modules.
const ASTRO_CONFIG = `// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://reference.example.test',
  cacheDir: './.astro-cache',
  integrations: [starlight({ title: 'Reference', pagefind: false })],
  devToolbar: { enabled: false },
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`;

/** Characters MDX would read as JSX or expressions in text taken out of component props. */
const escapeMdx = (s: string) =>
  s.replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\s+/g, ' ').trim();

/** One parsed JSX tag: where it ends, whether it closes itself, and its string literals. */
interface Tag {
  end: number;
  selfClosing: boolean;
  strings: string[];
}

/** Reads a component tag from `<Name` to its `>` or `/>`, skipping over quoted and `{…}` prop values. */
function readTag(src: string, start: number): Tag {
  const strings: string[] = [];
  let depth = 0;
  let i = start + 1;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '"' || c === "'" || c === '`') {
      const close = src.indexOf(c, i + 1);
      const to = close === -1 ? src.length : close;
      strings.push(src.slice(i + 1, to));
      i = to + 1;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && c === '>') return { end: i + 1, selfClosing: src[i - 1] === '/', strings };
    i++;
  }
  return { end: src.length, selfClosing: true, strings };
}

/**
 * Replaces our MDX components (Callout, SayThis, Rubric, KnowledgeCheck, Scenario, …),
 * which Starlight cannot render, by plain Markdown carrying the same text, so both
 * builds do comparable work. A wrapping component keeps its children; its props
 * become a bold line above them.
 */
export function plainMarkdown(body: string): string {
  const withoutImports = body.replace(/^(?:import|export)\s[^\n]*\n/gm, '');
  let out = '';
  let i = 0;
  const component = /<\/?[A-Z][\w.]*/g;
  for (let m = component.exec(withoutImports); m; m = component.exec(withoutImports)) {
    out += withoutImports.slice(i, m.index);
    const tag = readTag(withoutImports, m.index);
    const text = tag.strings.map(escapeMdx).filter((s) => s.length > 0);
    if (m[0].startsWith('</')) {
      // a closing tag leaves only the children behind
    } else if (tag.selfClosing) out += text.length ? `\n\n${text.map((s) => `- ${s}`).join('\n')}\n\n` : '';
    else out += text.length ? `\n\n**${text.join(' · ')}**\n\n` : '\n\n';
    i = tag.end;
    component.lastIndex = tag.end;
  }
  return out + withoutImports.slice(i);
}

/** Our module file as a Starlight docs page: Starlight's frontmatter (title, description = summary) and plain Markdown. */
export function toStarlightPage(mdx: string): string {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(mdx);
  const data = (fm ? parseYaml(fm[1]!) : {}) as { title?: unknown; summary?: unknown };
  const body = fm ? mdx.slice(fm[0].length) : mdx;
  const title = JSON.stringify(String(data.title ?? 'Untitled'));
  const description = data.summary === undefined ? '' : `description: ${JSON.stringify(String(data.summary))}\n`;
  return `---\ntitle: ${title}\n${description}---\n\n${plainMarkdown(body)}`;
}

/**
 * A copy of the repo's node_modules inside the work dir. Links do not work: Astro
 * takes an absolute module id that shares only "/" with the project root for a
 * root-relative URL and fails with "No cached compile metadata found", and Node's
 * --preserve-symlinks breaks the `astro:` virtual modules instead. A copy also keeps
 * Vite's and Astro's caches under node_modules/ out of the shared tree. Caches are
 * left out so the reference build starts cold, as ours does.
 */
function copyNodeModules(workDir: string): void {
  const from = path.join(REPO, 'node_modules');
  const to = path.join(workDir, 'node_modules');
  mkdirSync(to, { recursive: true });
  const entries = readdirSync(from)
    .filter((name) => !CACHES.has(name))
    .map((name) => path.join(from, name));
  const r = spawnSync('cp', ['-a', ...entries, to], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`copying node_modules to ${to} failed (cp exited ${r.status})`);
}

/**
 * The reference project's package.json. The dependencies matter: Astro bundles only the
 * Astro packages it finds there, and an unlisted Starlight is left external, so its
 * middleware fails at prerender with ERR_UNSUPPORTED_ESM_URL_SCHEME ('astro:').
 */
function packageJson(): Record<string, unknown> {
  const version = (name: string) => (JSON.parse(readFileSync(path.join(REPO, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  return { name: 'starlight-reference', private: true, type: 'module', dependencies: { '@astrojs/starlight': version('@astrojs/starlight'), astro: version('astro') } };
}

/** Runs a command to completion, failing with its exit code; stdout is dropped, stderr shown. */
function run(cmd: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`))));
  });
}

/**
 * Builds the `.mdx` modules in `modulesDir` as a minimal Starlight site inside
 * `workDir` (a temp dir) and returns the wall time of its `astro build` in seconds
 * (without Pagefind, which Starlight would otherwise run inside the build).
 */
export async function buildStarlight(modulesDir: string, workDir: string): Promise<number> {
  const docs = path.join(workDir, 'src', 'content', 'docs', 'modules');
  mkdirSync(docs, { recursive: true });
  writeFileSync(path.join(workDir, 'package.json'), `${JSON.stringify(packageJson(), null, 2)}\n`);
  writeFileSync(path.join(workDir, 'astro.config.mjs'), ASTRO_CONFIG);
  writeFileSync(path.join(workDir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  for (const name of readdirSync(modulesDir)) {
    if (!name.endsWith('.mdx')) continue;
    writeFileSync(path.join(docs, name), toStarlightPage(readFileSync(path.join(modulesDir, name), 'utf8')));
  }
  copyNodeModules(workDir);
  const astro = path.join(workDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const t0 = performance.now();
  await run(process.execPath, [astro, 'build', '--root', workDir], workDir);
  return (performance.now() - t0) / 1000;
}

// The join's one output file, `.gapwise/join.json`: written by scripts/build-paths.ts,
// read (and validated) by every page that shows paths or dashboards.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { listFiles } from './files-fs.ts';
import path from 'node:path';
import type { JoinResult } from './lib/gap/join.ts';
import { JOIN_OUTPUT_VERSION, joinOutputSchema, type JoinInputs, type JoinOutput } from './lib/schemas/join-output.ts';

/** Folder the join writes to: `GAPWISE_OUT` or `.gapwise/`. */
export const joinOut = (): string => process.env.GAPWISE_OUT ?? '.gapwise';
/** The content folder: `GAPWISE_CONTENT` or `content/`. */
const contentDir = (): string => process.env.GAPWISE_CONTENT ?? 'content';
/** The exports: `GAPWISE_ASSESSMENTS` (paths separated by the OS delimiter) or `<content>/assessments`. */
const exportsSpec = (): string => process.env.GAPWISE_ASSESSMENTS ?? path.join(contentDir(), 'assessments');

/** A build error with one readable line and no stack trace worth showing. */
export class JoinOutputError extends Error {
  override name = 'JoinOutputError';
}

/** The frontmatter block of an MDX file: the part of content the join depends on. */
function frontmatter(text: string): string {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return m?.[1] ?? '';
}

/** Fingerprints of what the join read: content that shapes plans, and the export files' identity. */
export function joinInputs(): JoinInputs {
  const root = contentDir();
  const content = createHash('sha256');
  for (const name of ['skills.yaml', 'roles.yaml', 'teams.yaml', 'settings.yaml']) {
    const file = path.join(root, name);
    content.update(`${name}\0${existsSync(file) ? readFileSync(file, 'utf8') : ''}\0`);
  }
  for (const dir of ['modules', 'kb'])
    for (const file of listFiles([path.join(root, dir)]).files.filter((f) => f.endsWith('.mdx')))
      content.update(`${path.relative(root, file)}\0${frontmatter(readFileSync(file, 'utf8'))}\0`);
  const exports = createHash('sha256');
  for (const file of listFiles(exportsSpec().split(path.delimiter)).files) {
    const s = statSync(file);
    exports.update(`${file}\0${s.size}\0${s.mtimeMs}\0`);
  }
  return { contentHash: content.digest('hex'), exportsHash: exports.digest('hex') };
}

/** Writes `join.json` (deterministic: stable key order from the schema's shape, sorted arrays). */
export function writeJoinOutput(outDir: string, result: JoinResult): JoinOutput {
  const output: JoinOutput = { version: JOIN_OUTPUT_VERSION, inputs: joinInputs(), ...result };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'join.json'), `${JSON.stringify(output, null, 2)}\n`);
  return output;
}

/** The last file read, by modification time: every page of a build reads it once; `npm run dev` rereads it after a rerun. */
let cached: { key: string; output: JoinOutput } | undefined;

/**
 * The join's output, validated. A missing, invalid, old or stale file throws a
 * `JoinOutputError` whose message names the file and the fix; pages never
 * render from a guess.
 */
export function loadJoinOutput(): JoinOutput {
  const file = path.join(joinOut(), 'join.json');
  const fix = 'Fix: run `npm run paths` (or `npm run build`, which runs it first).';
  if (!existsSync(file)) throw new JoinOutputError(`${file}: the join's output is missing. ${fix}`);
  const st = statSync(file);
  const key = `${path.resolve(file)}\0${st.ino}\0${st.size}\0${st.mtimeMs}`;
  if (cached?.key === key) return cached.output;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new JoinOutputError(`${file}: not valid JSON (${(e as Error).message}). ${fix}`);
  }
  if ((raw as { version?: unknown })?.version !== JOIN_OUTPUT_VERSION)
    throw new JoinOutputError(`${file}: written by an older version of the join. ${fix}`);
  const parsed = joinOutputSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new JoinOutputError(`${file}: ${issue.path.join('.')}: ${issue.message}. ${fix}`);
  }
  const now = joinInputs();
  if (now.contentHash !== parsed.data.inputs.contentHash || now.exportsHash !== parsed.data.inputs.exportsHash) {
    const what = now.contentHash !== parsed.data.inputs.contentHash ? 'the content or settings' : 'the assessment exports';
    throw new JoinOutputError(`${file}: stale: ${what} changed since the join ran. ${fix}`);
  }
  cached = { key, output: parsed.data };
  return parsed.data;
}

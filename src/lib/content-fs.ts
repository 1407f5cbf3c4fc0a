import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkContent, type RawContent, type SourceFile } from './content-check.ts';
import type { ContentModel } from './content-model.ts';
import type { Problem } from './problems.ts';
import type { Settings } from './schemas/settings.ts';

/** The content folder: `GAPWISE_CONTENT` or `content/`. */
export function contentRoot(): string {
  return process.env.GAPWISE_CONTENT ?? 'content';
}

async function read(file: string): Promise<SourceFile> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return { file: path.relative(process.cwd(), file) || file, text };
}

async function readDir(dir: string): Promise<SourceFile[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return Promise.all(names.filter((n) => n.endsWith('.mdx')).sort().map((n) => read(path.join(dir, n))));
}

/** Read every content file under `root` and run the content check on it. */
export async function loadContent(
  root = contentRoot(),
  today = new Date().toISOString().slice(0, 10),
): Promise<{ model: ContentModel | null; settings: Settings | null; problems: Problem[] }> {
  const raw: RawContent = {
    skills: await read(path.join(root, 'skills.yaml')),
    roles: await read(path.join(root, 'roles.yaml')),
    teams: await read(path.join(root, 'teams.yaml')),
    modules: await readDir(path.join(root, 'modules')),
    kb: await readDir(path.join(root, 'kb')),
    settings: await read(path.join(root, 'settings.yaml')),
  };
  return checkContent(raw, today);
}

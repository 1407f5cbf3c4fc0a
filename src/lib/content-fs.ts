import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

/** The MDX files one folder down: content/modules/<locale>/*.mdx. */
async function readLocaleDirs(dir: string): Promise<SourceFile[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const lists = await Promise.all(entries.filter((e) => e.isDirectory()).map((e) => readDir(path.join(dir, e.name))));
  return lists.flat();
}

/** content/<locale>/skills.yaml for every locale folder that has one. */
async function readSkillTranslations(root: string): Promise<SourceFile[]> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isDirectory() && existsSync(path.join(root, e.name, 'skills.yaml'))).map((e) => path.join(root, e.name, 'skills.yaml'));
  return Promise.all(files.sort().map(read));
}

/** The interface strings: English and every other locale's file in src/i18n/. */
async function readUiStrings(): Promise<RawContent['uiStrings']> {
  const dir = path.join('src', 'i18n');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort();
  if (!names.includes('en.json')) return undefined;
  const others = await Promise.all(names.filter((n) => n !== 'en.json').map((n) => read(path.join(dir, n))));
  return { english: await read(path.join(dir, 'en.json')), others };
}

/**
 * Last commit time (ISO 8601) of every file under `root`, from one `git log`;
 * empty outside git. Translations older than their source are stale.
 */
function commitTimes(root: string): Map<string, string> {
  const times = new Map<string, string>();
  try {
    const out = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', root], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
    let time = '';
    for (const line of out.split('\n')) {
      if (line.startsWith('\0')) time = line.slice(1);
      else if (line.trim() !== '' && !times.has(line.trim())) times.set(line.trim(), time); // newest first
    }
  } catch {
    // Not a git checkout: no staleness to report.
  }
  return times;
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
    translations: [...(await readLocaleDirs(path.join(root, 'modules'))), ...(await readLocaleDirs(path.join(root, 'kb')))],
    skillTranslations: await readSkillTranslations(root),
    uiStrings: await readUiStrings(),
    commitTimes: commitTimes(root),
  };
  return checkContent(raw, today);
}

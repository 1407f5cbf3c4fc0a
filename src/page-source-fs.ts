// Where a page's content comes from: its file, the "Edit this page" link, and when
// it was last changed. Dates come from one `git log` over the content folder (not
// one process per page, which would cost minutes at 2,500 pages), falling back to
// the file's modification time outside git or for a file git has not seen.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { settingsSchema } from './lib/schemas/settings.ts';

const root = () => process.env.GAPWISE_CONTENT ?? 'content';
let dates: Map<string, string> | undefined;

/** Last commit date (YYYY-MM-DD) of every file under the content folder. */
function gitDates(): Map<string, string> {
  if (dates) return dates;
  dates = new Map();
  try {
    const out = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', root()], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
    let date = '';
    for (const line of out.split('\n')) {
      if (line.startsWith('\0')) date = line.slice(1);
      else if (line.trim() !== '' && !dates.has(line.trim())) dates.set(line.trim(), date); // newest first
    }
  } catch {
    // Not a git checkout (a downloaded archive): modification times below.
  }
  return dates;
}

let editBase: string | null | undefined;
function editUrl(): string | null {
  if (editBase !== undefined) return editBase;
  try {
    editBase = settingsSchema.parse(parse(readFileSync(path.join(root(), 'settings.yaml'), 'utf8')) ?? {}).site.editUrl ?? null;
  } catch {
    editBase = null; // the check reports a broken settings file; the page just has no edit link
  }
  return editBase;
}

/** The file behind a content entry, its last change, and the edit link (null without settings.site.editUrl). */
export function pageSource(filePath: string | undefined): { file: string; updated: string | null; editHref: string | null } | null {
  if (!filePath) return null;
  const file = path.relative(process.cwd(), path.resolve(filePath)).split(path.sep).join('/');
  let updated = gitDates().get(file) ?? null;
  if (updated === null) {
    try {
      updated = statSync(file).mtime.toISOString().slice(0, 10);
    } catch {
      updated = null;
    }
  }
  const base = editUrl();
  return { file, updated, editHref: base ? `${base.replace(/\/?$/, '/')}${file}` : null };
}

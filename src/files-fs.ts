// Listing the export files. Hand-written rather than fs.readdirSync({ recursive })
// or fs.globSync, because those stop at the first unreadable folder (or skip it
// without a word) and cannot say which link loops or dangles: this walk reports
// each such entry as one located problem and keeps going, so one bad entry never
// costs the good files.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from './lib/problems.ts';

const rel = (f: string) => path.relative(process.cwd(), f) || f;
const why = (e: unknown) => {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ELOOP' ? 'a symbolic link that loops' : code === 'ENOENT' ? 'a symbolic link to nothing (dangling)' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : ((e as Error).message ?? String(e));
};

/** Every file under the given paths (folders walked, hidden files and `.md` skipped), in path order. */
export function listFiles(entries: readonly string[]): { files: string[]; problems: Problem[] } {
  const files = new Set<string>();
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const problem = (p: string, detail: string): void => void problems.push({ kind: 'unreadable-file', severity: 'error', file: rel(p), detail });
  const visit = (p: string, top: boolean): void => {
    let stat;
    try {
      stat = statSync(p);
    } catch (e) {
      return problem(p, top && (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder (check GAPWISE_ASSESSMENTS)' : why(e));
    }
    if (!stat.isDirectory()) return void files.add(rel(p));
    const real = realpathSync(p);
    if (seen.has(real)) return problem(p, 'a folder reached twice through links (a loop)');
    seen.add(real);
    let names: string[];
    try {
      names = readdirSync(p);
    } catch (e) {
      return problem(p, why(e));
    }
    for (const name of names.sort()) if (!name.startsWith('.') && !name.endsWith('.md')) visit(path.join(p, name), false);
  };
  for (const entry of entries) if (entry !== '') visit(entry, true);
  return { files: [...files].sort(), problems };
}

// A broken entry among the exports gets one located error, and every other file still imports.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/files-fs.ts';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder() {
  const dir = mkdtempSync(path.join(tmpdir(), 'gapwise-files-'));
  made.push(dir);
  writeFileSync(path.join(dir, 'good.csv'), 'a,b\n1,2\n');
  mkdirSync(path.join(dir, 'nested'));
  writeFileSync(path.join(dir, 'nested', 'also-good.json'), '{}');
  writeFileSync(path.join(dir, 'README.md'), 'notes');
  writeFileSync(path.join(dir, '.hidden'), 'x');
  return dir;
}
const rel = (dir: string, files: string[]) => files.map((f) => path.relative(dir, path.resolve(f)));

describe('listFiles', () => {
  it('walks folders in path order, skipping hidden files and notes', () => {
    const dir = folder();
    const { files, problems } = listFiles([dir]);
    expect(rel(dir, files)).toEqual(['good.csv', 'nested/also-good.json']);
    expect(problems).toEqual([]);
  });

  it('names a symlink loop and a dangling link, and keeps the good files', () => {
    const dir = folder();
    symlinkSync(path.join(dir, 'loop-b'), path.join(dir, 'loop-a'));
    symlinkSync(path.join(dir, 'loop-a'), path.join(dir, 'loop-b'));
    symlinkSync(path.join(dir, 'gone.csv'), path.join(dir, 'dangling.csv'));
    symlinkSync(dir, path.join(dir, 'nested', 'up')); // a folder link back to an ancestor
    const { files, problems } = listFiles([dir]);
    expect(rel(dir, files)).toEqual(['good.csv', 'nested/also-good.json']);
    expect(problems.map((p) => [path.basename(p.file), p.kind, p.detail])).toEqual([
      ['dangling.csv', 'unreadable-file', 'a symbolic link to nothing (dangling)'],
      ['loop-a', 'unreadable-file', 'a symbolic link that loops'],
      ['loop-b', 'unreadable-file', 'a symbolic link that loops'],
      ['up', 'unreadable-file', 'a folder reached twice through links (a loop)'],
    ]);
  });

  it('names a path that does not exist', () => {
    const { problems } = listFiles(['/no/such/exports']);
    expect(problems.map((p) => p.detail)).toEqual(['no such file or folder (check GAPWISE_ASSESSMENTS)']);
  });

  // Permissions do not stop root, so this case runs only as an ordinary user (as on a laptop).
  it.skipIf(process.getuid?.() === 0)('names an unreadable folder and keeps the rest', () => {
    const dir = folder();
    mkdirSync(path.join(dir, 'locked'));
    writeFileSync(path.join(dir, 'locked', 'secret.csv'), 'a\n');
    chmodSync(path.join(dir, 'locked'), 0o000);
    try {
      const { files, problems } = listFiles([dir]);
      expect(rel(dir, files)).toEqual(['good.csv', 'nested/also-good.json']);
      expect(problems.map((p) => [path.basename(p.file), p.detail])).toEqual([['locked', 'permission denied']]);
    } finally {
      chmodSync(path.join(dir, 'locked'), 0o755);
    }
  });
});

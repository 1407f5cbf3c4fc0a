// Runs against the built dist/ (the e2e suite builds first): no person data may leak.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { fromRoot } from './root.ts';

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Every name and email in the sample exports, whatever their format. */
function personData(): string[] {
  const found = new Set<string>();
  for (const file of walk(fromRoot('content/assessments'))) {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    for (const m of text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) found.add(m[0]);
    if (file.endsWith('.json')) {
      try {
        const data = JSON.parse(text) as { agents?: Array<{ name?: string }>; statements?: Array<{ actor?: { name?: string } }> } | Array<{ actor?: { name?: string } }>;
        const statements = Array.isArray(data) ? data : (data.statements ?? []);
        for (const a of Array.isArray(data) ? [] : (data.agents ?? [])) if (a.name) found.add(a.name);
        for (const s of statements) if (s.actor?.name) found.add(s.actor.name);
      } catch {
        // A deliberately broken sample file: its emails were caught by the regex above.
      }
    } else if (file.endsWith('.csv')) {
      const [header, ...rows] = text.split(/\r?\n/);
      const sep = header!.includes(';') ? ';' : ',';
      const cols = header!.split(sep).map((c, i) => [c, i] as const).filter(([c]) => /name|reviewee$/i.test(c));
      for (const row of rows) for (const [, i] of cols) {
        const v = row.split(sep)[i]?.replace(/"/g, '').trim();
        if (v) found.add(v);
      }
    }
  }
  return [...found];
}

/** Every raw agent id in the sample exports: native agent ids, and CSV id columns. */
function rawIds(): string[] {
  const found = new Set<string>();
  for (const file of walk(fromRoot('content/assessments'))) {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    if (file.endsWith('.json')) {
      try {
        const data = JSON.parse(text) as { agents?: Array<{ id?: string }> };
        for (const a of Array.isArray(data) ? [] : (data.agents ?? [])) if (a.id) found.add(a.id);
      } catch {
        // A deliberately broken sample file.
      }
    } else if (file.endsWith('.csv')) {
      const [header, ...rows] = text.split(/\r?\n/);
      const sep = header!.includes(';') ? ';' : ',';
      const cols = header!.split(sep).map((c, i) => [c, i] as const).filter(([c]) => /^(id|aliases)$|agent.?id|subject.?id|reviewee.?id/i.test(c.trim()));
      for (const row of rows) for (const [, i] of cols) {
        for (const v of (row.split(sep)[i] ?? '').replace(/"/g, '').split('|')) if (v.trim() && !v.includes('@')) found.add(v.trim());
      }
    }
  }
  return [...found];
}

/** The text of every file in dist, with Pagefind's gzipped index files unpacked. */
function distText(): Array<[string, string]> {
  return walk(fromRoot('dist')).map((f) => {
    const buf = readFileSync(f);
    let text = buf.toString('utf8');
    if (/\.pf_\w+$/.test(f)) {
      try {
        text = gunzipSync(buf).toString('utf8');
      } catch {
        // Not gzipped: keep the raw text.
      }
    }
    return [f, text];
  });
}

test('no agent name or email from the sample exports appears anywhere in dist/', () => {
  const people = personData();
  expect(people.length).toBeGreaterThanOrEqual(60);
  expect(people.some((p) => p.includes('@'))).toBe(true);
  expect(people.some((p) => p.startsWith('Agent '))).toBe(true);
  const leaks: string[] = [];
  for (const [file, text] of distText()) {
    for (const p of people) if (text.includes(p)) leaks.push(`${path.relative(fromRoot('dist'), file)}: ${p}`);
  }
  expect(leaks).toEqual([]);
});

test('no raw agent id appears in a page, a CSV, a data file or the headers file', () => {
  const ids = rawIds();
  expect(ids.length).toBeGreaterThanOrEqual(60);
  const files = distText().filter(([f]) => /\.(html|csv|json|txt|xml)$|_headers$|\.pf_\w+$/.test(f));
  expect(files.some(([f]) => f.endsWith('.csv'))).toBe(true);
  expect(files.some(([f]) => f.endsWith('_headers'))).toBe(true);
  const leaks: string[] = [];
  for (const [file, text] of files)
    for (const id of ids) if (new RegExp(`(?<![\\w-])${id}(?![\\w-])`).test(text)) leaks.push(`${path.relative(fromRoot('dist'), file)}: ${id}`);
  expect(leaks).toEqual([]);
});

test('paths and dashboards are disallowed in robots.txt and absent from the search index', () => {
  const robots = readFileSync(fromRoot('dist/robots.txt'), 'utf8');
  expect(robots).toContain('Disallow: /paths/');
  expect(robots).toContain('Disallow: /dashboards/');
  const index = distText().filter(([f]) => f.includes(`${path.sep}pagefind${path.sep}`)).map(([, t]) => t).join('\n');
  expect(index).toContain('/courses/');
  expect(index).not.toContain('/paths/');
});

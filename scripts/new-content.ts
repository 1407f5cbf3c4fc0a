#!/usr/bin/env node
// Scaffold a module or KB article from its title:
//   npm run new -- module "De-escalating billing disputes" [--skill de-escalation]
//   npm run new -- kb "Refunds over £50" [--skill policy-changes]
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { contentRoot } from '../src/lib/content-fs.ts';
import { scaffold } from '../src/lib/scaffold.ts';

const USAGE = 'usage: npm run new -- module|kb "A title in words" [--skill <skill-id>]';
const { values, positionals } = parseArgs({ allowPositionals: true, options: { skill: { type: 'string' } } });
const [kind, ...words] = positionals;
const title = words.join(' ').trim();
if ((kind !== 'module' && kind !== 'kb') || title === '') {
  console.error(USAGE);
  process.exit(2);
}
const root = contentRoot();
const skills = ((parse(await readFile(path.join(root, 'skills.yaml'), 'utf8')) as { skills?: Array<{ id: string }> }).skills ?? []).map((s) => s.id);
const result = scaffold(kind, title, values.skill, skills, new Date().toISOString().slice(0, 10));
if ('errors' in result) {
  for (const e of result.errors) console.error(`new: ${e}`);
  process.exit(1);
}
const file = path.join(root, kind === 'module' ? 'modules' : 'kb', `${result.slug}.mdx`);
if (existsSync(file)) {
  console.error(`new: ${file} already exists; pick another title, or edit that file`);
  process.exit(1);
}
await writeFile(file, result.text);
console.log(`new: wrote ${file}${kind === 'module' ? ' (a draft: npm run dev shows it with a banner)' : ''}. Edit it, then run npm run check.`);

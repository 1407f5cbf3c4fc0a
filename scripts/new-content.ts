#!/usr/bin/env node
// Scaffold a module or KB article: npm run new -- module <slug> --skill <id>
//                                  npm run new -- kb <slug> --skill <id>
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { contentRoot } from '../src/lib/content-fs.ts';
import { scaffold } from '../src/lib/scaffold.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { skill: { type: 'string' } } });
const [kind, slug] = positionals;
if ((kind !== 'module' && kind !== 'kb') || !slug || !values.skill) {
  console.error('usage: npm run new -- module|kb <slug> --skill <skill-id>');
  process.exit(2);
}
const root = contentRoot();
const skills = ((parse(await readFile(path.join(root, 'skills.yaml'), 'utf8')) as { skills?: Array<{ id: string }> }).skills ?? []).map((s) => s.id);
const result = scaffold(kind, slug, values.skill, skills, new Date().toISOString().slice(0, 10));
if ('errors' in result) {
  for (const e of result.errors) console.error(`new: ${e}`);
  process.exit(1);
}
const file = path.join(root, kind === 'module' ? 'modules' : 'kb', `${slug}.mdx`);
if (existsSync(file)) {
  console.error(`new: ${file} already exists; pick another slug`);
  process.exit(1);
}
await writeFile(file, result.text);
console.log(`new: wrote ${file}. Edit it, then run npm run check.`);

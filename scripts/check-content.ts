#!/usr/bin/env node
// Pipeline step 1: validate every content file and cross-reference. Usage:
//   node scripts/check-content.ts [--root content] [--today YYYY-MM-DD]
import { parseArgs } from 'node:util';
import { contentRoot, loadContent } from '../src/lib/content-fs.ts';
import { countProblems, formatProblem, sortProblems } from '../src/lib/problems.ts';

const { values } = parseArgs({
  options: { root: { type: 'string' }, today: { type: 'string' } },
});
const root = values.root ?? contentRoot();
const { model, problems } = await loadContent(root, values.today);
for (const p of sortProblems(problems)) console.log(formatProblem(p));
const counts = countProblems(problems);
const what = model
  ? `${model.modules.length} modules, ${model.kb.length} KB articles, ${model.skills.length} skills, ${model.roles.length} roles, ${model.teams.length} teams`
  : 'content not usable';
console.log(`check-content: ${root}: ${what}; ${counts.error} errors, ${counts.warning} warnings`);
if (counts.error > 0) process.exitCode = 1;

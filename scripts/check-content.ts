#!/usr/bin/env node
// Pipeline step 1: validate every content file, its body and its cross-references,
// and report every problem found in one run.
import { parseArgs } from 'node:util';
import { contentRoot, loadContent } from '../src/lib/content-fs.ts';
import { countProblems, formatProblem, githubAnnotation, problemJson, sortProblems } from '../src/lib/problems.ts';
import { editorsReport, reportText } from '../src/lib/editors-report.ts';
import { reportInput } from '../src/editors-data-fs.ts';

const USAGE = `Usage: npm run check -- [options]   (node scripts/check-content.ts)

Checks every module, KB article, skills/roles/teams/settings file and MDX body,
and prints each problem as "file:line field: problem. Fix: …".

Options:
  --root <dir>        content folder (default GAPWISE_CONTENT or content)
  --today YYYY-MM-DD  the date reviewBy is compared with (default: today)
  --strict            a past reviewBy is an error, not a warning
  --format <f>        text (default), github (Actions annotations) or json
  --report            also print the editors' report (review dates, coverage,
                      backlog, orphans) as tables
  -h, --help          show this help`;

function options() {
  try {
    return parseArgs({
      options: {
        root: { type: 'string' },
        today: { type: 'string' },
        strict: { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
        report: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (e) {
    console.error(`check-content: ${(e as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

const values = options();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!['text', 'github', 'json'].includes(values.format!)) {
  console.error(`check-content: --format must be text, github or json, got ${JSON.stringify(values.format)}`);
  process.exit(2);
}
const root = values.root ?? contentRoot();
const { model, problems: found } = await loadContent(root, values.today);
// --strict: a review date in the past fails the check (for main, or a release).
const problems = sortProblems(found.map((p) => (values.strict && p.kind === 'review-overdue' ? { ...p, severity: 'error' as const } : p)));
const counts = countProblems(problems);
const what = model
  ? `${model.modules.length} modules, ${model.kb.length} KB articles, ${model.skills.length} skills, ${model.roles.length} roles, ${model.teams.length} teams`
  : 'content not usable';
const summary = `check-content: ${root}: ${what}; ${counts.error} errors, ${counts.warning} warnings`;
if (values.format === 'json') console.log(JSON.stringify({ problems: problems.map(problemJson), errors: counts.error, warnings: counts.warning }, null, 2));
else {
  for (const p of problems) console.log(values.format === 'github' ? githubAnnotation(p) : formatProblem(p));
  console.log(summary);
}
if (values.report && model) console.log(`\n${reportText(editorsReport(reportInput(model, today())), (id) => model.skills.find((s) => s.id === id)?.name ?? id)}`);
if (counts.error > 0) process.exitCode = 1;

function today(): string {
  return values.today ?? new Date().toISOString().slice(0, 10);
}

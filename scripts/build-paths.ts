#!/usr/bin/env node
// Pipeline step 2, the join: import the assessment exports, validate every record,
// compute gaps and plan the paths, then write deterministic JSON for the pages.
//   node scripts/build-paths.ts [--max-reject-rate 0.05] [--out .gapwise] [--content content]
// Exports come from GAPWISE_ASSESSMENTS: a folder, or files, separated by the OS
// path delimiter (default content/assessments). GAPWISE_SECRET keys the pseudonyms.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, loadContent } from '../src/lib/content-fs.ts';
import type { ContentModel } from '../src/lib/content-model.ts';
import { runJoin, type JoinResult } from '../src/lib/gap/join.ts';
import { writeJoinOutput } from '../src/join-output-fs.ts';
import type { Observation } from '../src/lib/gap/types.ts';
import { importExports, type ImportInput, type ImportSummary } from '../src/lib/import/index.ts';
import { formatProblem, sortProblems, type Problem } from '../src/lib/problems.ts';
import type { Settings } from '../src/lib/schemas/settings.ts';

const started = performance.now();
const DEV_SECRET = 'gapwise-development-secret-do-not-use-for-real-data';

const { values } = parseArgs({
  options: {
    'max-reject-rate': { type: 'string', default: '0.05' },
    'out': { type: 'string' },
    'content': { type: 'string' },
    'quiet': { type: 'boolean', default: false },
  },
});
const maxRejectRate = Number(values['max-reject-rate']);
if (!(maxRejectRate >= 0 && maxRejectRate <= 1)) {
  console.error(`build-paths: --max-reject-rate must be a number from 0 to 1, got ${JSON.stringify(values['max-reject-rate'])}`);
  process.exit(2);
}
const out = values.out ?? process.env.GAPWISE_OUT ?? '.gapwise';
const root = values.content ?? contentRoot();
const rel = (f: string) => path.relative(process.cwd(), f) || f;

/** Every export file named by GAPWISE_ASSESSMENTS, in path order; folders are walked, hidden files and .md skipped. */
function exportFiles(spec: string): { files: string[]; problems: Problem[] } {
  const files: string[] = [];
  const problems: Problem[] = [];
  const walk = (p: string) => {
    for (const name of readdirSync(p).sort()) {
      if (name.startsWith('.') || name.endsWith('.md')) continue;
      const full = path.join(p, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  };
  for (const entry of spec.split(path.delimiter).filter((e) => e !== '')) {
    if (!existsSync(entry)) {
      problems.push({ kind: 'malformed-file', severity: 'error', file: rel(entry), detail: 'no such file or folder (check GAPWISE_ASSESSMENTS)' });
    } else if (statSync(entry).isDirectory()) walk(entry);
    else files.push(entry);
  }
  return { files: [...new Set(files)].map(rel).sort(), problems };
}

/** A progress bar on stderr, only for people watching a terminal. */
function progressBar(): ((done: number, total: number, file: string) => void) | undefined {
  if (!process.stderr.isTTY || values.quiet) return undefined;
  return (done, total, file) => {
    const width = 24;
    const filled = Math.round((done / Math.max(1, total)) * width);
    const name = file.length > 40 ? `…${file.slice(-39)}` : file;
    process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} ${name}\x1b[K`);
    if (done === total) process.stderr.write('\r\x1b[K');
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The one summary line CI logs show. */
function summaryLine(s: ImportSummary, files: number): string {
  const reasons = Object.entries(s.byReason).map(([k, n]) => `${k} ${n}`).join(', ');
  return (
    `build-paths: ${files} files, ${s.read} records read, ${s.accepted} accepted, ${s.rejected} rejected ` +
    `(${pct(s.rejectRate)}, max ${pct(maxRejectRate)})${reasons ? `: ${reasons}` : ''}`
  );
}

async function main(): Promise<void> {
  // settings.yaml is content: an invalid file stops the join, which never falls back to defaults.
  const { model, settings, problems: contentProblems } = await loadContent(root);
  const setupErrors = contentProblems.filter((p) => p.severity === 'error');
  for (const p of sortProblems(setupErrors)) console.error(formatProblem(p));
  if (!model || !settings || setupErrors.length > 0) {
    console.error(`build-paths: ${setupErrors.length} content or settings error(s), so nothing was joined. Fix them (npm run check lists the same lines) and run again.`);
    process.exitCode = 1;
    return;
  }
  const secret = process.env.GAPWISE_SECRET ?? '';
  if (secret === '' && settings.privacy.individualRows) {
    console.error('build-paths: privacy.individualRows is on, so the fixed development secret is refused. Fix: set GAPWISE_SECRET to a long random value kept out of git.');
    process.exitCode = 1;
    return;
  }
  if (secret === '') {
    console.error(`build-paths: warning: GAPWISE_SECRET is not set; pseudonyms use the fixed development secret "${DEV_SECRET}". Set GAPWISE_SECRET for real data.`);
  }

  const spec = process.env.GAPWISE_ASSESSMENTS ?? path.join(root, 'assessments');
  const { files, problems: listProblems } = exportFiles(spec);
  const inputs: ImportInput[] = files.map((file) => ({ file, read: () => readFileSync(file) }));
  const progress = progressBar();
  const result = importExports(inputs, model, settings, progress ? { progress } : {});
  const observations: Observation[] = result.observations;
  const summary = result.summary;
  const problems = sortProblems([...listProblems, ...result.problems]);

  const joined = join(observations, model, settings, secret === '' ? DEV_SECRET : secret);

  mkdirSync(out, { recursive: true });
  const rejects = problems.map((p) => ({ ...p, message: formatProblem(p) }));
  const fileErrors = problems.filter((p) => p.severity === 'error');
  const failed = summary.rejectRate > maxRejectRate || fileErrors.length > 0 || setupErrors.length > 0;
  writeJoinOutput(out, joined);
  writeFileSync(path.join(out, 'rejects.json'), json(rejects));
  writeFileSync(path.join(out, 'rejects.txt'), rejects.map((r) => `${r.message}\n`).join(''));
  writeFileSync(
    path.join(out, 'summary.json'),
    json({
      files: summary.files,
      read: summary.read,
      accepted: summary.accepted,
      rejected: summary.rejected,
      byReason: summary.byReason,
      rejectRate: summary.rejectRate,
      maxRejectRate,
      fileErrors: fileErrors.length,
      observations: observations.length,
      teams: joined.plans.length,
      passed: !failed,
    }),
  );

  for (const p of fileErrors) console.error(formatProblem(p));
  console.log(summaryLine(summary, files.length));
  if (summary.rejected > 0 || fileErrors.length > 0) console.log(`build-paths: rejects report: ${path.join(out, 'rejects.txt')} (and rejects.json)`);
  if (summary.rejectRate > maxRejectRate) {
    console.error(`build-paths: reject rate ${pct(summary.rejectRate)} is above --max-reject-rate ${pct(maxRejectRate)}; fix the exports or raise the limit`);
  }
  if (fileErrors.length > 0) console.error(`build-paths: ${fileErrors.length} file(s) could not be imported`);
  if (failed) process.exitCode = 1;
  if (process.env.GAPWISE_BENCH) {
    const rss = process.resourceUsage().maxRSS * 1024;
    console.log(`bench: ${JSON.stringify({ ms: performance.now() - started, maxRSS: rss, read: summary.read })}`);
  }
}

/** The one call into the gap engine and planner. */
function join(observations: Iterable<Observation>, model: ContentModel, settings: Settings, secret: string): JoinResult {
  return runJoin({
    observations,
    model,
    settings: { weights: settings.weights, k: settings.privacy.k, individualRows: settings.privacy.individualRows, paths: settings.paths, cycles: settings.cycles },
    secret,
  });
}

await main();

#!/usr/bin/env node
// Pipeline step 2, the join: import the assessment exports, validate every record,
// compute gaps and plan the paths, then write deterministic JSON for the pages.
import { closeSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listFiles } from '../src/files-fs.ts';
import { contentRoot, loadContent } from '../src/lib/content-fs.ts';
import { openJoin } from '../src/lib/gap/join.ts';
import { importExports, type ImportSummary } from '../src/lib/import/index.ts';
import { formatProblem, sortProblems, type Problem } from '../src/lib/problems.ts';
import { writeJoinOutput } from '../src/join-output-fs.ts';

const USAGE = `Usage: npm run paths -- [options]   (node scripts/build-paths.ts)

Imports the assessment exports, computes each team's gaps and plans its path, and
writes .gapwise/join.json, the rejects report and a summary.

Options:
  --max-reject-rate <0..1>  largest share of rejected records that still passes
                            (default 0.05, or GAPWISE_MAX_REJECT_RATE; skipped
                            records never count)
  --out <dir>               output folder (default GAPWISE_OUT or .gapwise)
  --content <dir>           content folder (default GAPWISE_CONTENT or content)
  --quiet                   no progress line
  -h, --help                show this help

Environment:
  GAPWISE_ASSESSMENTS       export files or folders, separated by "${path.delimiter}"
                            (default <content>/assessments)
  GAPWISE_SECRET            key for pseudonymous ids and masked emails (required
                            for real data and for privacy.individualRows)
  GAPWISE_MAX_REJECT_RATE   as --max-reject-rate, for npm run build`;

const started = performance.now();
const DEV_SECRET = 'gapwise-development-secret-do-not-use-for-real-data';

function options() {
  try {
    return parseArgs({
      options: {
        'max-reject-rate': { type: 'string' },
        out: { type: 'string' },
        content: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (e) {
    console.error(`build-paths: ${(e as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

const values = options();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const rateText = values['max-reject-rate'] ?? process.env.GAPWISE_MAX_REJECT_RATE ?? '0.05';
const maxRejectRate = Number(rateText);
if (rateText.trim() === '' || !(maxRejectRate >= 0 && maxRejectRate <= 1)) {
  console.error(`build-paths: the maximum reject rate must be a number from 0 to 1, got ${JSON.stringify(rateText)}. Fix: e.g. --max-reject-rate 0.1 or GAPWISE_MAX_REJECT_RATE=0.1`);
  process.exit(2);
}
const out = values.out ?? process.env.GAPWISE_OUT ?? '.gapwise';
const root = values.content ?? contentRoot();

/** A progress line on stderr, only for people watching a terminal. */
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
const counts = (o: Record<string, number | undefined>) => Object.entries(o).map(([k, n]) => `${k} ${n}`).join(', ');

/** The one summary line CI logs show: read = accepted + skipped + rejected. */
function summaryLine(s: ImportSummary, files: number): string {
  const skipped = counts(s.skippedBy);
  const rejected = counts(s.byReason);
  return (
    `build-paths: ${files} files, ${s.read} records read = ${s.accepted} accepted + ${s.skipped} skipped${skipped ? ` (${skipped})` : ''} + ` +
    `${s.rejected} rejected (${pct(s.rejectRate)} of assessed records, max ${pct(maxRejectRate)})${rejected ? `: ${rejected}` : ''}`
  );
}

/** The first 64 KB of a file: enough to recognise its format. */
const peeker = (file: string) => () => {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(65536);
    return buf.subarray(0, readSync(fd, buf, 0, buf.length, 0));
  } finally {
    closeSync(fd);
  }
};

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
    console.error(`build-paths: privacy.individualRows is on, so the fixed development secret "${DEV_SECRET}" is refused. Fix: set GAPWISE_SECRET to a long random value kept out of git.`);
    process.exitCode = 1;
    return;
  }
  if (secret === '') console.error(`build-paths: warning: GAPWISE_SECRET is not set; pseudonyms use the fixed development secret "${DEV_SECRET}". Set GAPWISE_SECRET for real data.`);
  const key = secret === '' ? DEV_SECRET : secret;

  const spec = process.env.GAPWISE_ASSESSMENTS ?? path.join(root, 'assessments');
  const listed = listFiles(spec.split(path.delimiter));
  const join = openJoin({
    model,
    settings: { weights: settings.weights, k: settings.privacy.k, individualRows: settings.privacy.individualRows, paths: settings.paths, cycles: settings.cycles },
    secret: key,
  });
  const progress = progressBar();
  const result = importExports(
    listed.files.map((file) => ({ file, read: () => readFileSync(file), peek: peeker(file) })),
    model,
    settings,
    { ...(progress ? { progress } : {}), sink: join.add, secret: key },
  );
  report(sortProblems([...listed.problems, ...result.problems]), result.summary, listed.files.length + listed.problems.length, setupErrors.length, join.finish());
}

/** Writes the outputs and prints the summary; sets the exit code. */
function report(problems: Problem[], summary: ImportSummary, files: number, setupErrors: number, joined: ReturnType<ReturnType<typeof openJoin>['finish']>): void {
  mkdirSync(out, { recursive: true });
  const rejects = problems.map((p) => ({ ...p, message: formatProblem(p) }));
  const fileErrors = problems.filter((p) => p.severity === 'error');
  const failedFiles = new Set(fileErrors.map((p) => p.file)).size;
  const failed = summary.rejectRate > maxRejectRate || fileErrors.length > 0 || setupErrors > 0;
  writeJoinOutput(out, joined);
  writeFileSync(path.join(out, 'rejects.json'), json(rejects));
  writeFileSync(path.join(out, 'rejects.txt'), rejects.map((r) => `${r.message}\n`).join(''));
  const { files: perFile, ...totals } = summary;
  writeFileSync(path.join(out, 'summary.json'), json({ ...totals, maxRejectRate, failedFiles, files: perFile, teams: joined.plans.length, passed: !failed }));

  for (const p of fileErrors) console.error(formatProblem(p));
  for (const p of problems.filter((x) => x.kind === 'empty-export')) console.error(formatProblem(p));
  console.log(summaryLine(summary, files));
  if (summary.rejected > 0 || fileErrors.length > 0) console.log(`build-paths: rejects report: ${path.join(out, 'rejects.txt')} (and rejects.json)`);
  if (summary.rejectRate > maxRejectRate)
    console.error(`build-paths: reject rate ${pct(summary.rejectRate)} is above the limit ${pct(maxRejectRate)}. Fix the exports, or raise the limit with --max-reject-rate or GAPWISE_MAX_REJECT_RATE.`);
  if (failedFiles > 0) console.error(`build-paths: ${failedFiles} ${failedFiles === 1 ? 'file' : 'files'} could not be imported; the other files were.`);
  if (failed) process.exitCode = 1;
  if (process.env.GAPWISE_BENCH) {
    const rss = process.resourceUsage().maxRSS * 1024;
    console.log(`bench: ${JSON.stringify({ ms: performance.now() - started, maxRSS: rss, read: summary.read })}`);
  }
}

await main();

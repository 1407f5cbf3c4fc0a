#!/usr/bin/env node
// Join budget (DESIGN.md, issue 7): agents × skills × sources results are imported,
// validated, joined and written in ≤ 3× the time of a bare JSON.parse of the same
// files, with peak RSS ≤ 1.5 GB at 8 M records; twice the records take ≤ 2.2× the
// time. Runs alternate and report medians, so a verdict does not flip. Usage:
//   node scripts/bench-join.ts [--agents 10000,40000] [--skills 50] [--sources 4] [--dir bench-out/join] [--runs 5]
// Each measurement runs in its own child process, which reports its time and peak RSS.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { scaleContent, writeFiles, writeScaleExports, type ScaleOptions } from './gen-fixtures.ts';

const { values } = parseArgs({
  options: {
    'agents': { type: 'string', default: '10000,40000' },
    'skills': { type: 'string', default: '50' },
    'sources': { type: 'string', default: '4' },
    'dir': { type: 'string', default: 'bench-out/join' },
    'runs': { type: 'string', default: '5' },
    'parse-only': { type: 'string' },
  },
});

const GB = 1024 ** 3;

/** Child mode: read and JSON.parse every export, report time and peak RSS. */
function parseOnly(dir: string): void {
  const started = performance.now();
  let records = 0;
  for (const name of readdirSync(dir).sort()) {
    const doc = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { results: unknown[] };
    records += doc.results.length;
  }
  const rss = process.resourceUsage().maxRSS * 1024;
  console.log(`bench: ${JSON.stringify({ ms: performance.now() - started, maxRSS: rss, read: records })}`);
}

interface Measure {
  ms: number;
  maxRSS: number;
  read: number;
}

function child(args: string[], env: Record<string, string>): Measure {
  const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env, GAPWISE_BENCH: '1' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const line = r.stdout.split('\n').find((l) => l.startsWith('bench: '));
  if (!line) throw new Error(`bench child failed (${args.join(' ')}):\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(line.slice(7)) as Measure;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function prepare(dir: string, o: ScaleOptions): void {
  const marker = path.join(dir, 'assessments', `native-qa.json`);
  const stamp = path.join(dir, 'content', 'skills.yaml');
  if (existsSync(marker) && existsSync(stamp)) {
    const agentsMatch = readFileSync(marker, 'utf8').includes(`"g${String(o.agents).padStart(6, '0')}"`);
    const nextMissing = !readFileSync(marker, 'utf8').includes(`"g${String(o.agents + 1).padStart(6, '0')}"`);
    if (agentsMatch && nextMissing) return;
  }
  writeFiles(dir, scaleContent(o));
  writeScaleExports(dir, o);
}

const parseRun = (dir: string) => child([new URL(import.meta.url).pathname, '--parse-only', path.join(dir, 'assessments')], {});
const joinRun = (dir: string) =>
  child(['scripts/build-paths.ts', '--quiet', '--out', path.join(dir, 'out'), '--content', path.join(dir, 'content')], {
    GAPWISE_ASSESSMENTS: path.join(dir, 'assessments'),
    GAPWISE_SECRET: 'bench',
  });

const verdict = (ok: boolean) => (ok ? 'PASS' : 'OVER');
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Join against JSON.parse of the same files, in alternating runs; medians, and the peak RSS of all join runs. */
function versusParse(dir: string, runs: number): { join: number; parse: number; rss: number; read: number } {
  const join: Measure[] = [];
  const parse: number[] = [];
  for (let i = 0; i < runs; i++) {
    join.push(joinRun(dir));
    parse.push(parseRun(dir).ms);
  }
  return { join: median(join.map((m) => m.ms)), parse: median(parse), rss: Math.max(...join.map((m) => m.maxRSS)), read: join[0]!.read };
}

function main(): void {
  if (values['parse-only']) return parseOnly(values['parse-only']);
  const runs = Number(values.runs);
  const opts = (agents: number): ScaleOptions => ({ agents, skills: Number(values.skills), sources: Number(values.sources), modules: 0, kb: 0, seed: 1 });
  const sizes = values.agents.split(',').map(Number); // e.g. 10000,40000 → 2 M and 8 M records
  const largest = Math.max(...sizes);
  const half = Math.round(largest / 2);
  const dirOf = (agents: number) => path.join(values.dir, `a${agents}`);
  console.log(`bench-join: generating ${[...sizes, half].join(', ')} agents × ${values.skills} skills × ${values.sources} sources (cached in ${values.dir})`);
  for (const a of new Set([...sizes, half])) prepare(dirOf(a), opts(a));
  let failed = false;
  for (const a of sizes) {
    const m = versusParse(dirOf(a), runs);
    const ratio = m.join / m.parse;
    console.log(`join  ${m.read} records: ${sec(m.join)} (import + validate + join + write); JSON.parse of the same files: ${sec(m.parse)} (medians of ${runs} alternating runs)`);
    console.log(`join  ${m.read} records: time ${ratio.toFixed(2)}× JSON.parse (budget ≤ 3×) ${verdict(ratio <= 3)}; peak RSS ${(m.rss / GB).toFixed(2)} GB (budget ≤ 1.5 GB) ${verdict(m.rss <= 1.5 * GB)}`);
    failed ||= ratio > 3 || m.rss > 1.5 * GB;
  }
  // Scaling: the largest size against half of it, in paired runs (full, half, full, half, …), median of the ratios.
  const ratios: number[] = [];
  let records = [0, 0];
  for (let i = 0; i < runs; i++) {
    const full = joinRun(dirOf(largest));
    const small = joinRun(dirOf(half));
    ratios.push(full.ms / small.ms);
    records = [full.read, small.read];
  }
  const scaling = median(ratios);
  console.log(`join  scaling ${records[0]} vs ${records[1]} records: ${scaling.toFixed(2)}× the time for ${(records[0]! / records[1]!).toFixed(2)}× the records, median of ${runs} paired runs (budget ≤ 2.2×) ${verdict(scaling <= 2.2)}`);
  if (failed || scaling > 2.2) process.exitCode = 1;
}

main();

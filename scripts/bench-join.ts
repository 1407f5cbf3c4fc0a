#!/usr/bin/env node
// Join budget (DESIGN.md): agents × skills × sources results are imported, validated,
// joined and written in ≤ 5× the time of a bare JSON.parse of the same files, with
// peak RSS ≤ 1.5 GB; twice the records take ≤ 2.2× the time. Usage:
//   node scripts/bench-join.ts [--agents 10000] [--skills 50] [--sources 4] [--dir bench-out/join] [--runs 3]
// Each measurement runs in its own child process, which reports its time and peak RSS.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { scaleContent, writeFiles, writeScaleExports, type ScaleOptions } from './gen-fixtures.ts';

const { values } = parseArgs({
  options: {
    'agents': { type: 'string', default: '10000' },
    'skills': { type: 'string', default: '50' },
    'sources': { type: 'string', default: '4' },
    'dir': { type: 'string', default: 'bench-out/join' },
    'runs': { type: 'string', default: '3' },
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

/** The fastest of `runs` runs (least disturbed by other work on a shared machine). */
function best(runs: number, f: () => Measure): Measure {
  let out: Measure | undefined;
  for (let i = 0; i < runs; i++) {
    const m = f();
    if (!out || m.ms < out.ms) out = { ...m, maxRSS: Math.max(m.maxRSS, out?.maxRSS ?? 0) };
    else out.maxRSS = Math.max(out.maxRSS, m.maxRSS);
  }
  return out!;
}

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

function measure(dir: string, runs: number): { parse: Measure; join: Measure } {
  const exportsDir = path.join(dir, 'assessments');
  const parse = best(runs, () => child([new URL(import.meta.url).pathname, '--parse-only', exportsDir], {}));
  const join = best(runs, () =>
    child(['scripts/build-paths.ts', '--quiet', '--out', path.join(dir, 'out'), '--content', path.join(dir, 'content')], {
      GAPWISE_ASSESSMENTS: exportsDir,
      GAPWISE_SECRET: 'bench',
    }),
  );
  return { parse, join };
}

function main(): void {
  if (values['parse-only']) return parseOnly(values['parse-only']);
  const runs = Number(values.runs);
  const base: ScaleOptions = { agents: Number(values.agents), skills: Number(values.skills), sources: Number(values.sources), modules: 0, kb: 0, seed: 1 };
  const half: ScaleOptions = { ...base, agents: Math.round(base.agents / 2) };
  const fullDir = path.join(values.dir, `a${base.agents}`);
  const halfDir = path.join(values.dir, `a${half.agents}`);
  console.log(`bench-join: generating ${base.agents} and ${half.agents} agents × ${base.skills} skills × ${base.sources} sources (cached in ${values.dir})`);
  prepare(fullDir, base);
  prepare(halfDir, half);
  const full = measure(fullDir, runs);
  const small = measure(halfDir, runs);
  const ratio = full.join.ms / full.parse.ms;
  const scaling = full.join.ms / small.join.ms;
  const peak = Math.max(full.join.maxRSS, small.join.maxRSS);
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'OVER');
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`join  ${full.join.read} records: ${s(full.join.ms)} (import + validate + join + write); JSON.parse of the same files: ${s(full.parse.ms)}`);
  console.log(`join  time ratio vs JSON.parse: ${ratio.toFixed(2)}× (budget ≤ 5×) ${verdict(ratio <= 5)}`);
  console.log(`join  peak RSS: ${(peak / GB).toFixed(2)} GB (budget ≤ 1.5 GB) ${verdict(peak <= 1.5 * GB)}`);
  console.log(`join  scaling ${full.join.read} vs ${small.join.read} records: ${scaling.toFixed(2)}× the time for ${(full.join.read / small.join.read).toFixed(2)}× the records (budget ≤ 2.2×) ${verdict(scaling <= 2.2)}`);
  if (ratio > 5 || peak > 1.5 * GB || scaling > 2.2) process.exitCode = 1;
}

main();

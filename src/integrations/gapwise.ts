import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { JoinOutputError, loadJoinOutput } from '../join-output-fs.ts';
import { loadContent } from '../lib/content-fs.ts';
import { formatProblem, sortProblems } from '../lib/problems.ts';
import { siteMode } from '../site-mode.ts';

/** Route entry points of the dashboards, injected only when the build includes them. */
const dashboardRoutes = [
  { pattern: '/dashboards', entrypoint: './src/dashboards/index.astro' },
  { pattern: '/dashboards/[file].csv', entrypoint: './src/dashboards/overview-csv.ts' },
  { pattern: '/dashboards/[team]', entrypoint: './src/dashboards/team.astro' },
  { pattern: '/dashboards/[team]/[file].csv', entrypoint: './src/dashboards/team-csv.ts' },
];

/** Files whose change makes the join's output stale. */
const joinInputs = (root: string) =>
  ['content/assessments', 'content/settings.yaml', 'content/teams.yaml', 'content/roles.yaml', 'content/skills.yaml', 'content/modules', 'content/kb'].map((p) => path.join(root, p));

/** What a dashboards-only site keeps of the build: the dashboards, their assets and the host files. */
const ONLY_KEEP = new Set(['dashboards', '_astro', '_headers', 'favicon.svg', '404.html']);

/** Prunes a full build down to the dashboards, with a landing redirect and a robots file that disallows all. */
function keepDashboardsOnly(dist: string): void {
  for (const name of readdirSync(dist)) if (!ONLY_KEEP.has(name)) rmSync(path.join(dist, name), { recursive: true, force: true });
  writeFileSync(path.join(dist, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
  writeFileSync(
    path.join(dist, 'index.html'),
    '<!doctype html><meta charset="utf-8"><meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=/dashboards/"><title>Dashboards</title><a href="/dashboards/">Dashboards</a>\n',
  );
}

/** Every content error, as the check words it. */
async function contentErrors(): Promise<string[]> {
  const { problems } = await loadContent();
  return sortProblems(problems.filter((p) => p.severity === 'error')).map(formatProblem);
}

/** Runs the join as `npm run paths` does; its own output explains any problem. */
function runJoin(root: string): boolean {
  const r = spawnSync(process.execPath, ['scripts/build-paths.ts'], { cwd: root, stdio: 'inherit' });
  return r.status === 0;
}

/**
 * Gapwise's build wiring: injects the dashboard routes unless
 * GAPWISE_DASHBOARDS=off, and in `astro dev` reruns the join when an export or
 * the settings change, then reloads the browser.
 */
export function gapwise(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'gapwise',
    hooks: {
      'astro:config:setup': async ({ injectRoute, config, command, logger }) => {
        root = new URL('.', config.root).pathname;
        // The content check runs before Astro compiles anything, so a content error is one
        // located line (the same as npm run check prints), once, with no stack trace.
        if (command === 'build') {
          const problems = await contentErrors();
          if (problems.length > 0) {
            for (const line of problems) logger.error(line);
            logger.error(`${problems.length} content error(s); nothing was built. Run npm run check for the same list.`);
            process.exit(1);
          }
          try {
            loadJoinOutput();
          } catch (e) {
            if (!(e instanceof JoinOutputError)) throw e;
            logger.error(e.message);
            process.exit(1);
          }
        }
        if (siteMode() !== 'off') for (const r of dashboardRoutes) injectRoute({ ...r, prerender: true });
      },
      'astro:server:setup': ({ server, logger }) => {
        const watched = joinInputs(root);
        server.watcher.add(watched);
        let timer: NodeJS.Timeout | undefined;
        const onChange = (file: string) => {
          if (!watched.some((w) => file === w || file.startsWith(`${w}${path.sep}`))) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            logger.info(`${path.relative(root, file)} changed: rerunning the join`);
            if (runJoin(root)) server.ws.send({ type: 'full-reload' });
          }, 200);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
      },
      'astro:build:done': ({ dir, logger }) => {
        if (siteMode() !== 'only') return;
        keepDashboardsOnly(fileURLToPath(dir));
        logger.info('GAPWISE_DASHBOARDS=only: kept /dashboards/ and its assets; the portal pages were left out');
      },
    },
  };
}

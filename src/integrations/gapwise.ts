import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { siteMode } from '../site-mode.ts';

/** Route entry points of the dashboards, injected only when the build includes them. */
const dashboardRoutes = [
  { pattern: '/dashboards', entrypoint: './src/dashboards/index.astro' },
  { pattern: '/dashboards/[file].csv', entrypoint: './src/dashboards/overview-csv.ts' },
  { pattern: '/dashboards/[team]', entrypoint: './src/dashboards/team.astro' },
  { pattern: '/dashboards/[team]/[file].csv', entrypoint: './src/dashboards/team-csv.ts' },
];

/** Files whose change makes the join's output stale. */
const joinInputs = (root: string) => [path.join(root, 'content/assessments'), path.join(root, 'content/settings.yaml'), path.join(root, 'content/teams.yaml'), path.join(root, 'content/roles.yaml')];

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
      'astro:config:setup': ({ injectRoute, config }) => {
        root = new URL('.', config.root).pathname;
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
    },
  };
}

// GAPWISE_DASHBOARDS: the portal without dashboards, and the dashboards as a site of their own.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quietWarnings } from '../../src/integrations/quiet-warnings.ts';
import { portalHref, siteMode } from '../../src/site-mode.ts';

describe('siteMode and portalHref', () => {
  it('defaults to on and reads on, off and only in any case', () => {
    expect(siteMode({})).toBe('on');
    expect(siteMode({ GAPWISE_DASHBOARDS: ' ONLY ' })).toBe('only');
    expect(siteMode({ GAPWISE_DASHBOARDS: 'off' })).toBe('off');
  });
  it('refuses anything else with the accepted values', () => {
    expect(() => siteMode({ GAPWISE_DASHBOARDS: 'yes' })).toThrow(/Fix: use on, off or only/);
  });
  it('sends portal links to the portal host only in a dashboards-only build', () => {
    expect(portalHref('/courses/', {})).toBe('/courses/');
    expect(portalHref('/courses/', { GAPWISE_DASHBOARDS: 'only', GAPWISE_PORTAL_URL: 'https://learn.example.org/' })).toBe('https://learn.example.org/courses/');
  });
});

describe('quietWarnings', () => {
  it('drops only the head-inject directive warning and forwards every other one', () => {
    const seen: string[] = [];
    const warn = (w: { code?: string; message: string }) => seen.push(`${w.code}: ${w.message}`);
    quietWarnings({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use astro:head-inject" in "x.mdx"' }, warn);
    quietWarnings({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "y.ts"' }, warn);
    quietWarnings({ code: 'CIRCULAR_DEPENDENCY', message: 'a -> b -> a' }, warn);
    expect(seen).toEqual(['MODULE_LEVEL_DIRECTIVE: The semantics of the module level directive "use client" in "y.ts"', 'CIRCULAR_DEPENDENCY: a -> b -> a']);
  });
});

describe('builds by site mode', () => {
  const node = process.execPath;
  const join = path.join('test-results', 'site-mode-join');
  const build = (mode: string) => {
    const out = path.join('test-results', `site-${mode}`);
    const env = { ...process.env, GAPWISE_DASHBOARDS: mode, GAPWISE_OUT: join, GAPWISE_PORTAL_URL: 'https://learn.example.org', GAPWISE_CACHE_DIR: path.join('test-results', 'site-mode-cache') };
    const r = spawnSync(node, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], { env, encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    // A quiet build: none of the per-page directive warnings that buried real ones.
    expect(r.stdout + r.stderr).not.toContain('MODULE_LEVEL_DIRECTIVE');
    return out;
  };

  it('off builds the portal with no dashboards; only builds the dashboards alone', () => {
    const r = spawnSync(node, ['scripts/build-paths.ts'], { env: { ...process.env, GAPWISE_OUT: join }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);

    const off = build('off');
    expect(existsSync(path.join(off, 'courses', 'index.html'))).toBe(true);
    expect(existsSync(path.join(off, 'dashboards'))).toBe(false);

    const only = build('only');
    expect(readdirSync(only).sort()).toEqual(['404.html', '_astro', '_headers', 'dashboards', 'favicon.svg', 'index.html', 'robots.txt']);
    expect(readFileSync(path.join(only, 'robots.txt'), 'utf8')).toContain('Disallow: /\n');
    const overview = readFileSync(path.join(only, 'dashboards', 'index.html'), 'utf8');
    expect(overview).toContain('href="https://learn.example.org/courses/"');
    expect(overview).not.toContain('href="/courses/"');
    expect(existsSync(path.join(only, 'dashboards', 'heatmap.csv'))).toBe(true);
  });
});

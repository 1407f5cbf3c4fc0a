// Which parts of the site a build makes, from GAPWISE_DASHBOARDS:
//   on (default) — the portal and the dashboards;
//   off          — the portal only (no /dashboards/ at all);
//   only         — the dashboards as a site of their own, for a host behind SSO or
//                  basic auth; links to courses go to GAPWISE_PORTAL_URL.

/** The build's site mode. */
export type SiteMode = 'on' | 'off' | 'only';

/** Reads GAPWISE_DASHBOARDS; anything else is refused with the accepted values. */
export function siteMode(env: Record<string, string | undefined> = process.env): SiteMode {
  const v = (env.GAPWISE_DASHBOARDS ?? 'on').trim().toLowerCase();
  if (v === 'on' || v === 'off' || v === 'only') return v;
  throw new Error(`GAPWISE_DASHBOARDS=${JSON.stringify(env.GAPWISE_DASHBOARDS)} is not a site mode. Fix: use on, off or only.`);
}

/** A link to a portal page: site-relative, or on the portal's own host in a dashboards-only build. */
export function portalHref(path: string, env: Record<string, string | undefined> = process.env): string {
  if (siteMode(env) !== 'only') return path;
  const base = (env.GAPWISE_PORTAL_URL ?? '').replace(/\/+$/, '');
  return `${base}${path}`;
}

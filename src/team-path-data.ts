// A team's path in the team's language (teams.yaml `locale`), for /paths/[team]/
// and the team dashboard, which show the same path.
import { roles, teams } from './content.ts';
import { localeOfTag } from './i18n/locales.ts';
import { loadJoinOutput } from './join-output-fs.ts';
import { pathView } from './lib/path-view.ts';
import { routeData } from './route-data.ts';

/** The team, its locale, the words in that locale, and its path view (null without a plan). */
export function teamPathData(teamId: string) {
  const team = teams.find((tm) => tm.id === teamId)!;
  const locale = localeOfTag(team.locale);
  const rd = routeData(locale);
  const plan = loadJoinOutput().plans.find((p) => p.team === team.id);
  const view = plan
    ? pathView(plan, {
        skill: rd.content.skillNameOf,
        kb: (slug) => rd.kb.find((a) => a.id === slug)?.data.title ?? slug,
        role: (id) => roles.find((r) => r.id === id)?.name ?? id,
        module: (id) => rd.modules.find((m) => m.id === id)?.data.title ?? id,
        t: rd.t,
        href: rd.href,
      })
    : null;
  return { team, locale, t: rd.t, view };
}

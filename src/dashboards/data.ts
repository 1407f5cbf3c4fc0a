// The dashboards' data, prepared once per build from the join's validated output.
import { modules, skillNameOf, teams } from '../content.ts';
import { loadJoinOutput } from '../join-output-fs.ts';
import { overviewDashboard } from '../lib/dashboard/overview-view.ts';
import { teamDashboard, type DashNames } from '../lib/dashboard/team-view.ts';
import { localeOfTag } from '../i18n/locales.ts';
import { routeData } from '../route-data.ts';

/** The build date (YYYY-MM-DD) that "how old" is measured against; GAPWISE_BUILD_DATE pins it. */
export function buildDate(): string {
  return process.env.GAPWISE_BUILD_DATE ?? new Date().toISOString().slice(0, 10);
}

const teamName = (id: string) => teams.find((t) => t.id === id)?.name ?? id;
export const names: DashNames & { team: (id: string) => string } = {
  skill: skillNameOf,
  module: (id) => modules.find((m) => m.id === id)?.data.title ?? id,
  team: teamName,
};

/** The overview page's data. */
export function overviewData() {
  const join = loadJoinOutput();
  return { view: overviewDashboard(join.overview, names), asOf: join.asOf };
}

/** One team page's data, with its plan, in the team's language (teams.yaml `locale`). */
export function teamData(team: string) {
  const join = loadJoinOutput();
  const report = join.reports.find((r) => r.team === team);
  const plan = join.plans.find((p) => p.team === team);
  const locale = localeOfTag(teams.find((t) => t.id === team)?.locale);
  const rd = routeData(locale);
  const local: DashNames = { skill: rd.content.skillNameOf, module: (id) => rd.modules.find((m) => m.id === id)?.data.title ?? id, t: rd.t };
  return { view: report ? teamDashboard(report, local, buildDate()) : null, plan, built: buildDate(), locale };
}

// The editors' report's input, from the content model and (when it is current)
// the join's output; shared by `npm run check -- --report` and /editors/.
import type { ContentModel } from './lib/content-model.ts';
import type { ReportInput } from './lib/editors-report.ts';
import { loadJoinOutput } from './join-output-fs.ts';

/** The join's plans and backlog, or none when the join has not run (or is stale). */
function joined(): { onPaths: Set<string>; backlog: ReportInput['backlog']; joinNote: string | null } {
  try {
    const join = loadJoinOutput();
    return { onPaths: new Set(join.plans.flatMap((p) => p.steps.map((s) => s.module))), backlog: join.overview.backlog, joinNote: null };
  } catch (e) {
    return { onPaths: new Set(), backlog: [], joinNote: (e as Error).message };
  }
}

/** Everything the report reads. */
export function reportInput(model: Pick<ContentModel, 'skills' | 'roles' | 'modules' | 'kb'>, today: string): ReportInput {
  const { onPaths, backlog, joinNote } = joined();
  return {
    skills: model.skills.map((s) => ({ id: s.id, name: s.name })),
    targeted: new Set(model.roles.flatMap((r) => r.targets.map((t) => t.skill))),
    modules: model.modules.filter((m) => !m.data.draft).map((m) => ({ id: m.id, file: m.file, title: m.data.title, owner: m.data.owner, reviewBy: m.data.reviewBy, skills: m.data.skills })),
    kb: model.kb.map((a) => ({ id: a.id, file: a.file, title: a.data.title, owner: a.data.owner, reviewBy: a.data.reviewBy, skills: a.data.skills.map((skill) => ({ skill })) })),
    onPaths,
    backlog,
    joinNote,
    today,
  };
}

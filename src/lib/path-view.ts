import { translator, type Translate } from '../i18n/index.ts';

const english = translator('en');
import type { Coverage, PlanStep, StepReason, TeamPlan } from './schemas/plan.ts';

/** Format a level or gap for display: one decimal, or an em dash when withheld. */
export function fmtLevel(v: number | null, lang = 'en'): string {
  return v === null ? '—' : new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
}

/** A signed change in levels, e.g. "+1.5". */
export function fmtChange(v: number): string {
  return `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(v).toFixed(1)}`;
}

type Names = {
  skill: (id: string) => string;
  kb: (slug: string) => string;
  role?: (id: string) => string;
  /** A course's title in the team's language; the plan's (English) title when absent. */
  module?: (id: string) => string;
  /** The interface words in the team's language; English when absent. */
  t?: Translate;
  /** Where a site path lives in that language, e.g. /zh-hant/courses/x/. */
  href?: (path: string) => string;
};

/** Why a step is on the path, in words that never contradict the figures. */
export function whyText(step: Pick<PlanStep, 'reason' | 'prerequisiteOnly'>, basis: TeamPlan['basis'], names: Names): string {
  const t = names.t ?? english;
  const r = step.reason;
  const skill = names.skill(r.skill);
  if (step.prerequisiteOnly) return t('paths.whyPrereq', { skill });
  if (basis === 'role') return t('paths.whyRole', { skill, target: r.target });
  if (r.belowTarget === null || r.n === null) return t('paths.whySuppressed', { skill, target: r.target });
  return t('paths.why', { skill, below: r.belowTarget, n: r.n, target: r.target, current: fmtLevel(r.current) });
}

/** What a done step measured. */
export function doneText(step: Pick<PlanStep, 'measuredChange'>, t: Translate = english): string {
  return step.measuredChange === null ? t('paths.doneNoChange') : t('paths.doneChange', { change: fmtChange(step.measuredChange) });
}

/** "Courses cover 2→3; nothing takes learners from 3 to 4." */
export function coverageText(c: Coverage, t: Translate = english): string {
  const bands = (list: Coverage['covered']) => list.map((b) => `${b.from}→${b.to}`).join(', ');
  const missing = c.missing.map((b) => t('paths.missingBand', { from: b.from, to: b.to })).join('; ');
  return c.covered.length === 0 ? t('paths.coverNone', { missing }) : t('paths.coverPart', { covered: bands(c.covered), missing });
}

/** "4 of 12 below target" or a dash when withheld. */
function belowText(r: StepReason, t: Translate = english): string {
  return r.belowTarget === null || r.n === null ? '—' : t('paths.belowOf', { below: r.belowTarget, n: r.n });
}

/** The data `/paths/[team]/` (and the team dashboard) renders, with names resolved. */
export function pathView(plan: TeamPlan, names: Names) {
  const t = names.t ?? english;
  const href = names.href ?? ((p: string) => p);
  const skillRow = (s: TeamPlan['skills'][number]) => ({
    id: s.skill,
    name: names.skill(s.skill),
    current: fmtLevel(s.current),
    target: s.target,
    gap: fmtLevel(s.gap),
    below: belowText(s, t),
    kb: s.kb.map((slug) => ({ href: href(`/kb/${slug}/`), title: names.kb(slug) })),
    modules: s.modules,
  });
  return {
    team: plan.team,
    teamName: plan.teamName,
    basis: plan.basis,
    roleName: names.role?.(plan.role) ?? plan.role,
    cycle: plan.cycle,
    totalMinutes: plan.totalMinutes,
    todo: plan.steps.filter((s) => s.status === 'todo').length,
    steps: plan.steps.map((s, i) => ({
      n: i + 1,
      id: s.module,
      href: href(`/courses/${s.module}/`),
      title: names.module?.(s.module) ?? s.title,
      minutes: s.minutes,
      skillId: s.reason.skill,
      why: whyText(s, plan.basis, names),
      done: s.status === 'done',
      doneText: s.status === 'done' ? doneText(s, t) : null,
      prerequisiteOnly: s.prerequisiteOnly,
    })),
    skills: plan.skills.map(skillRow),
    refreshers: plan.refreshers.map(skillRow),
    uncovered: plan.uncovered.map((u) => ({ id: u.skill, name: names.skill(u.skill), target: u.target, text: coverageText(u.coverage, t) })),
  };
}

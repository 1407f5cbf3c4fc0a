/**
 * The editors' report: what L&D should look at next. Built from the content (and,
 * when the join has run, its content backlog), shown at /editors/ and printed by
 * `npm run check -- --report`.
 */
import type { BacklogItem } from './schemas/report.ts';

interface Entry {
  id: string;
  file: string;
  title: string;
  owner: string;
  reviewBy: string;
  skills: Array<{ skill: string; from?: number; to?: number }>;
}

/** What the report reads. */
export interface ReportInput {
  skills: ReadonlyArray<{ id: string; name: string }>;
  /** Skill ids some role targets. */
  targeted: ReadonlySet<string>;
  modules: readonly Entry[];
  kb: readonly Entry[];
  /** Modules on some team's path (ids). */
  onPaths: ReadonlySet<string>;
  backlog: readonly BacklogItem[];
  /** Why the backlog and paths are missing (the join has not run, or is stale), or null. */
  joinNote: string | null;
  today: string;
}

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
/** Level bands 1→2 … 4→5. */
export const BANDS = [1, 2, 3, 4] as const;

/** Builds the report. */
export function editorsReport(input: ReportInput) {
  const all = [...input.modules.map((m) => ({ ...m, kind: 'course' as const })), ...input.kb.map((a) => ({ ...a, kind: 'article' as const }))];
  const review = all
    .map((e) => ({ kind: e.kind, id: e.id, file: e.file, title: e.title, owner: e.owner, reviewBy: e.reviewBy, days: days(input.today, e.reviewBy) }))
    .filter((e) => e.days <= 30)
    .sort((a, b) => a.days - b.days || a.file.localeCompare(b.file));
  const matrix = input.skills.map((s) => ({
    id: s.id,
    name: s.name,
    bands: BANDS.map((from) => input.modules.filter((m) => m.skills.some((t) => t.skill === s.id && t.from! <= from && t.to! > from)).length),
    articles: input.kb.filter((a) => a.skills.some((t) => t.skill === s.id)).length,
  }));
  const noContent = matrix.filter((r) => r.articles === 0 && r.bands.every((n) => n === 0)).map((r) => ({ id: r.id, name: r.name }));
  const untagged = all.filter((e) => e.skills.length === 0).map((e) => ({ kind: e.kind, file: e.file, title: e.title }));
  const orphans = input.modules
    .filter((m) => !input.onPaths.has(m.id) && m.skills.every((t) => !input.targeted.has(t.skill)))
    .map((m) => ({ id: m.id, title: m.title, file: m.file }));
  return { today: input.today, review, matrix, noContent, untagged, uncovered: input.backlog, orphans, joinNote: input.joinNote };
}

export type EditorsReport = ReturnType<typeof editorsReport>;

/** The report as plain-text tables, for the terminal. */
export function reportText(r: EditorsReport, skillName: (id: string) => string): string {
  const pad = (rows: string[][]) => {
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
    return rows.map((row) => row.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
  };
  const out: string[] = [`Editors' report, ${r.today}`, ''];
  out.push('Due for review (past, or within 30 days):');
  out.push(r.review.length ? pad([['when', 'reviewBy', 'owner', 'file'], ...r.review.map((e) => [e.days < 0 ? `${-e.days} days overdue` : `in ${e.days} days`, e.reviewBy, e.owner, e.file])]) : '  none');
  out.push('', 'Coverage: courses per level band, and articles, per skill:');
  out.push(pad([['skill', ...BANDS.map((b) => `${b}→${b + 1}`), 'articles'], ...r.matrix.map((m) => [m.name, ...m.bands.map(String), String(m.articles)])]));
  out.push('', `Skills with no content: ${r.noContent.map((s) => s.name).join(', ') || 'none'}`);
  out.push(`Content tagged with no skill: ${r.untagged.map((e) => e.file).join(', ') || 'none'}`);
  if (r.joinNote) out.push(`(No assessment figures: ${r.joinNote})`);
  out.push(`Gaps no course closes (latest assessments): ${r.uncovered.map((u) => `${skillName(u.skill)} (${u.missing.map((b) => `${b.from}→${b.to}`).join(', ')})`).join('; ') || 'none'}`);
  out.push(`Courses no path reaches and no role needs: ${r.orphans.map((o) => o.file).join(', ') || 'none'}`);
  return out.join('\n');
}

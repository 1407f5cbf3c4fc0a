/**
 * Problems are data. Every check in Gapwise (content, import, planning) returns
 * `Problem` objects; this file is the one table that turns each kind into words,
 * and `formatProblem` is the one formatter the CLIs and pages use.
 */

/** How bad a problem is: errors fail the build, warnings are listed. */
export type Severity = 'error' | 'warning';

/** One problem found in an input file. */
export interface Problem {
  /** Key into `problemKinds`. */
  kind: ProblemKind;
  severity: Severity;
  /** Path of the file, relative to the project root where possible. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** 0-based record index (JSON arrays, xAPI statements), when there is no line. */
  record?: number;
  /** Dotted path of the field, e.g. `skills[1].skill`. */
  field?: string;
  /** The offending value, as the user wrote it. */
  value?: unknown;
  /** Closest valid value, when one exists. */
  suggestion?: string;
  /** Extra detail (e.g. zod's message). */
  detail?: string;
}

interface KindInfo {
  /** What is wrong, in one short clause. */
  message: (p: Problem) => string;
  /** How to fix it. */
  fix: (p: Problem) => string;
  /** README anchor that explains the rule. */
  doc: string;
}

const v = (p: Problem) => JSON.stringify(p.value);
const didYouMean = (p: Problem, fallback: string) =>
  p.suggestion ? `did you mean "${p.suggestion}"?` : fallback;

/** What a valid value looks like, keyed by the last segment of a field path. */
const fieldHints: Record<string, string> = {
  duration: 'write a whole number of minutes, e.g. 25',
  formats: 'use a list of self-paced, role-play, workshop, video, coaching',
  reviewBy: 'write a date as YYYY-MM-DD, e.g. 2027-03-01',
  lastReviewed: 'write a date as YYYY-MM-DD, e.g. 2026-09-14',
  updated: 'write a date as YYYY-MM-DD, e.g. 2026-10-02',
  kind: 'use one of product, policy, process, tool',
  category: 'use one of soft, knowledge, tool',
  level: 'use a whole number from 1 to 5',
  from: 'use a whole number from 1 to 5',
  to: 'use a whole number from 1 to 5, higher than "from"',
  weight: 'use a positive number, e.g. 1 or 1.5',
  locale: 'use a BCP 47 tag such as en-GB',
  id: 'use lower-case kebab-case, e.g. "active-listening"',
  draft: 'use true or false',
  k: 'use a whole number of at least 1, e.g. 5',
  individualRows: 'use true or false',
  minGap: 'use a number of levels from 0 to 4, e.g. 0.25',
  minShareBelow: 'use a share from 0 to 1, e.g. 0.5',
  dateFormat: 'use YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY',
  // Component props (<KnowledgeCheck>, <Scenario>).
  questions: 'write 2 to 4 questions, e.g. questions={[{ q: "…", choices: [ … ] }]}',
  'questions.choices': 'give each question 2 to 4 choices, e.g. choices: [{ text: "…", correct: true, explain: "…" }, …]',
  'steps.choices': 'give each step 2 or 3 choices, e.g. choices: [{ text: "…", next: "a-step-id", feedback: "…", quality: "good" }, …]',
  steps: 'write 4 to 8 steps: the first is the start, and at least one has end: true',
  q: 'write q: "the question"',
  explain: 'write explain: "why this choice is right or wrong"',
  speaker: 'write speaker: "Customer"',
  next: 'write next: "a-step-id"',
  feedback: 'write feedback: "coaching shown after the choice"',
  quality: 'use one of good, okay, poor',
  correct: 'write correct: true without quotes, on the one right choice',
  end: 'write end: true without quotes',
};

/** The hint for a field path, by its last two segments (`steps.choices`) or its last (`choices`). */
function fieldHint(field: string | undefined): string | undefined {
  const parts = (field ?? '').replace(/^<\w+> /, '').replace(/\[\d+\]/g, '').split('.');
  return fieldHints[parts.slice(-2).join('.')] ?? fieldHints[parts.at(-1) ?? ''];
}

/** What a missing component prop looks like when written. */
const propExamples: Record<string, string> = {
  id: 'id="a-unique-id"',
  title: 'title="A short title"',
  questions: 'questions={[ … ]}',
  q: 'q: "the question"',
  choices: 'choices: [ … ]',
  text: 'text: "the choice as shown"',
  explain: 'explain: "why this choice is right or wrong"',
  steps: 'steps={[ … ]}',
  speaker: 'speaker: "Customer"',
  line: 'line: "what they say"',
  next: 'next: "a-step-id"',
  feedback: 'feedback: "coaching shown after the choice"',
  quality: 'quality: "good" (or "okay", "poor")',
};

/** The component a props field belongs to: `<Scenario> steps[2].next` → Scenario. */
const componentOf = (p: Problem) => /^<(\w+)>/.exec(p.field ?? '')?.[1];

/** The fix for an MDX syntax error, by the trap that causes it. */
function mdxTrapFix(detail: string): string {
  if (/closing tag/i.test(detail)) return 'close the tag (</Name>) or make it self-closing (<Name />)';
  if (/expression/i.test(detail)) return 'a "{" in prose starts a JavaScript expression: write \\{ or put the text in backticks';
  if (/character|tag name|before name/i.test(detail)) return 'a "<" in prose starts a tag: write &lt; or put the text in backticks';
  return 'fix the MDX syntax at this line (tags closed, braces balanced)';
}

/** The table: one entry per kind of problem. */
export const problemKinds = {
  'schema': {
    message: (p) => {
      if (p.value === undefined) return `invalid: ${p.detail ?? 'does not match the schema'}`;
      const detail = p.detail && p.detail !== fieldHint(p.field) ? `: ${p.detail}` : '';
      return `invalid value ${v(p)}${detail}`;
    },
    fix: (p) => didYouMean(p, fieldHint(p.field) ?? 'correct the value to match the field description in the README'),
    doc: '#writing-content',
  },
  'missing-field': {
    message: () => 'required field is missing',
    fix: (p) => {
      const component = componentOf(p);
      const last = p.field!.replace(/\[\d+\]/g, '').split(/[ .]/).at(-1)!;
      if (component) return `add ${propExamples[last] ?? last} to the <${component}>`;
      return `add "${p.field}"${p.file.endsWith('.mdx') ? ' to the frontmatter' : ''}`;
    },
    doc: '#writing-content',
  },
  'unknown-skill': {
    message: (p) => `unknown skill id ${v(p)}`,
    fix: (p) => didYouMean(p, 'add the skill to content/skills.yaml or use an existing id'),
    doc: '#skills-roles-and-teams',
  },
  'unknown-role': {
    message: (p) => `unknown role id ${v(p)}`,
    fix: (p) => didYouMean(p, 'add the role to content/roles.yaml or use an existing id'),
    doc: '#skills-roles-and-teams',
  },
  'unknown-prerequisite': {
    message: (p) => `prerequisite ${v(p)} is not a module`,
    fix: (p) => didYouMean(p, 'use the file name (without .mdx) of an existing module'),
    doc: '#writing-content',
  },
  'prerequisite-cycle': {
    message: (p) => `prerequisites form a cycle: ${p.detail}`,
    fix: () => 'remove one prerequisite so the chain has a start',
    doc: '#writing-content',
  },
  'duplicate-id': {
    message: (p) => `duplicate id ${v(p)}`,
    fix: () => 'give every entry a unique id',
    doc: '#skills-roles-and-teams',
  },
  'broken-link': {
    message: (p) => `link ${v(p)} points to no page`,
    fix: (p) => didYouMean(p, 'link to /courses/<slug>/, /kb/<slug>/ or /skills/<id>/'),
    doc: '#writing-content',
  },
  'review-overdue': {
    message: (p) => `reviewBy ${v(p)} is in the past`,
    fix: () => 'review the content, then move reviewBy forward',
    doc: '#writing-content',
  },
  'yaml-syntax': {
    message: (p) => `cannot parse YAML${p.detail ? `: ${p.detail}` : ''}`,
    fix: () => 'fix the YAML syntax (indentation, quotes, colons)',
    doc: '#writing-content',
  },
  'no-frontmatter': {
    message: () => 'file has no frontmatter block',
    fix: () => 'start the file with --- frontmatter --- (see the README)',
    doc: '#writing-content',
  },
  'unknown-agent': {
    message: (p) => `unknown agent ${v(p)}`,
    fix: () => 'add the agent (or this alias) to the roster file, or to the "agents" of a native export; or correct the id or email',
    doc: '#importing-assessments',
  },
  'team-mismatch': {
    message: (p) => `team ${v(p)} is not the agent's team${p.detail ? ` (${p.detail})` : ''}`,
    fix: () => 'correct the team in the export, or move the agent in the roster',
    doc: '#importing-assessments',
  },
  'unknown-team': {
    message: (p) => `unknown team id ${v(p)}${p.detail ? ` (${p.detail})` : ''}`,
    fix: (p) => didYouMean(p, 'add the team to content/teams.yaml or use an existing id'),
    doc: '#importing-assessments',
  },
  'unknown-module': {
    message: (p) => `unknown module id ${v(p)}`,
    fix: (p) => didYouMean(p, 'use the file name (without .mdx) of an existing module'),
    doc: '#importing-assessments',
  },
  'score-out-of-range': {
    message: (p) => `score ${v(p)} is outside the scale${p.detail ? ` ${p.detail}` : ''}`,
    fix: () => 'correct the score, or the "scale" the export declares',
    doc: '#importing-assessments',
  },
  'bad-score': {
    message: (p) => `score ${v(p)} is not a number`,
    fix: () => 'write the score as a number, e.g. 3 or 3.5',
    doc: '#importing-assessments',
  },
  'bad-date': {
    message: (p) => `${v(p)} is not a date`,
    fix: (p) =>
      p.detail && /^[DMY/-]+$/.test(p.detail)
        ? `write the date as ${p.detail}, as the profile's dateFormat says, or set dateFormat in content/settings.yaml to the format the file uses`
        : 'write the date as YYYY-MM-DD or an ISO timestamp',
    doc: '#importing-assessments',
  },
  'duplicate-record': {
    message: (p) => `duplicate record ${v(p)}${p.detail ? `, first seen at ${p.detail}` : ''}`,
    fix: () => 'remove the repeated record; the first one is kept',
    doc: '#importing-assessments',
  },
  'malformed-row': {
    message: (p) => `malformed row${p.detail ? `: ${p.detail}` : ''}`,
    fix: () => 'give the row as many fields as the header, and close every quote',
    doc: '#importing-assessments',
  },
  'malformed-file': {
    message: (p) => `cannot read the file${p.detail ? `: ${p.detail}` : ''}`,
    fix: () => 'export the file again; check that it is complete and not truncated',
    doc: '#importing-assessments',
  },
  'wrong-encoding': {
    message: (p) => `file is not UTF-8${p.detail ? `: ${p.detail}` : ''}`,
    fix: () => 'save or export the file as UTF-8',
    doc: '#importing-assessments',
  },
  'unknown-format': {
    message: (p) => `not a known export format${p.detail ? `: ${p.detail}` : ''}`,
    fix: () => 'use native JSON, xAPI statements, or a CSV matched by a profile in content/settings.yaml',
    doc: '#importing-assessments',
  },
  'mdx-syntax': {
    message: (p) => `MDX cannot be compiled: ${p.detail}`,
    fix: (p) => mdxTrapFix(p.detail ?? ''),
    doc: '#the-body',
  },
  'mdx-expression': {
    message: (p) => `${p.value === undefined ? 'expression' : `expression ${v(p)}`} does not evaluate: ${p.detail}`,
    fix: () => 'write a plain value (text, number, list or object), or escape a literal brace as \\{ or put the text in backticks',
    doc: '#the-body',
  },
  'mdx-import': {
    message: (p) => `imports ${v(p)}, but Gapwise provides its components without imports`,
    fix: (p) => `remove the import; the components are ${p.detail}`,
    doc: '#components',
  },
  'unknown-component': {
    message: (p) => `<${String(p.value)}> is not a component Gapwise provides`,
    fix: (p) => `${p.suggestion ? `did you mean <${p.suggestion}>? ` : ''}use one of ${p.detail}`,
    doc: '#components',
  },
  'wrong-count': {
    message: (p) => `has ${String(p.value)} ${p.value === 1 ? 'item' : 'items'}`,
    fix: (p) => fieldHint(p.field) ?? p.detail ?? 'see the field in the README',
    doc: '#components',
  },
  'empty-text': {
    message: () => 'is empty',
    fix: () => 'write some text',
    doc: '#components',
  },
  'kc-correct': {
    message: (p) => (p.value === 0 ? 'none of the choices is marked correct' : `${String(p.value)} choices are marked correct (${p.detail})`),
    fix: () => 'mark exactly one choice with correct: true',
    doc: '#components',
  },
  'end-needs-outcome': {
    message: () => 'an end step needs an outcome',
    fix: () => 'add outcome: "what happened"',
    doc: '#components',
  },
  'end-has-choices': {
    message: () => 'an end step cannot have choices',
    fix: () => 'remove choices, or remove end: true',
    doc: '#components',
  },
  'step-needs-choices': {
    message: () => 'a step needs choices or end: true',
    fix: () => 'add 2 or 3 choices, or end: true with an outcome',
    doc: '#components',
  },
  'outcome-not-end': {
    message: () => 'only end steps have an outcome',
    fix: () => 'add end: true, or remove outcome',
    doc: '#components',
  },
  'duplicate-step': {
    message: (p) => `another step already has the id ${v(p)}`,
    fix: () => 'give every step a unique id',
    doc: '#components',
  },
  'unknown-next': {
    message: (p) => `${v(p)} names no step in this scenario`,
    fix: (p) => (p.suggestion ? `did you mean "${p.suggestion}"? (step ids: ${p.detail})` : `use one of the step ids: ${p.detail}`),
    doc: '#components',
  },
  'self-loop': {
    message: () => 'leads back to the same step',
    fix: () => 'point next at a different step',
    doc: '#components',
  },
  'start-is-end': {
    message: () => 'the first step is the start, so it cannot be an end',
    fix: () => 'move the end step later in steps',
    doc: '#components',
  },
  'no-end-step': {
    message: () => 'no step has end: true',
    fix: () => 'add a step with end: true and an outcome',
    doc: '#components',
  },
  'unreachable-step': {
    message: (p) => `no choice leads to step ${v(p)}`,
    fix: (p) => `set some choice's next to ${v(p)}, or delete the step`,
    doc: '#components',
  },
  'dead-end': {
    message: () => 'every path from this step loops without reaching an end step',
    fix: () => 'give one of its choices (or a later step) a next that leads to an end step',
    doc: '#components',
  },
  'unknown-aside': {
    message: (p) => `${v(p)} is not an aside Gapwise renders; it would show as plain text`,
    fix: (p) => `use one of ${p.detail}, or a <Callout>`,
    doc: '#the-body',
  },
  'body-h1': {
    message: (p) => `a "#" heading (${v(p)}) gives the page a second h1; the title is the page's h1`,
    fix: () => 'use "##" for the top sections of the body',
    doc: '#the-body',
  },
  'link-no-slash': {
    message: (p) => `link ${v(p)} has no trailing slash, so it 404s on a static host`,
    fix: (p) => `write "${p.suggestion}"`,
    doc: '#the-body',
  },
  'relative-link': {
    message: (p) => `relative link ${v(p)} breaks when the page moves`,
    fix: () => 'link with a site path such as /courses/<slug>/ or /kb/<slug>/',
    doc: '#the-body',
  },
  'missing-anchor': {
    message: (p) => `link ${v(p)} points to a heading the page does not have`,
    fix: (p) => (p.suggestion ? `did you mean "#${p.suggestion}"?` : 'link to an existing heading, or to the page without "#…"'),
    doc: '#the-body',
  },
  'remote-image': {
    message: (p) => `remote image ${v(p)} is blocked by the site's Content-Security-Policy (img-src 'self')`,
    fix: () => 'save the image under public/images/ and link it as /images/<name>',
    doc: '#the-body',
  },
  'unknown-key': {
    message: (p) => `unknown key ${v(p)}`,
    fix: (p) => didYouMean(p, 'remove it; the README lists every key'),
    doc: '#writing-content',
  },
  'yaml-colon': {
    message: (p) => `a second ": " in the value of "${p.field}" reads as a nested key`,
    fix: (p) => `quote the ${p.field}: ${p.field}: ${JSON.stringify(String(p.value ?? ''))}`,
    doc: '#writing-content',
  },
  'bad-cycle': {
    message: (p) => `${v(p)} is not a cycle label`,
    fix: () => 'write a quarter (2026-Q3), a half (2026-H2) or a month (2026-09), or list the label under "cycles" in content/settings.yaml',
    doc: '#settings-reference',
  },
  'unreadable-file': {
    message: (p) => `cannot read${p.detail ? `: ${p.detail}` : ''}`,
    fix: () => 'fix the permissions, or remove the broken link or loop from the exports folder',
    doc: '#importing-assessments',
  },
  'binary-file': {
    message: (p) => `the file holds a NUL byte${p.detail ? ` (${p.detail})` : ''}, so it is not text`,
    fix: () => 'export the data as CSV or JSON text, not as a spreadsheet or binary file',
    doc: '#importing-assessments',
  },
  'empty-export': {
    message: () => 'the file has a header but no records',
    fix: () => 'export it again with data, or remove it from the exports folder',
    doc: '#importing-assessments',
  },
  'unknown-gradable': {
    message: (p) => `answer for gradable ${v(p)}, which no MaestroQA scores file lists`,
    fix: () => 'import the scores export of the same period next to the answers export',
    doc: '#qa-tool-presets',
  },
  'unconfigured-preset': {
    message: (p) => `a ${p.detail} export, but settings.yaml has no preset for it`,
    fix: (p) => `add presets.${p.field} with a crosswalk from its categories or questions to skills`,
    doc: '#qa-tool-presets',
  },
  'unmapped-object': {
    message: (p) => `xAPI activity ${v(p)} is not mapped to a skill or module`,
    fix: () => 'add it under xapi.objects in content/settings.yaml',
    doc: '#importing-assessments',
  },
  'unknown-locale': {
    message: (p) => `${v(p)} is not a language Gapwise publishes`,
    fix: (p) => didYouMean(p, `put translations in a folder named after a locale: ${p.detail}`),
    doc: '#translations',
  },
  'translation-orphan': {
    message: (p) => `translates ${v(p)}, but there is no English page with that file name`,
    fix: (p) => didYouMean(p, 'name the file after its English source, or add the source first'),
    doc: '#translations',
  },
  'translation-skills': {
    message: (p) => `names other skills than its source (${v(p)}); a translation teaches what its source teaches`,
    fix: (p) => `remove skills from the translation to inherit the source's (${p.detail}), or change the source`,
    doc: '#translations',
  },
  'translation-stale': {
    message: (p) => `was last changed on ${String(p.value)}, before its source (${p.detail})`,
    fix: () => 'bring the translation up to date with the source and commit it',
    doc: '#translations',
  },
  'missing-ui-key': {
    message: (p) => `is missing (English ${v(p)} at ${p.detail})`,
    fix: () => 'add the key with its translation here',
    doc: '#translations',
  },
  'unknown-ui-key': {
    message: () => 'is not an interface string English has',
    fix: (p) => didYouMean(p, 'remove it, or add it to src/i18n/en.json first'),
    doc: '#translations',
  },
} satisfies Record<string, KindInfo>;

/** Every known problem kind. */
export type ProblemKind = keyof typeof problemKinds;

/** Where a problem is: `file:line` or `file record N`. */
export function formatLocation(p: Problem): string {
  if (p.line !== undefined) return `${p.file}:${p.line}`;
  if (p.record !== undefined) return `${p.file} record ${p.record}`;
  return p.file;
}

const isSettings = (p: Problem) => /settings\.ya?ml$/.test(p.file);

/** Render one problem as a single readable line: where, field, what, fix. */
export function formatProblem(p: Problem): string {
  const info: KindInfo = problemKinds[p.kind];
  const field = p.field ? ` ${p.field}:` : '';
  // A schema problem in settings.yaml points at that key in the generated settings reference.
  const settingsFix = isSettings(p) && (p.kind === 'schema' || p.kind === 'missing-field');
  const rule = p.kind === 'schema' && p.value === undefined; // a rule over a whole object, e.g. "give cycle or columns.cycle"
  const fix = !settingsFix || fieldHint(p.field) ? info.fix(p) : rule ? `add what the rule asks for under "${p.field}"` : `give "${p.field}" a value as the settings reference describes it`;
  const doc = isSettings(p) ? '#settings-reference' : componentOf(p) ? '#components' : info.doc;
  return `${p.severity} ${formatLocation(p)}${field} ${info.message(p)}. Fix: ${fix} (README${doc})`;
}

/** The problem without its place: `field: what. Fix: how.`, for a message that already says where. */
export function describeProblem(p: Problem): string {
  const { line: _line, record: _record, ...rest } = p;
  return formatProblem({ ...rest, file: '', severity: 'error' }).replace(/^error\s+/, '');
}

/** The problem as a GitHub Actions annotation, shown on the pull request's diff. */
export function githubAnnotation(p: Problem): string {
  // Annotation values escape %, CR and LF; properties also escape : and ,.
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const where = [`file=${prop(p.file)}`, ...(p.line !== undefined ? [`line=${p.line}`] : []), `title=${prop(p.kind)}`].join(',');
  return `::${p.severity} ${where}::${data(formatProblem(p).replace(/^(error|warning) /, ''))}`;
}

/** The problem as data: its fields plus the one-line message. */
export function problemJson(p: Problem): Problem & { message: string } {
  return { ...p, message: formatProblem(p) };
}

/** Sort problems by file, position and field so output is stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? a.record ?? 0) - (b.line ?? b.record ?? 0) ||
      (a.field ?? '').localeCompare(b.field ?? '') ||
      a.kind.localeCompare(b.kind),
  );
}

/** Count problems per severity. */
export function countProblems(problems: readonly Problem[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0 };
  for (const p of problems) out[p.severity]++;
  return out;
}

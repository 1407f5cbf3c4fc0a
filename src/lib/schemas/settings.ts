import { z } from 'zod';
import { scaleSchema, sourceSchema } from './assessment.ts';

/**
 * `content/settings.yaml`. Every key carries a `.describe()` text: the README's
 * settings reference is generated from these (scripts/settings-doc.ts), so the
 * two cannot drift apart. The content check validates the file with located
 * errors; an invalid file stops the join, which never falls back to defaults.
 */

const weight = (what: string, fallback: number) => z.number().min(0).default(fallback).describe(what);

/** Weight of each source in an agent's current level; renormalised when a source is missing. */
export const weightsSchema = z
  .object({
    qa: weight('QA scorecards: the most observed evidence.', 0.4),
    self: weight('Self-assessment.', 0.1),
    peer: weight('360 / peer review.', 0.1),
    manager: weight('Team-lead assessment.', 0.25),
    quiz: weight('Knowledge checks and quizzes (xAPI).', 0.15),
    pre: weight('Pre-training test: feeds "did it work?" only, so 0 here.', 0),
    post: weight('Post-training test: feeds "did it work?" only, so 0 here.', 0),
  })
  .strict()
  .prefault({})
  .describe("Weight of each source in an agent's current level (renormalised over the sources present).");

/** What a tracked xAPI activity measures. */
export const xapiTargetSchema = z
  .object({
    skill: z.string().min(1).optional().describe('Skill id the activity measures.'),
    module: z.string().min(1).optional().describe('Module id whose quiz this is; the score counts for every skill the module teaches.'),
    source: sourceSchema.optional().describe("Source override, e.g. pre or post for a module's entry and exit test."),
  })
  .strict()
  .refine((t) => t.skill !== undefined || t.module !== undefined, 'give a "skill" or a "module"');

/** The assessment verbs of cmi5 and the ADL vocabulary. */
export const DEFAULT_XAPI_VERBS = [
  'http://adlnet.gov/expapi/verbs/passed',
  'http://adlnet.gov/expapi/verbs/failed',
  'http://adlnet.gov/expapi/verbs/scored',
  'http://adlnet.gov/expapi/verbs/answered',
  'http://adlnet.gov/expapi/verbs/completed',
];

/** How xAPI statements from an LRS export become results. */
export const xapiSettingsSchema = z
  .object({
    source: sourceSchema.default('quiz').describe('Source of xAPI results unless an activity overrides it.'),
    verbs: z
      .array(z.string().min(1))
      .default(DEFAULT_XAPI_VERBS)
      .describe('Verb IRIs that record an assessment; statements with any other verb (launched, progressed, …) are skipped, even with a score. `completed` counts only with a score.'),
    objects: z
      .record(z.string(), xapiTargetSchema)
      .default({})
      .describe('Activity IRI → the skill or module it measures; a statement is matched by object.id, then context.contextActivities parent, then grouping.'),
    cycleExtension: z.string().optional().describe("Context extension IRI that carries the cycle label; without it the cycle is the timestamp's quarter (2026-Q2)."),
  })
  .strict()
  .prefault({})
  .describe('How xAPI statements from an LRS export become results.');

/** The CSV column names for each field of a result. */
export const csvColumnsSchema = z
  .object({
    agent: z.string().min(1).describe('Column with the agent id (or an alias the roster knows: email, QA-tool user id).'),
    team: z.string().min(1).optional().describe("Column with the team id; checked against the roster's team for the agent."),
    skill: z.string().min(1).optional().describe('Column with the skill id (long format: one row per skill).'),
    score: z.string().min(1).optional().describe('Column with the score (long format).'),
    assessedAt: z.string().min(1).describe('Column with the date the result was recorded.'),
    cycle: z.string().min(1).optional().describe('Column with the cycle label, when the profile has no fixed `cycle`.'),
    source: z.string().min(1).optional().describe('Column with the source, when the profile has no fixed `source`.'),
    id: z.string().min(1).optional().describe('Column with a unique evaluation or response id; duplicates are found by it.'),
    module: z.string().min(1).optional().describe('Column with a module id.'),
  })
  .strict();

/** Date formats a spreadsheet may write. */
export const dateFormats = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY'] as const;

/** One kind of CSV export, recognised by its header row. */
export const csvProfileSchema = z
  .object({
    name: z.string().min(1).describe('Name shown in the import summary.'),
    match: z.array(z.string().min(1)).min(1).describe('Header names that identify this export; all must be present (case-insensitive, Unicode-normalised, trimmed).'),
    columns: csvColumnsSchema.describe('Which column holds which field.'),
    skillColumns: z.record(z.string(), z.string()).optional().describe("Wide format: a score column's header → the skill id it scores."),
    source: sourceSchema.optional().describe('Fixed source for every row, unless `columns.source` is given.'),
    cycle: z.string().min(1).optional().describe('Fixed cycle for every row, unless `columns.cycle` is given.'),
    scale: scaleSchema.describe('The scale the scores are on, mapped linearly onto levels 1–5.'),
    dateFormat: z.enum(dateFormats).default('YYYY-MM-DD').describe('How dates are written: YYYY-MM-DD (ISO, also with a time), DD/MM/YYYY (European) or MM/DD/YYYY (US).'),
    na: z.array(z.string()).default(['N/A', 'NA', 'n/a']).describe('Score cells that mean "not applicable": skipped, never scored as zero.'),
  })
  .strict()
  .refine((p) => p.source !== undefined || p.columns.source !== undefined, 'give "source" or "columns.source"')
  .refine((p) => p.cycle !== undefined || p.columns.cycle !== undefined, 'give "cycle" or "columns.cycle"')
  .refine(
    (p) => p.skillColumns !== undefined || (p.columns.skill !== undefined && p.columns.score !== undefined),
    'give "columns.skill" and "columns.score" (long format) or "skillColumns" (wide format)',
  );

/** A QA-tool preset: a crosswalk from the tool's categories or questions to skills. */
const qaPresetSchema = z
  .object({
    crosswalk: z.record(z.string(), z.string()).describe('Category, question or section name (or id) → skill id. Anything not listed is skipped.'),
    scale: scaleSchema.optional().describe("The ratings' scale, when the export does not carry it per row."),
    cycle: z.string().min(1).optional().describe("Fixed cycle label; without it, the review date's quarter."),
    source: sourceSchema.default('qa').describe('Source of the results.'),
    dateFormat: z.enum(dateFormats).default('YYYY-MM-DD').describe('How the export writes dates.'),
  })
  .strict();

/** Materiality thresholds for learning paths: smaller gaps are listed as refreshers. */
export const pathsSettingsSchema = z
  .object({
    minGap: z.number().min(0).max(4).default(0.25).describe('Smallest mean gap (in levels) that puts a skill on the path.'),
    minShareBelow: z.number().min(0).max(1).default(0.5).describe("Smallest share (0–1) of the team's agents below target that puts a skill on the path."),
  })
  .strict()
  .prefault({})
  .describe("When a skill's gap is material enough to put courses on a team's path (README: Gaps and learning paths).");

/** `content/settings.yaml`. */
export const settingsSchema = z
  .object({
    weights: weightsSchema,
    privacy: z
      .object({
        k: z.number().int().min(1).default(5).describe('Smallest group of agents a figure may describe; smaller figures are suppressed.'),
        individualRows: z.boolean().default(false).describe('Show per-agent rows (under pseudonymous ids) on dashboards; needs GAPWISE_SECRET.'),
      })
      .strict()
      .prefault({})
      .describe('Privacy rules for dashboards and paths.'),
    cycles: z
      .array(z.string().min(1))
      .default([])
      .describe('Cycle labels in time order, oldest first, for a calendar of your own; empty means quarters (2026-Q3), halves (2026-H2) and months (2026-09), ordered by time.'),
    xapi: xapiSettingsSchema,
    csv: z
      .object({ profiles: z.array(csvProfileSchema).default([]).describe('Profiles, tried in order; the first whose `match` headers are all present wins.') })
      .strict()
      .prefault({})
      .describe('CSV export profiles.'),
    presets: z
      .object({
        zendeskQa: qaPresetSchema.optional().describe("Zendesk QA's review export: one row per review and rating category."),
        maestroQa: qaPresetSchema.optional().describe("MaestroQA's raw-score export: answers joined with the scores file on gradable_id."),
      })
      .strict()
      .prefault({})
      .describe('QA-tool exports recognised by their headers; each needs only a crosswalk.'),
    paths: pathsSettingsSchema,
    site: z
      .object({
        editUrl: z
          .url()
          .optional()
          .describe('Base URL for "Edit this page" links; the file path is appended, e.g. https://github.com/acme/learning/edit/main/. Without it, no edit link.'),
      })
      .strict()
      .prefault({})
      .describe('How pages link back to their source.'),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
export type XapiSettings = z.infer<typeof xapiSettingsSchema>;
export type XapiTarget = z.infer<typeof xapiTargetSchema>;
export type CsvProfile = z.infer<typeof csvProfileSchema>;
export type QaPreset = z.infer<typeof qaPresetSchema>;
export type Weights = z.infer<typeof weightsSchema>;
export type DateFormat = (typeof dateFormats)[number];

import { z } from 'zod';
import { scaleSchema, sourceSchema } from './assessment.ts';

/** Weight of each source in an agent's current level; renormalised when a source is missing. */
export const weightsSchema = z
  .object({
    /** QA scorecards: the most observed evidence. */
    qa: z.number().min(0).default(0.4),
    /** Self-assessment. */
    self: z.number().min(0).default(0.1),
    /** 360 / peer review. */
    peer: z.number().min(0).default(0.1),
    /** Team-lead assessment. */
    manager: z.number().min(0).default(0.25),
    /** Knowledge checks and quizzes (xAPI). */
    quiz: z.number().min(0).default(0.15),
    /** Pre-training test: feeds training effect only. */
    pre: z.number().min(0).default(0),
    /** Post-training test: feeds training effect only. */
    post: z.number().min(0).default(0),
  })
  .prefault({});

/** What a tracked xAPI `object.id` (an activity IRI) measures. */
export const xapiTargetSchema = z
  .object({
    /** Skill id the activity measures. */
    skill: z.string().min(1).optional(),
    /** Module id whose quiz this is; the score counts for every skill the module teaches. */
    module: z.string().min(1).optional(),
    /** Source override, e.g. `pre` or `post` for a module's entry and exit test. */
    source: sourceSchema.optional(),
  })
  .refine((t) => t.skill !== undefined || t.module !== undefined, 'give a "skill" or a "module"');

/** How xAPI statements from an LRS export become results. */
export const xapiSettingsSchema = z
  .object({
    /** Source of xAPI results unless an object overrides it. */
    source: sourceSchema.default('quiz'),
    /** Map from activity IRI (`object.id`) to the skill or module it measures. */
    objects: z.record(z.string(), xapiTargetSchema).default({}),
    /** Context extension IRI that carries the cycle label; without it the cycle is the timestamp's quarter (2026-Q2). */
    cycleExtension: z.string().optional(),
  })
  .prefault({});

/** The CSV column names for each field of a result. */
export const csvColumnsSchema = z.object({
  /** Column with the agent id. */
  agent: z.string().min(1),
  /** Column with the team id; when present, the row itself sets the agent's team. */
  team: z.string().min(1).optional(),
  /** Column with the skill id (long format: one row per skill). */
  skill: z.string().min(1).optional(),
  /** Column with the score (long format). */
  score: z.string().min(1).optional(),
  /** Column with the date the result was recorded. */
  assessedAt: z.string().min(1),
  /** Column with the cycle label, when the profile has no fixed `cycle`. */
  cycle: z.string().min(1).optional(),
  /** Column with the source, when the profile has no fixed `source`. */
  source: z.string().min(1).optional(),
  /** Column with a unique evaluation or response id; when given, duplicates are found by it (several peers may rate one agent on one day). */
  id: z.string().min(1).optional(),
  /** Column with a module id. */
  module: z.string().min(1).optional(),
});

/** One kind of CSV export, recognised by its header row. */
export const csvProfileSchema = z
  .object({
    /** Name shown in the import summary. */
    name: z.string().min(1),
    /** Header names that identify this export; all must be present (case-insensitive). */
    match: z.array(z.string().min(1)).min(1),
    /** Which column holds which field. */
    columns: csvColumnsSchema,
    /** Wide format: map from a score column's header to the skill id it scores. */
    skillColumns: z.record(z.string(), z.string()).optional(),
    /** Fixed source for every row, unless `columns.source` is given. */
    source: sourceSchema.optional(),
    /** Fixed cycle for every row, unless `columns.cycle` is given. */
    cycle: z.string().min(1).optional(),
    /** The scale the scores are on. */
    scale: scaleSchema,
  })
  .refine((p) => p.source !== undefined || p.columns.source !== undefined, 'give "source" or "columns.source"')
  .refine((p) => p.cycle !== undefined || p.columns.cycle !== undefined, 'give "cycle" or "columns.cycle"')
  .refine(
    (p) => p.skillColumns !== undefined || (p.columns.skill !== undefined && p.columns.score !== undefined),
    'give "columns.skill" and "columns.score" (long format) or "skillColumns" (wide format)',
  );

/** Materiality thresholds for learning paths: smaller gaps are listed as refreshers. */
export const pathsSettingsSchema = z
  .object({
    /** Smallest mean gap (in levels) that puts a skill on the path. */
    minGap: z.number().min(0).max(4).default(0.25),
    /** Smallest share (0–1) of the team's agents below target that puts a skill on the path. */
    minShareBelow: z.number().min(0).max(1).default(0.5),
  })
  .prefault({});

/** `content/settings.yaml`. */
export const settingsSchema = z.object({
  /** Source weights for the combined current level. */
  weights: weightsSchema,
  /** Privacy rules for dashboards and paths. */
  privacy: z
    .object({
      /** Smallest group of agents a figure may describe; smaller cells are suppressed. */
      k: z.number().int().min(1).default(5),
      /** Show per-agent rows (under pseudonymous ids) on dashboards. */
      individualRows: z.boolean().default(false),
    })
    .prefault({}),
  /** xAPI statement mapping. */
  xapi: xapiSettingsSchema,
  /** CSV export profiles. */
  csv: z.object({ /** Profiles, tried in order. */ profiles: z.array(csvProfileSchema).default([]) }).prefault({}),
  /** When a skill's gap is material enough to put courses on a team's path. */
  paths: pathsSettingsSchema,
});

export type Settings = z.infer<typeof settingsSchema>;
export type XapiSettings = z.infer<typeof xapiSettingsSchema>;
export type XapiTarget = z.infer<typeof xapiTargetSchema>;
export type CsvProfile = z.infer<typeof csvProfileSchema>;
export type Weights = z.infer<typeof weightsSchema>;

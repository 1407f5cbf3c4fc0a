import { z } from 'zod';
import { sources } from '../gap/types.ts';

/**
 * The native assessment export format. The zod schema is the source of truth: the
 * published JSON Schema (public/schemas/assessment.schema.json) is generated from it
 * by scripts/json-schema.ts. The importer validates the header with zod and each
 * result by hand (src/lib/import/native.ts), so that one bad result never costs the
 * good ones and two million results stay fast.
 */

/** Where a result came from: qa | self | peer | manager | quiz | pre | post. */
export const sourceSchema = z.enum(sources);

/** The numeric range a tool scores on; mapped linearly onto the 1–5 skill scale. */
export const scaleSchema = z
  .object({
    /** Lowest possible score (maps to level 1). */
    min: z.number().describe('Lowest possible score (maps to level 1).'),
    /** Highest possible score (maps to level 5). */
    max: z.number().describe('Highest possible score (maps to level 5).'),
  })
  .refine((s) => s.max > s.min, { message: '"max" must be greater than "min"', path: ['max'] });

/** One person in the export's roster. Name and email are used for matching only. */
export const rosterAgentSchema = z.object({
  /** Stable agent id, as the tools export it. Pseudonymised before any output. */
  id: z.string().min(1).describe('Stable agent id, as the tools export it. Pseudonymised before any output.'),
  /** Display name; never written to output. */
  name: z.string().optional().describe('Display name; never written to output.'),
  /** Email, used to match xAPI `actor.mbox`; never written to output. */
  email: z.string().optional().describe('Email, used to match xAPI `actor.mbox`; never written to output.'),
  /** Team id from teams.yaml. */
  team: z.string().min(1).describe('Team id from teams.yaml.'),
});

/** One assessment result. */
export const nativeResultSchema = z.object({
  /** Agent id from `agents`. */
  agent: z.string().min(1).describe('Agent id from `agents`.'),
  /** Skill id from skills.yaml. */
  skill: z.string().min(1).describe('Skill id from skills.yaml.'),
  /** Score on the export's `scale`. */
  score: z.number().describe('Score on the export\'s `scale`.'),
  /** Date the result was recorded, YYYY-MM-DD (a full ISO timestamp is accepted). */
  assessedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}/).describe('Date the result was recorded, YYYY-MM-DD (a full ISO timestamp is accepted).'),
  /** Module id, for quiz, pre and post results tied to a module. */
  module: z.string().optional().describe('Module id, for quiz, pre and post results tied to a module.'),
});

/** Everything in a native export except the results, which are checked one by one. */
export const nativeHeaderSchema = z.object({
  /** Which kind of assessment produced every result in this file. */
  source: sourceSchema,
  /** Assessment cycle label; see the description. */
  cycle: z.string().min(1).describe('Assessment cycle: a quarter (2026-Q2), a half (2026-H2), a month (2026-06), or a label listed under cycles in settings.yaml; ordered by time.'),
  /** When the file was exported (ISO date or timestamp). */
  exportedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'write the date as YYYY-MM-DD or an ISO timestamp').describe('When the file was exported (ISO date or timestamp).'),
  /** The scale of `score`. */
  scale: scaleSchema,
  /** The people this file has results for. */
  agents: z.array(rosterAgentSchema).describe('The people this file has results for.'),
});

/** A complete native export: `{ source, cycle, exportedAt, scale, agents, results }`. */
export const nativeExportSchema = nativeHeaderSchema.extend({
  /** The results. */
  results: z.array(nativeResultSchema).describe('The results.'),
});

export type AssessmentSource = z.infer<typeof sourceSchema>;
export type Scale = z.infer<typeof scaleSchema>;
export type RosterAgent = z.infer<typeof rosterAgentSchema>;
export type NativeResult = z.infer<typeof nativeResultSchema>;
export type NativeHeader = z.infer<typeof nativeHeaderSchema>;
export type NativeExport = z.infer<typeof nativeExportSchema>;

/** The JSON Schema published for tool vendors and editors, derived from the zod schema. */
export function assessmentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(nativeExportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $id: 'https://gapwise.example/schemas/assessment.schema.json',
    title: 'Gapwise native assessment export',
    ...schema,
  };
}

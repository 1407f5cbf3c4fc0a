import { z } from 'zod';

/**
 * The roster: who each agent is, across every tool. A roster file (JSON or CSV,
 * anywhere among the exports) lists each agent's id, team and aliases — emails,
 * LRS account names, QA-tool user ids — so that every importer resolves people
 * the same way. The published JSON Schema (public/schemas/roster.schema.json) is
 * generated from this one.
 */

/** One agent. */
export const rosterEntrySchema = z
  .object({
    id: z.string().min(1).describe('Stable agent id; pseudonymised before any output.'),
    team: z.string().min(1).describe('Team id from teams.yaml.'),
    aliases: z
      .array(z.string().min(1))
      .default([])
      .describe('Other names the tools use for this agent: emails, LRS account names, QA-tool user ids. Matched without regard to case; never written to output.'),
  })
  .strict();

/** A roster file: `{ "roster": [ … ] }`. */
export const rosterFileSchema = z
  .object({
    roster: z.array(rosterEntrySchema).describe('Every agent the exports may name.'),
  })
  .strict();

export type RosterEntryData = z.infer<typeof rosterEntrySchema>;

/** The JSON Schema published for the roster file. */
export function rosterJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://gapwise.example/schemas/roster.schema.json',
    title: 'Gapwise roster',
    ...(z.toJSONSchema(rosterFileSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>),
  };
}

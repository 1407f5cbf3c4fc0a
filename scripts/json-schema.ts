#!/usr/bin/env node
// Write the published JSON Schemas, generated from the zod schemas, to
// public/schemas/ (committed; a test checks they are current):
// assessment.schema.json (native exports) and roster.schema.json (roster files).
//   node scripts/json-schema.ts [--check]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assessmentJsonSchema } from '../src/lib/schemas/assessment.ts';
import { z } from 'zod';
import { rosterJsonSchema } from '../src/lib/schemas/roster.ts';
import { rolesFileSchema } from '../src/lib/schemas/roles.ts';
import { settingsSchema } from '../src/lib/schemas/settings.ts';
import { skillsFileSchema } from '../src/lib/schemas/skills.ts';
import { teamsFileSchema } from '../src/lib/schemas/teams.ts';

/** Where the published schemas live. */
export const SCHEMA_FILE = 'public/schemas/assessment.schema.json';
export const ROSTER_SCHEMA_FILE = 'public/schemas/roster.schema.json';

const text = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;
/** A content file's schema for editors (VS Code's YAML extension reads `# yaml-language-server: $schema=…`). */
const editorSchema = (name: string, schema: z.ZodType) => ({
  $id: `https://gapwise.example/schemas/${name}.schema.json`,
  title: `Gapwise ${name}.yaml`,
  ...(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>),
});

/** Each published file and its exact text: 2-space JSON with a trailing newline. */
export const schemaFiles = (): Array<[string, string]> => [
  [SCHEMA_FILE, text(assessmentJsonSchema())],
  [ROSTER_SCHEMA_FILE, text(rosterJsonSchema())],
  ['public/schemas/skills.schema.json', text(editorSchema('skills', skillsFileSchema))],
  ['public/schemas/roles.schema.json', text(editorSchema('roles', rolesFileSchema))],
  ['public/schemas/teams.schema.json', text(editorSchema('teams', teamsFileSchema))],
  ['public/schemas/settings.schema.json', text(editorSchema('settings', settingsSchema))],
];
/** The assessment schema's text (kept for callers of the single-file version). */
export const schemaText = (): string => schemaFiles()[0]![1];

if (import.meta.main) {
  const check = process.argv.includes('--check');
  for (const [file, want] of schemaFiles()) {
    const current = (() => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return '';
      }
    })();
    if (check) {
      if (current !== want) {
        console.error(`json-schema: ${file} is out of date; run node scripts/json-schema.ts`);
        process.exitCode = 1;
      } else console.log(`json-schema: ${file} is current`);
    } else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, want);
      console.log(`json-schema: wrote ${file}`);
    }
  }
}

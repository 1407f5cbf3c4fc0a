#!/usr/bin/env node
// Write the JSON Schema of the native assessment export, generated from the zod
// schema, to public/schemas/assessment.schema.json (committed; a test checks it is current).
//   node scripts/json-schema.ts [--check]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { assessmentJsonSchema } from '../src/lib/schemas/assessment.ts';

/** Where the published schema lives. */
export const SCHEMA_FILE = 'public/schemas/assessment.schema.json';

/** The file's exact text: 2-space JSON with a trailing newline. */
export function schemaText(): string {
  return `${JSON.stringify(assessmentJsonSchema(), null, 2)}\n`;
}

if (import.meta.main) {
  if (process.argv.includes('--check')) {
    const current = (() => {
      try {
        return readFileSync(SCHEMA_FILE, 'utf8');
      } catch {
        return '';
      }
    })();
    if (current !== schemaText()) {
      console.error(`json-schema: ${SCHEMA_FILE} is out of date; run node scripts/json-schema.ts`);
      process.exitCode = 1;
    } else console.log(`json-schema: ${SCHEMA_FILE} is current`);
  } else {
    mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
    writeFileSync(SCHEMA_FILE, schemaText());
    console.log(`json-schema: wrote ${SCHEMA_FILE}`);
  }
}

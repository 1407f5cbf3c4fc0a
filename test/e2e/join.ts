import { readFileSync } from 'node:fs';
import { joinOutputSchema, type JoinOutput } from '../../src/lib/schemas/join-output.ts';
import { fromRoot } from './root.ts';

/** The join's output the site was built from, parsed with the same schema as the pages. */
export function builtJoin(): JoinOutput {
  return joinOutputSchema.parse(JSON.parse(readFileSync(fromRoot('.gapwise/join.json'), 'utf8')));
}

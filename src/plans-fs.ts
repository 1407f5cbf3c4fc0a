// Reads the join's output (scripts/build-paths.ts) for the path pages.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TeamPlan } from './lib/gap/types.ts';

/** Folder the join writes to: `GAPWISE_OUT` or `.gapwise/`. */
export const joinOut = process.env.GAPWISE_OUT ?? '.gapwise';

/** Team plans written by the join; empty when the join has not run. */
export function readPlans(): TeamPlan[] {
  try {
    return JSON.parse(readFileSync(path.join(joinOut, 'plans.json'), 'utf8')) as TeamPlan[];
  } catch {
    return [];
  }
}

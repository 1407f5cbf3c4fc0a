#!/usr/bin/env node
// Regenerate the README's settings reference from the settings schema.
//   node scripts/settings-doc.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { withSettingsReference } from '../src/lib/settings-doc.ts';

const readme = readFileSync('README.md', 'utf8');
const next = withSettingsReference(readme);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('settings-doc: the README settings reference is out of date; run node scripts/settings-doc.ts');
    process.exitCode = 1;
  } else console.log('settings-doc: README settings reference is current');
} else {
  writeFileSync('README.md', next);
  console.log('settings-doc: wrote the settings reference into README.md');
}

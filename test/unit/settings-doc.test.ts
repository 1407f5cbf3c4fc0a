import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { settingsReference, withSettingsReference } from '../../src/lib/settings-doc.ts';

describe('settings reference', () => {
  it('lists every key of the schema with its description', () => {
    const table = settingsReference();
    for (const key of ['weights.qa', 'privacy.k', 'cycles', 'xapi.verbs', 'csv.profiles[].dateFormat', 'csv.profiles[].columns.agent', 'presets.zendeskQa.crosswalk', 'paths.minGap'])
      expect(table).toContain(`| \`${key}\` |`);
    expect(table).not.toMatch(/\| `[^`]+` \| [^|]+ \| [^|]* \|\s*\|$/m); // no key without a description
  });
  it('is current in the README', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withSettingsReference(readme), 'run node scripts/settings-doc.ts').toBe(readme);
  });
});

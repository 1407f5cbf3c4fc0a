/**
 * The MDX components' words live in src/i18n/en.json with every other UI string
 * (flat dotted keys); this module gives the components typed access and `fmt`.
 */
import en from '../../i18n/en.json';

/** Every UI string, keyed by dotted name. */
export const strings = en;

/** A key of `strings`. */
export type StringKey = keyof typeof strings;

/** Look up a string and fill `{placeholders}`; unknown placeholders stay visible so they get noticed. */
export function fmt(key: StringKey, vars: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

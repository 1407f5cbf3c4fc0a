/**
 * The MDX components' words live in src/i18n/<locale>.json with every other UI
 * string (flat dotted keys); this module gives the components typed access, in
 * the page's locale, and `fmt` for placeholders.
 */
import en from '../../i18n/en.json';
import { translator, uiStrings, type Translate } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locales.ts';

/** A key of the UI strings. */
export type StringKey = keyof typeof en;

/** The strings of one locale (English where a key is missing) and `fmt`, which fills `{placeholders}`. */
export function wordsFor(locale: Locale): { strings: Record<StringKey, string>; fmt: Translate } {
  return { strings: { ...en, ...uiStrings[locale] }, fmt: translator(locale) };
}

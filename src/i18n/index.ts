import en from './en.json';
import zhHant from './zh-hant.json';
import { defaultLocale, isLocale, type Locale } from './locales.ts';

export { locales, localeIds, localizePath, localeOfPath, localeOfTag, unlocalizedPath, isLocalizedPath, type Locale } from './locales.ts';

/** Every UI string key. */
export type StringKey = keyof typeof en;
/** A translate function bound to one locale. */
export type Translate = (key: StringKey, vars?: Record<string, string | number>) => string;

/** One JSON file per locale, flat dotted keys; `npm run check` reports a key missing in any of them. */
export const uiStrings: Record<Locale, Partial<Record<StringKey, string>>> = { en, 'zh-hant': zhHant };

const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));

/** Look up a UI string in a locale (English where a key is missing) and fill `{name}` placeholders. */
export function t(key: StringKey, vars: Record<string, string | number> = {}, locale: Locale = defaultLocale): string {
  return fill(uiStrings[locale][key] ?? en[key], vars);
}

/** `t` bound to a locale; an unknown locale falls back to English. */
export function translator(locale: unknown): Translate {
  const l = isLocale(locale) ? locale : defaultLocale;
  return (key, vars = {}) => t(key, vars, l);
}

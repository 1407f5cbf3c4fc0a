import en from './en.json';

/** Every UI string key. */
export type StringKey = keyof typeof en;

const locales: Record<string, Record<StringKey, string>> = { en };

/** Look up a UI string and fill `{name}` placeholders. */
export function t(key: StringKey, vars: Record<string, string | number> = {}, locale = 'en'): string {
  const table = locales[locale] ?? en;
  return (table[key] ?? en[key]).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/**
 * The portal's languages. English is the default at `/`; every other locale lives
 * under its own prefix (`/zh-hant/`). Pure: no Astro imports, so the check, the
 * middleware and the pages share it.
 */

/** Every locale the interface speaks, with its URL prefix and BCP 47 tag. */
export const locales = {
  en: { prefix: '', lang: 'en', label: 'English' },
  'zh-hant': { prefix: '/zh-hant', lang: 'zh-Hant', label: '繁體中文' },
} as const;

export type Locale = keyof typeof locales;
export const defaultLocale: Locale = 'en';
export const localeIds = Object.keys(locales) as Locale[];

/** Sections of the portal that exist in every locale; the rest (paths, dashboards, editors) have one URL each. */
export const localizedSections = ['/courses/', '/kb/', '/skills/', '/search/'] as const;

export const isLocale = (s: unknown): s is Locale => typeof s === 'string' && s in locales;

/** The locale of a URL path, from its prefix. */
export function localeOfPath(pathname: string): Locale {
  for (const id of localeIds) {
    const { prefix } = locales[id];
    if (prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`))) return id;
  }
  return defaultLocale;
}

/** The path without its locale prefix: `/zh-hant/kb/x/` → `/kb/x/`. */
export function unlocalizedPath(pathname: string): string {
  const prefix = locales[localeOfPath(pathname)].prefix;
  return pathname.slice(prefix.length) || '/';
}

/** Whether a path (without prefix) exists in every locale. */
export const isLocalizedPath = (path: string): boolean => path === '/' || localizedSections.some((s) => path.startsWith(s));

/** A site path in a locale: `/kb/x/` in zh-hant → `/zh-hant/kb/x/`. Paths that exist once stay as they are. */
export function localizePath(path: string, locale: Locale): string {
  return isLocalizedPath(path) ? `${locales[locale].prefix}${path}` : path;
}

/** The locale of a BCP 47 tag such as a team's `zh-TW` or `en-GB`: Traditional Chinese for zh-Hant, zh-TW, zh-HK and zh-MO. */
export function localeOfTag(tag: string | undefined): Locale {
  const t = (tag ?? '').toLowerCase();
  if (/^zh-(hant|tw|hk|mo)\b/.test(t)) return 'zh-hant';
  return defaultLocale;
}

/** `getStaticPaths` params for a page that exists in every locale: `lang` is undefined for English. */
export function localeParams(): Array<{ params: { lang: string | undefined }; props: { locale: Locale } }> {
  return localeIds.map((locale) => ({ params: { lang: locales[locale].prefix.slice(1) || undefined }, props: { locale } }));
}

/**
 * Keeps a page's links in its locale: in the HTML of a /zh-hant/ page, every
 * `href` or `action` to a section that exists in every locale gets the prefix.
 * A tag with `hreflang` (the language switcher, the link to the original, the
 * alternates) names its language on purpose and is left alone. Content links
 * written as /courses/…/ in a translation therefore stay on the Chinese side.
 */
export function localizeHtml(html: string, locale: Locale): string {
  const prefix = locales[locale].prefix;
  if (!prefix) return html;
  return html.replace(/<(?:a|form|area)\b[^>]*>/g, (tag) =>
    /\shreflang=/.test(tag) ? tag : tag.replace(/\s(href|action)="(\/[^"]*)"/g, (m, attr: string, url: string) => (isLocalizedPath(url.split(/[?#]/)[0]!) ? ` ${attr}="${prefix}${url}"` : m)),
  );
}

/** A date (YYYY-MM-DD) as readers of a locale write it: "24 Nov 2026", "2026年11月24日". Tables and CSVs keep ISO dates. */
export function formatDay(day: string, locale: Locale): string {
  const d = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  return new Intl.DateTimeFormat(locales[locale].lang === 'en' ? 'en-GB' : locales[locale].lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

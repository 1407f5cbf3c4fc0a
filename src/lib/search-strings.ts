import { translator } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';

/** The words the search clients need, passed to the page as JSON. */
export function searchStrings(locale: Locale = 'en'): Record<string, string> {
  const t = translator(locale);
  return {
    lang: locale,
    noResults: t('search.noResults'),
    resultOne: t('search.resultOne'),
    resultMany: t('search.resultMany'),
    showingFor: t('search.showingFor'),
    didYouMean: t('search.didYouMean'),
    allResults: t('search.allResults'),
    unavailable: t('search.unavailable'),
    more: t('search.more'),
    quoted: t('search.quoted'),
    broadOnly: t('search.broadOnly'),
    leftOut: t('search.leftOut'),
  };
}

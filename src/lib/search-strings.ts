import { t } from '../i18n/index.ts';

/** The words the search clients need, passed to the page as JSON. */
export function searchStrings(): Record<string, string> {
  return {
    noResults: t('search.noResults'),
    resultOne: t('search.resultOne'),
    resultMany: t('search.resultMany'),
    showingFor: t('search.showingFor'),
    didYouMean: t('search.didYouMean'),
    allResults: t('search.allResults'),
    unavailable: t('search.unavailable'),
    more: t('search.more'),
  };
}

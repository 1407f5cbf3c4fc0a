declare namespace App {
  interface Locals {
    /** The interface language of the page being rendered. */
    locale: import('./i18n/locales.ts').Locale;
  }
}

// Astro's MDX pages carry a "use astro:head-inject" directive that the bundler
// warns about once per page (harmless: Astro handles it). That one warning, and
// only it, is dropped, so that real warnings are not buried in hundreds of lines.

interface Warning {
  code?: string;
  message: string;
}

/** A rollup `onwarn` handler that forwards every warning but the head-inject directive one. */
export function quietWarnings(warning: Warning, warn: (w: Warning) => void): void {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
  warn(warning);
}

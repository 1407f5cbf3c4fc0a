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

/**
 * A build plugin that emits one harmless warning when GAPWISE_PLANT_WARNING=1.
 * The end-to-end build sets it, so a test can prove that the filter above keeps
 * every other warning in the log.
 */
export function plantedWarning() {
  return {
    name: 'gapwise-planted-warning',
    apply: 'build' as const,
    buildStart(this: { warn: (message: string) => void }) {
      if (process.env.GAPWISE_PLANT_WARNING === '1') this.warn('planted by the end-to-end build (GAPWISE_PLANT_WARNING=1) to prove other warnings still show');
    },
  };
}

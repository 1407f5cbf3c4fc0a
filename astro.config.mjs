// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { gapwise } from './src/integrations/gapwise.ts';
import { asides, codeTitles, focusableScrollers, tableAlign } from './src/integrations/markdown-plugins.ts';
import { plantedWarning, quietWarnings } from './src/integrations/quiet-warnings.ts';

export default defineConfig({
  site: process.env.GAPWISE_SITE ?? 'https://learn.example.test',
  trailingSlash: 'always',
  // Benchmarks build generated content in temp folders; a cache of their own keeps
  // Astro's content store from pointing the next build at deleted files.
  ...(process.env.GAPWISE_CACHE_DIR ? { cacheDir: process.env.GAPWISE_CACHE_DIR } : {}),
  integrations: [mdx(), gapwise()],
  // English at /, Traditional Chinese under /zh-hant/ (src/i18n/locales.ts lists them for the pages).
  i18n: {
    locales: ['en', { path: 'zh-hant', codes: ['zh-Hant', 'zh-TW', 'zh-HK'] }],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    // Prism marks tokens with classes (Shiki writes inline styles, which the CSP blocks).
    syntaxHighlight: 'prism',
    processor: satteri({ features: { directive: true }, mdastPlugins: [asides, codeTitles], hastPlugins: [tableAlign, focusableScrollers] }),
  },
  // Pages render eight at a time: one page's file writes overlap the next one's rendering (1,000 modules: ~15.6 → ~13.5 s).
  build: { format: 'directory', concurrency: 8 },
  security: {
    csp: {
      // object-src and base-uri 'none'; form-action 'self' because the catalog and search forms submit to the site itself.
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [plantedWarning()],
    build: {
      rollupOptions: { onwarn: quietWarnings },
    },
  },
});

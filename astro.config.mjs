// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.GAPWISE_SITE ?? 'https://learn.example.test',
  trailingSlash: 'always',
  integrations: [mdx()],
  // Shiki's inline styles break under the CSP; course content rarely needs code colouring.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory' },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
});

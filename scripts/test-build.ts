/**
 * The end-to-end tests' build: `npm run build` with a planted bundler warning,
 * printed as usual and also kept in node_modules/.cache/gapwise/build.log (Playwright empties test-results/), so that a test can
 * read the log. Exits with the build's own code.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';

// npm runs scripts from the project root.
mkdirSync('node_modules/.cache/gapwise', { recursive: true });
const log = createWriteStream('node_modules/.cache/gapwise/build.log');
const child = spawn('npm', ['run', 'build'], { env: { ...process.env, GAPWISE_PLANT_WARNING: '1' }, shell: process.platform === 'win32' });
for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
  from.on('data', (chunk: Buffer) => {
    to.write(chunk);
    log.write(chunk);
  });
}
child.on('close', (code) => log.end(() => process.exit(code ?? 1)));

import path from 'node:path';

/** Resolve a path from the project root, whatever the working directory. */
export const fromRoot = (...p: string[]) => path.resolve(import.meta.dirname, '..', '..', ...p);

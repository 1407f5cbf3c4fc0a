// Every collection in one place. The schemas come from src/lib (the single source
// of truth); cross-references are checked by `scripts/check-content.ts`, which runs
// before `astro build` and names file, line, field and fix.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { kbSchema } from './lib/schemas/kb.ts';
import { moduleSchema } from './lib/schemas/module.ts';
import { roleSchema } from './lib/schemas/roles.ts';
import { skillSchema } from './lib/schemas/skills.ts';
import { teamSchema } from './lib/schemas/teams.ts';
import { kbTranslationSchema, moduleTranslationSchema, skillTranslationsFileSchema } from './lib/schemas/translation.ts';
import { z } from 'zod';

const root = process.env.GAPWISE_CONTENT ?? './content';

/** Pick one top-level list out of a YAML file for the file loader. */
const listOf = (key: string) => (text: string) => (parse(text) as Record<string, Array<Record<string, unknown>>>)[key] ?? [];

export const collections = {
  modules: defineCollection({
    loader: glob({ base: `${root}/modules`, pattern: '*.mdx' }),
    schema: moduleSchema,
  }),
  kb: defineCollection({
    loader: glob({ base: `${root}/kb`, pattern: '*.mdx' }),
    schema: kbSchema,
  }),
  // Translations sit beside their source in a locale folder; ids are `<locale>/<slug>`.
  moduleTranslations: defineCollection({
    loader: glob({ base: `${root}/modules`, pattern: '*/*.mdx' }),
    schema: moduleTranslationSchema,
  }),
  kbTranslations: defineCollection({
    loader: glob({ base: `${root}/kb`, pattern: '*/*.mdx' }),
    schema: kbTranslationSchema,
  }),
  // Skill names and rubrics per locale: content/<locale>/skills.yaml; ids are `<locale>/<skill>`.
  skillTranslations: defineCollection({
    loader: glob({ base: root, pattern: '*/skills.yaml' }),
    schema: skillTranslationsFileSchema,
  }),
  skills: defineCollection({ loader: file(`${root}/skills.yaml`, { parser: listOf('skills') }), schema: skillSchema }),
  roles: defineCollection({ loader: file(`${root}/roles.yaml`, { parser: listOf('roles') }), schema: roleSchema }),
  teams: defineCollection({ loader: file(`${root}/teams.yaml`, { parser: listOf('teams') }), schema: teamSchema }),
  levels: defineCollection({
    loader: file(`${root}/skills.yaml`, {
      parser: (text) =>
        Object.entries((parse(text) as { levels: Record<string, string> }).levels ?? {}).map(([id, label]) => ({ id, label })),
    }),
    schema: z.object({ label: z.string() }),
  }),
};

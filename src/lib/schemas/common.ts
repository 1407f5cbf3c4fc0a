import { z } from 'zod';

/** Kebab-case identifier used for skills, roles, teams, modules and articles. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case kebab-case, e.g. "active-listening"');

/** A level on the shared 1–5 proficiency scale. */
export const levelSchema = z.number().int().min(1).max(5);

/** A calendar date written as YYYY-MM-DD (YAML may already have parsed it into a Date). */
export const dateSchema = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')])
  .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))
  .refine((d) => !Number.isNaN(Date.parse(d)), 'not a real calendar date');

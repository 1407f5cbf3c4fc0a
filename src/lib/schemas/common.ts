import { z } from 'zod';

/** Kebab-case identifier used for skills, roles, teams, modules and articles. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case kebab-case, e.g. "active-listening"');

/** A level on the shared 1–5 proficiency scale. */
export const levelSchema = z.number().int().min(1).max(5);

/** Whether YYYY-MM-DD names a real calendar day (Date.parse would roll 2027-02-30 over to 2 March). */
export function isRealDay(d: string): boolean {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, day));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === day;
}

/** A calendar date written as YYYY-MM-DD (YAML may already have parsed it into a Date). */
export const dateSchema = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')])
  .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))
  .refine(isRealDay, 'not a real calendar day (check the month has that many days)');

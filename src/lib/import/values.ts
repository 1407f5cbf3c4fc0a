/**
 * Parsing one value of a record: dates in the formats spreadsheets write, scores
 * with decimal commas, and the mapping of a score onto the 1–5 skill scale. Pure
 * and allocation-light: these run once per record, millions of times.
 */
import type { Source } from '../gap/types.ts';
import type { DateFormat } from '../schemas/settings.ts';

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether year-month-day is a real calendar day. */
function realDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]!) return false;
  return !(month === 2 && day === 29 && (year % 4 !== 0 || (year % 100 === 0 && year % 400 !== 0)));
}

/** `YYYY-MM-DD` from a date or ISO timestamp string, or null when it is not a real date. */
export function isoDay(value: unknown): string | null {
  if (typeof value !== 'string' || value.length < 10) return null;
  for (let i = 0; i < 10; i++) {
    const c = value.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return null;
  }
  const month = (value.charCodeAt(5) - 48) * 10 + value.charCodeAt(6) - 48;
  const day = (value.charCodeAt(8) - 48) * 10 + value.charCodeAt(9) - 48;
  if (!realDay(Number(value.slice(0, 4)), month, day)) return null;
  if (value.length > 10) {
    const sep = value.charCodeAt(10);
    if (sep !== 84 && sep !== 32) return null; // 'T' or ' '
    if (Number.isNaN(Date.parse(value))) return null;
  }
  return value.slice(0, 10);
}

const SLASHED = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** A date as the profile's format writes it (`DD/MM/YYYY`, `MM/DD/YYYY`, dots too), as `YYYY-MM-DD`; null when it is not a real date. */
export function parseDay(value: string, format: DateFormat): string | null {
  if (format === 'YYYY-MM-DD') return isoDay(value);
  const m = SLASHED.exec(value.trim());
  if (!m) return null;
  const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [day, month] = format === 'DD/MM/YYYY' ? [a, b] : [b, a];
  if (!realDay(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Map a score linearly from [min, max] onto the 1–5 skill scale. */
export function toLevel(score: number, min: number, max: number): number {
  return 1 + (4 * (score - min)) / (max - min);
}

/** Parse a score cell: trims, accepts a decimal comma and a trailing %, else NaN. */
export function parseScore(raw: string): number {
  let t = raw.trim();
  if (t === '') return Number.NaN;
  if (t.endsWith('%')) t = t.slice(0, -1).trimEnd();
  if (t.includes(',') && !t.includes('.')) t = t.replace(',', '.');
  return Number(t);
}

/** Is this one of the sources the engine knows? */
export function isSource(value: unknown, sources: readonly Source[]): value is Source {
  return typeof value === 'string' && (sources as readonly string[]).includes(value);
}

/** A header cell as profiles match it: Unicode NFC, trimmed, case-folded. */
export function normHeader(h: string): string {
  return h.normalize('NFC').trim().toLowerCase();
}

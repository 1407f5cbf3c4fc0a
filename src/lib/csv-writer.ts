import { stringify } from 'csv-stringify/sync';

/** One CSV cell: numbers stay numbers; text is guarded; null is an empty cell. */
export type CsvCell = string | number | null;

/**
 * Writes rows as RFC 4180 CSV for spreadsheets: a UTF-8 BOM (so Excel reads
 * accents), CRLF line ends, quotes where needed (also around bare line breaks,
 * which csv-stringify leaves unquoted by default). Text that a spreadsheet would
 * run as a formula (=, +, −, @, tab, CR first) is prefixed with `'` by
 * csv-stringify's `escape_formulas`; numbers are written as numbers, so −0.3
 * stays a number.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return stringify([header, ...rows] as CsvCell[][], {
    bom: true,
    record_delimiter: '\r\n',
    escape_formulas: true,
    quoted_match: /[\r\n]/,
  });
}

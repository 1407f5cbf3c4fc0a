import { buildChartConfig, type ChartSpec } from '../chart-config.ts';
import { toCsv, type CsvCell } from '../csv-writer.ts';

/**
 * A chart as the dashboards publish it: the Chart.js configuration, the same
 * figures as a table, and the same table as a CSV file. The table and the CSV
 * are built from one list of rows, so they can never disagree.
 */
export interface ChartBlock {
  /** Stable id, also the CSV file's name (`<id>.csv`). */
  id: string;
  title: string;
  /** One or two sentences that say what the chart shows, for everyone. */
  summary: string;
  /** Chart.js configuration (serialised into the page as JSON). */
  config: ReturnType<typeof buildChartConfig>;
  /** Height class: the chart grows with its number of categories. */
  size: 's' | 'm' | 'l' | 'xl';
  table: DataTable;
  /** Site path of the CSV file. */
  csvHref: string;
}

/** A table of figures: the chart's data, or a table of its own. */
export interface DataTable {
  columns: string[];
  /** First cell of each row is its header. */
  rows: CsvCell[][];
}

/** The CSV file of a table. */
export function tableCsv(table: DataTable): string {
  return toCsv(table.columns, table.rows);
}

/** Bucket of chart height by the number of categories drawn. */
export function sizeFor(categories: number): ChartBlock['size'] {
  return categories <= 4 ? 's' : categories <= 8 ? 'm' : categories <= 16 ? 'l' : 'xl';
}

/** Assembles a block from its spec and table. */
export function chartBlock(id: string, base: string, spec: ChartSpec, summary: string, table: DataTable, categories: number): ChartBlock {
  return { id, title: spec.title, summary, config: buildChartConfig(spec), size: sizeFor(categories), table, csvHref: `${base}${id}.csv` };
}

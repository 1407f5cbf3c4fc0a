/**
 * A small RFC 4180 CSV reader for exports from QA tools and spreadsheets: a UTF-8
 * BOM, CRLF or LF line ends, quoted fields with delimiters, quotes ("") and line
 * breaks inside, and `,`, `;` or tab as the delimiter (sniffed from the header).
 * Every row keeps the 1-based line it starts on so rejects can point at it.
 */

/** One data row and where it starts. */
export interface CsvRow {
  /** 1-based line of the row's first character. */
  line: number;
  fields: string[];
  /** Why the row is malformed (e.g. an unclosed quote), when it is. */
  error?: string;
}

/** A parsed CSV file. */
export interface CsvTable {
  delimiter: string;
  header: string[];
  /** Data rows, without the header and without blank lines. */
  rows: CsvRow[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Pick the delimiter that occurs most often, outside quotes, in the first line. */
export function sniffDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c]!++;
  }
  let best = ',';
  for (const d of [';', '\t']) if (counts[d]! > counts[best]!) best = d;
  return best;
}

/** Parse CSV text into a header and rows, keeping line numbers; never throws. */
export function parseCsv(input: string, delimiter?: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delim = delimiter ?? sniffDelimiter(text);
  const d = delim.charCodeAt(0);
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let line = 1;
  let rowLine = 1;
  let error: string | undefined;
  let i = 0;
  const n = text.length;
  const endRow = () => {
    // A blank line is a single empty field; skip it rather than call it malformed.
    if (!(fields.length === 1 && fields[0] === '' && error === undefined)) {
      rows.push(error === undefined ? { line: rowLine, fields } : { line: rowLine, fields, error });
    }
    fields = [];
    error = undefined;
  };
  while (i <= n) {
    if (i === n) {
      // End of text: close the last row unless the text ended with a line break.
      if (fields.length > 0) endRow();
      break;
    }
    let c = text.charCodeAt(i);
    if (fields.length === 0) rowLine = line;
    if (c === QUOTE) {
      const startLine = line;
      let value = '';
      let from = ++i;
      let closed = false;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) {
            value += text.slice(from, i + 1);
            i += 2;
            from = i;
            continue;
          }
          value += text.slice(from, i);
          i++;
          closed = true;
          break;
        }
        if (c === LF) line++;
        i++;
      }
      if (!closed) {
        value += text.slice(from, n);
        error = `quote opened on line ${startLine} is never closed`;
      }
      // Anything between the closing quote and the next delimiter is a broken field.
      const junkFrom = i;
      while (i < n && (c = text.charCodeAt(i)) !== d && c !== LF && c !== CR) i++;
      if (i > junkFrom && error === undefined) error = `text after a closing quote on line ${line}`;
      fields.push(value);
    } else {
      const from = i;
      while (i < n && (c = text.charCodeAt(i)) !== d && c !== LF && c !== CR) i++;
      fields.push(text.slice(from, i));
    }
    if (i >= n) continue;
    c = text.charCodeAt(i);
    if (c === d) {
      i++;
      // A delimiter at the very end of the text still means one more, empty field.
      if (i === n) {
        fields.push('');
        endRow();
      }
      continue;
    }
    // Line break: CRLF, LF or a lone CR.
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    endRow();
  }
  const first = rows.shift();
  return { delimiter: delim, header: first ? first.fields.map((h) => h.trim()) : [], rows };
}

/**
 * Turning bytes into text and text into JSON, with errors that name a position.
 * Exports are untrusted: a file saved as UTF-16 by a spreadsheet, or a JSON export
 * cut off mid-download, must fail with the file and the place, never a stack trace.
 */

/** Where in a text a problem is: 1-based line and column. */
export interface TextPosition {
  line: number;
  column: number;
}

/** 1-based line and column of a 0-based character offset. */
export function positionOf(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Result of decoding: the text, or why it is not UTF-8 and where. */
export type DecodeResult = { ok: true; text: string } | { ok: false; kind: 'wrong-encoding' | 'binary-file'; detail: string; offset: number };

/** Offset of the first byte that breaks UTF-8, or -1. Only runs once decoding failed. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0 || i + need >= bytes.length + (need === 0 ? 1 : 0)) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/** Decode an export as UTF-8 (BOM allowed); UTF-16 and invalid bytes are reported, not guessed. */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, kind: 'wrong-encoding', detail: 'it starts with a UTF-16 byte-order mark', offset: 0 };
  }
  // UTF-16 without a BOM shows up as NUL bytes between ASCII characters at the start;
  // a NUL anywhere later means a binary file (or a corrupted export) that is not text.
  const nul = bytes.indexOf(0);
  if (nul >= 0 && nul < 4096) return { ok: false, kind: 'wrong-encoding', detail: `NUL byte at byte ${nul} (UTF-16?)`, offset: nul };
  if (nul >= 0) {
    let line = 1;
    for (let i = bytes.indexOf(10); i >= 0 && i < nul; i = bytes.indexOf(10, i + 1)) line++;
    return { ok: false, kind: 'binary-file', detail: `line ${line}, byte ${nul}`, offset: nul };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, kind: 'wrong-encoding', detail: `invalid UTF-8 byte 0x${(bytes[at] ?? 0).toString(16)} at byte ${at}`, offset: at };
  }
}

/** Drop a leading byte-order mark, which spreadsheets like to add. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Result of parsing JSON: the value, or a readable error with its position. */
export type JsonResult = { ok: true; value: unknown } | { ok: false; detail: string; line: number; column: number };

/** Parse JSON; on failure say what went wrong and at which line and column. */
export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const offset = errorOffset(text, message);
    const { line, column } = positionOf(text, offset);
    const truncated = offset >= text.trimEnd().length;
    const what = truncated ? 'unexpected end of JSON (the file looks truncated)' : describeJsonError(message);
    return { ok: false, detail: `${what} at line ${line}, column ${column}`, line, column };
  }
}

/** V8's message without its trailing position or source excerpt. */
function describeJsonError(message: string): string {
  const cut = message.search(/ in JSON at position|, "|, \.\.\."/);
  const text = cut > 0 ? message.slice(0, cut) : message;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The character offset of a JSON error: from V8's message when it has one, else by re-scanning. */
function errorOffset(text: string, message: string): number {
  const m = /at position (\d+)/.exec(message);
  if (m) return Number(m[1]);
  if (/end of JSON input/.test(message)) return text.length;
  return scanJson(text);
}

/** A small JSON scanner that returns the offset of the first error (or text.length). */
function scanJson(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    } else if (c === '"') string();
    else if (c !== undefined && /[-0-9]/.test(c)) {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (!m) fail();
      i += m![0].length;
    } else {
      for (const word of ['true', 'false', 'null']) {
        if (text.startsWith(word, i)) return void (i += word.length);
      }
      fail();
    }
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail();
    i++;
  };
  try {
    value();
    ws();
    return i < text.length ? i : text.length;
  } catch (at) {
    return typeof at === 'number' ? at : text.length;
  }
}

import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv-writer.ts';
import { parseCsv } from '../../src/lib/import/csv.ts';

const BOM = '\uFEFF';

describe('toCsv', () => {
  it('writes a header and rows with CRLF and a BOM', () => {
    expect(toCsv(['Skill', 'Mean gap'], [['Empathy', 0.4], ['Tone', null]])).toBe(
      `${BOM}Skill,Mean gap\r\nEmpathy,0.4\r\nTone,\r\n`,
    );
  });

  it.each([
    ['=HYPERLINK("http://evil.test","x")', `'=HYPERLINK("http://evil.test","x")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('guards the formula %j', (text, cell) => {
    const out = toCsv(['name'], [[text]]);
    const [row] = parseCsv(out.slice(1)).rows;
    expect(row!.fields[0]).toBe(cell);
  });

  it('keeps negative numbers as numbers', () => {
    expect(toCsv(['change'], [[-0.3]])).toBe(`${BOM}change\r\n-0.3\r\n`);
  });

  it('quotes delimiters, quotes and line breaks so the file reads back cell for cell', () => {
    const nasty = ['a,b', 'say "hi"', 'two\nlines', '<script>alert(1)</script>'];
    const out = toCsv(['x', 'y', 'z', 'w'], [nasty]);
    const table = parseCsv(out.slice(1));
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.fields).toEqual(nasty);
  });
});

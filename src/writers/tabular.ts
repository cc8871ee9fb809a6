import { neutraliseFormula } from '../domain/text/spreadsheet-text.js';

/** Writes rows as CSV (UTF-8 with BOM so Excel shows Vietnamese correctly); no cell can open as a formula. */
export function writeCsv(header: string[], rows: string[][]): Buffer {
  const quote = (value: string) => (/[",\n\r;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const escape = (value: string) => quote(neutraliseFormula(value));
  const lines = [header, ...rows].map((cells) => cells.map(escape).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

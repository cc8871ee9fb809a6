/** Writes rows as CSV (UTF-8 with BOM so Excel shows Vietnamese correctly). */
export function writeCsv(header: string[], rows: string[][]): Buffer {
  const escape = (value: string) => (/[",\n\r;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [header, ...rows].map((cells) => cells.map(escape).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * Spreadsheet formula injection (CSV injection): a text cell that starts with = + - @ (or tab, CR) is read
 * as a formula by Excel, LibreOffice and Google Sheets when a CSV is opened or an XLSX cell is edited, so a
 * unit named `=HYPERLINK("http://…","click")` would become a live link. Every writer of files people take
 * away (src/writers) passes its text cells through `neutraliseFormula`, which puts a single quote in front
 * as OWASP recommends; every reader of files people bring (src/readers) passes them through
 * `restoreFormulaText`, so what the application exported imports back unchanged.
 *
 * Text that already starts with quotes before such a character gets one more, so the pair is exact:
 * restoreFormulaText(neutraliseFormula(s)) === s for every s.
 */
// A lone "-" (a placeholder in numeric columns) is not a formula and stays as it is.
const FORMULA_LIKE = /^'*[=+\-@\t\r][\s\S]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_LIKE.test(text) ? `'${text}` : text;
}

export function restoreFormulaText(text: string): string {
  return text.startsWith("'") && FORMULA_LIKE.test(text.slice(1)) ? text.slice(1) : text;
}

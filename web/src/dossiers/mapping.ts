/** The column-mapping step's arithmetic (pages/dossiers/ColumnMapping.tsx), pure. */
import { DOSSIER_FIELDS, type DossierField } from '../../../src/domain/dossiers/dossier-record.js';

const same = (a: string, b: string) => a.trim().normalize('NFC') === b.trim().normalize('NFC');

/** The column of the file each field is read from now: mapped to it, or named as the field itself. */
export function currentChoices(columns: readonly string[], mapping: Readonly<Record<string, string>>) {
  const choices: Partial<Record<DossierField, string>> = {};
  for (const field of DOSSIER_FIELDS) {
    const mapped = columns.find((c) => Object.entries(mapping).some(([header, f]) => f === field && same(header, c)));
    const named = columns.find((c) => same(c, field));
    const column = mapped ?? named;
    if (column !== undefined) choices[field] = column;
  }
  return choices;
}

/**
 * The mapping to save for the source: what it held for columns this file does not have, and this file's
 * choices (a column named as its field needs no entry).
 */
export function mappingToSave(
  columns: readonly string[],
  saved: Readonly<Record<string, string>>,
  choices: Partial<Record<DossierField, string>>,
): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const [header, field] of Object.entries(saved))
    if (!columns.some((c) => same(c, header))) mapping[header] = field;
  for (const [field, column] of Object.entries(choices)) if (column && !same(column, field)) mapping[column] = field;
  return mapping;
}

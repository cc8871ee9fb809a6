export const valueView = (
  row:
    | { v: { id: string; value: number; note: string }; file: { fileName: string; sizeBytes: number } | null }
    | undefined,
) => (row ? { id: row.v.id, value: row.v.value, note: row.v.note, evidence: row.file } : null);

/**
 * The kinds of evidence file the application accepts. A file of its own so that the structure checks
 * (file-structure.ts) can name a kind without importing the detector that calls them (evidence-type.ts).
 */
export const EVIDENCE_KINDS = [
  'pdf',
  'docx',
  'xlsx',
  'doc',
  'xls',
  'png',
  'jpeg',
  'gif',
  'webp',
  'odt',
  'ods',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

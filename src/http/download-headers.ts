import { EVIDENCE_TYPES } from '../domain/reporting/evidence-type.js';

/** Types a file is ever served under: the evidence types and what cchc itself writes. */
const SAFE_TYPES = new Set([
  ...Object.values(EVIDENCE_TYPES).map((t) => t.mime),
  'text/csv',
  'text/plain',
  'application/json',
  'application/zip',
]);

/** The stored type when it is one of ours, otherwise bytes to save (a page or a program is never served as one). */
export function safeContentType(contentType: string): string {
  const base = contentType.split(';')[0]!.trim().toLowerCase();
  return SAFE_TYPES.has(base) ? contentType : 'application/octet-stream';
}

const asciiName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');

/**
 * Every file handed out is a download: saved, never shown in the app's origin, never sniffed into
 * something else (the app-wide CSP of app.ts still applies should a browser render it anyway).
 */
export function downloadHeaders(file: { fileName: string; contentType: string }): Record<string, string> {
  return {
    'Content-Type': safeContentType(file.contentType),
    'Content-Disposition': `attachment; filename="${asciiName(file.fileName)}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'X-Content-Type-Options': 'nosniff',
  };
}

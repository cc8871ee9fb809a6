/**
 * The one content check of every upload route, by what the bytes are (evidence-type.ts, file-structure.ts)
 * and never by the name or the browser's declared type:
 * - evidence (tasks, scoring, province-wide figures) must be a whole PDF, Office document or image;
 * - imports (plan documents, unit lists, criteria sets, survey points) go to their reader, which says
 *   precisely what it cannot read — but programs, scripts, SVG and (except for a plan) web pages never do.
 * Every route's file is also held to the one size limit.
 */
import { UPLOAD_LIMIT_BYTES, uploadTooLargeMessage } from '../uploads/limits.js';
import {
  EVIDENCE_TYPES,
  checkEvidenceUpload,
  detect,
  extensionOf,
  type EvidenceKind,
  type EvidenceRefusalCode,
} from './evidence-type.js';
import { fail, ok, type Result } from './result.js';

export type UploadPurpose =
  'evidence' | 'plan-document' | 'unit-table' | 'criteria-set' | 'survey-points' | 'dossier-file';

const IMPORTS: Record<Exclude<UploadPurpose, 'evidence'>, { what: string; formats: string; html: boolean }> = {
  'plan-document': {
    what: 'Tệp kế hoạch',
    formats:
      'Word (.docx), PDF có lớp chữ, Excel (.xlsx), bảng tính OpenDocument (.ods), HTML, Markdown, văn bản (.txt) hoặc tệp cchc.plan/v1 (.json)',
    html: true,
  },
  'unit-table': { what: 'Tệp danh mục đơn vị', formats: 'CSV (UTF-8) hoặc Excel (.xlsx)', html: false },
  'criteria-set': { what: 'Tệp bộ tiêu chí', formats: 'JSON (cchc-criteria/1) hoặc Excel (.xlsx)', html: false },
  'survey-points': { what: 'Tệp điểm điều tra', formats: 'Excel (.xlsx), CSV hoặc JSON', html: false },
  'dossier-file': { what: 'Tệp hồ sơ TTHC', formats: 'CSV (UTF-8), Excel (.xlsx), JSON hoặc NDJSON', html: false },
};

export interface UploadToCheck {
  fileName: string;
  bytes: Uint8Array;
}

export type UploadCheck = { kind: EvidenceKind | null; mime: string };

/** Whether this file may be taken for this purpose; the content type to store it under. */
export function checkUpload(upload: UploadToCheck, purpose: UploadPurpose): Result<UploadCheck, EvidenceRefusalCode> {
  if (upload.bytes.length > UPLOAD_LIMIT_BYTES)
    return fail([{ code: 'too_large', field: 'file', message: uploadTooLargeMessage(upload.fileName) }]);
  if (purpose === 'evidence')
    return checkEvidenceUpload({ fileName: upload.fileName, size: upload.bytes.length, bytes: upload.bytes });
  const found = detect(upload.bytes, extensionOf(upload.fileName));
  const policy = IMPORTS[purpose];
  if (found.kind === null && found.unsafe && !(found.unsafe === 'html' && policy.html)) {
    return fail([
      {
        code: 'type_not_allowed',
        field: 'file',
        message: `${policy.what} "${upload.fileName}" có nội dung là ${found.detected}, không được chấp nhận. Hãy dùng tệp ${policy.formats}.`,
      },
    ]);
  }
  // Imported originals are kept for the record and handed back only as downloads, under their real type.
  return ok({ kind: found.kind, mime: found.kind ? EVIDENCE_TYPES[found.kind].mime : 'application/octet-stream' });
}

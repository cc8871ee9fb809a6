/** The consolidated report of a period (báo cáo CCHC): the coordinator's draft, its builds and the background job that makes them. */
import { z } from 'zod';
import { isoDate, uuid } from './common.js';

const line = (max: number) => z.string().trim().max(max);

/** The coordinator's own parts of a period's consolidated report. */
export const reportDraftFields = z.object({
  issuingBody: line(200).min(2, 'Hãy nhập tên cơ quan ban hành (ví dụ Sở Nội vụ).'),
  referenceNumber: line(20),
  referenceSymbol: line(50).min(2, 'Hãy nhập ký hiệu văn bản (ví dụ BC-SNV).'),
  issuedOn: isoDate.nullable(),
  introduction: line(20_000),
  conclusions: line(50_000),
  signerAuthority: line(100),
  signerPosition: line(200).min(2, 'Hãy nhập chức vụ người ký.'),
  signerName: line(200),
  recipients: z.array(line(300).min(1)).min(1, 'Hãy nhập ít nhất một nơi nhận.').max(40),
});

export const saveReportDraftRequest = reportDraftFields.extend({ version: z.number().int().min(0) });

export const reportDraft = reportDraftFields.extend({
  periodId: uuid,
  periodLabel: z.string(),
  /** 0 until the coordinator first saves: the fields are the defaults. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});

export type ReportDraft = z.infer<typeof reportDraft>;

export const jobView = z.object({
  id: uuid,
  kind: z.string(),
  status: z.enum(['pending', 'running', 'done', 'failed']),
  progress: z.number().int().min(0).max(100),
  stage: z.string(),
  error: z.string().nullable(),
  result: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export type JobView = z.infer<typeof jobView>;

export const reportBuildView = z.object({
  id: uuid,
  periodId: uuid,
  draftVersion: z.number().int(),
  summary: z.record(z.string(), z.number().nullable()),
  docx: z.object({ fileName: z.string(), sizeBytes: z.number().int() }),
  xlsx: z.object({ fileName: z.string(), sizeBytes: z.number().int() }),
  builtByName: z.string().nullable(),
  builtAt: z.string(),
});

export const downloadFormat = z.object({
  format: z.enum(['docx', 'xlsx'], { error: 'Định dạng phải là docx hoặc xlsx.' }),
});

import { z } from 'zod';
import { DOSSIER_FIELDS } from '../domain/dossiers/dossier-record.js';
import { isoDate, paginated, paginationQuery, uuid } from './common.js';

const sourceName = z.string().trim().min(1).max(100).meta({ label: 'Nguồn dữ liệu' });

export const uploadDossierQuery = z.object({ source: sourceName });

export const dossierProblem = z.object({ row: z.number().int(), field: z.string(), reason: z.string() });

export const dossierImportDetail = z.object({
  id: uuid,
  sourceName: z.string(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx', 'json']),
  status: z.enum(['preview', 'committed']),
  validRows: z.number().int(),
  invalidRows: z.number().int(),
  /** The first refused rows with their reason (row number, field). */
  problems: z.array(dossierProblem),
  unknownColumns: z.array(z.string()),
  /** The file's own column names, as written: what the fields are mapped to. */
  columns: z.array(z.string()),
  /** The required fields no column gives under the source's mapping: the file must be mapped first. */
  missingFields: z.array(z.enum(DOSSIER_FIELDS)),
  /** The source's saved mapping (column as written → field) the file was read with. */
  mapping: z.record(z.string(), z.string()),
  /** Processing units named in the file that match no unit of the directory (the first 50). */
  unmatchedUnits: z.array(z.string()),
  inserted: z.number().int().nullable(),
  updated: z.number().int().nullable(),
  unchanged: z.number().int().nullable(),
  /** Rows the writing job has gone through (of validRows + invalidRows). */
  rowsDone: z.number().int(),
  /** The latest job writing this import, to follow its progress. */
  jobId: uuid.nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
});
export type DossierImportDetail = z.infer<typeof dossierImportDetail>;

export const dossierImportSummary = dossierImportDetail.pick({
  id: true,
  sourceName: true,
  fileName: true,
  format: true,
  status: true,
  validRows: true,
  invalidRows: true,
  inserted: true,
  updated: true,
  unchanged: true,
  createdByName: true,
  createdAt: true,
  committedAt: true,
});
export const dossierImportList = paginated(dossierImportSummary);

export const dossierSource = z.object({
  name: z.string(),
  /** Column as written → field; empty when none was saved (the synchronisation names are read as they are). */
  mapping: z.record(z.string(), z.string()),
  mappingUpdatedAt: z.string().nullable(),
  imports: z.number().int(),
  lastImportAt: z.string().nullable(),
});
export const dossierSourceList = z.array(dossierSource);

export const commitDossierImportRequest = z.object({
  /** Write the valid rows of a file that has refused rows (they are left out). */
  acceptValidRows: z.boolean().default(false),
});

export const dossierSourceParams = z.object({ name: sourceName });
export const dossierImportListQuery = paginationQuery;
export const dossierMapping = z.object({
  /** Column as the export names it → the synchronisation field it holds. */
  mapping: z.record(z.string().trim().min(1).max(200), z.enum(DOSSIER_FIELDS)),
});

const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');

export const unitDossiersParams = z.object({ unitId: uuid });
export const unitDossiersQuery = paginationQuery.extend({
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Only late dossiers with no apology recorded (ended late, or still in process past their due date). */
  lateWithoutApology: flag,
});

export const dossierSummary = z.object({
  code: z.string(),
  procedureCode: z.string().nullable(),
  fieldCode: z.string().nullable(),
  channel: z.number().int(),
  status: z.number().int().nullable(),
  receivedAt: z.string(),
  dueAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  late: z.boolean(),
  lateApology: z.boolean().nullable(),
  paidOnline: z.boolean(),
  digitised: z.boolean(),
  /** Calendar days past the due date (ended late, or still open past it on the day judged); null when not late. */
  daysLate: z.number().int().nullable(),
});
export const unitDossiers = paginated(dossierSummary);

export const unitDossierParams = z.object({ unitId: uuid, code: z.string().trim().min(1).max(200) });
export const dossierDetail = dossierSummary.extend({
  unitId: uuid,
  unitName: z.string(),
  returnedAt: z.string().nullable(),
  refusedAt: z.string().nullable(),
  feeBearing: z.boolean(),
  /** The import the dossier was last written by. */
  source: z.object({ sourceName: z.string(), fileName: z.string(), importedAt: z.string().nullable() }).nullable(),
});
export type DossierDetail = z.infer<typeof dossierDetail>;

export const DOSSIER_LEVELS = ['province', 'departments', 'communes'] as const;
export const dossierFiguresQuery = z
  .object({
    unitId: uuid.optional(),
    /** The whole province, its departments (province level) or its communes; ignored when a unit is named. */
    level: z.enum(DOSSIER_LEVELS).default('province'),
    from: isoDate,
    to: isoDate,
  })
  .refine((q) => q.from <= q.to, { message: 'Ngày đầu kỳ phải trước ngày cuối kỳ.', path: ['to'] });

export const figureValue = z.object({
  key: z.string(),
  unitId: uuid.nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
  source: z.object({ label: z.string(), link: z.string().optional() }),
});
export const dossierFigures = z.object({
  from: z.string(),
  to: z.string(),
  unitIds: z.array(uuid),
  values: z.array(figureValue),
});

import { z } from 'zod';
import { SURVEY_FIELDS } from '../domain/surveys/questionnaire.js';
import { isoDate, uuid } from './common.js';

/** A questionnaire as listed: its current version and how many items it has. */
export const questionnaireSummary = z.object({
  id: uuid,
  code: z.string(),
  title: z.string(),
  currentVersion: z.number().int(),
  versions: z.array(z.object({ id: uuid, version: z.number().int(), items: z.number().int(), createdAt: z.string() })),
});
export const questionnaireList = z.object({ questionnaires: z.array(questionnaireSummary) });

/** A version's content (`cchc.survey/v1`), as stored: the browser previews it. */
export const questionnaireVersionView = z.object({
  id: uuid,
  questionnaireId: uuid,
  version: z.number().int(),
  content: z.any(),
});

export const questionnaireExportQuery = z.object({ format: z.enum(['json', 'xlsx']).default('json') });

const quota = z.coerce
  .number({ error: 'Chỉ tiêu phải là một số.' })
  .int('Chỉ tiêu phải là số nguyên.')
  .min(0, 'Chỉ tiêu không được âm.')
  .max(1_000_000, 'Chỉ tiêu quá lớn.');

export const surveyCampaignRequest = z.object({
  title: z
    .string({ error: 'Hãy nhập tên đợt khảo sát.' })
    .trim()
    .min(1, 'Hãy nhập tên đợt khảo sát.')
    .max(300, 'Tên đợt khảo sát dài quá: tối đa 300 ký tự.'),
  questionnaireVersionId: uuid,
  startsOn: isoDate,
  endsOn: isoDate,
  codesRequired: z.boolean().default(false),
  units: z
    .array(z.object({ unitId: uuid, quota: quota.nullable().default(null) }))
    .min(1, 'Hãy chọn ít nhất một đơn vị.')
    .max(2000, 'Quá nhiều đơn vị.'),
  fieldQuotas: z
    .array(z.object({ field: z.enum(SURVEY_FIELDS), quota }))
    .max(SURVEY_FIELDS.length)
    .default([]),
});
export const surveyCampaignUpdate = surveyCampaignRequest.extend({ version: z.number().int() });

export const cancelSurveyCampaignRequest = z.object({
  reason: z
    .string({ error: 'Hãy nêu lý do huỷ.' })
    .trim()
    .min(3, 'Hãy nêu lý do huỷ (ít nhất 3 ký tự).')
    .max(1000, 'Lý do dài quá: tối đa 1000 ký tự.'),
});

const progress = z.object({ answers: z.number().int(), quota: z.number().int().nullable() });

export const surveyCampaignView = z.object({
  id: uuid,
  title: z.string(),
  questionnaire: z.object({
    id: uuid,
    code: z.string(),
    title: z.string(),
    version: z.number().int(),
    versionId: uuid,
  }),
  startsOn: z.string(),
  endsOn: z.string(),
  status: z.enum(['upcoming', 'open', 'ended', 'cancelled']),
  codesRequired: z.boolean(),
  cancelReason: z.string().nullable(),
  version: z.number().int(),
  units: z.array(
    progress.extend({
      unitId: uuid,
      unitName: z.string(),
      unitKind: z.string(),
      publicPath: z.string(),
      /** The public form's full address, as printed on the poster (`CCHC_PUBLIC_URL` when configured). */
      publicUrl: z.string(),
      duplicates: z.number().int(),
    }),
  ),
  fieldQuotas: z.array(progress.extend({ field: z.string() })),
  total: progress,
  codes: z.object({ batches: z.number().int(), generated: z.number().int(), used: z.number().int() }),
});
export const surveyCampaignList = z.object({
  campaigns: z.array(
    surveyCampaignView.pick({ id: true, title: true, startsOn: true, endsOn: true, status: true }).extend({
      questionnaireTitle: z.string(),
      units: z.number().int(),
      answers: z.number().int(),
    }),
  ),
});

export const surveyCampaignParams = z.object({ campaignId: uuid });
export const surveyCampaignUnitParams = z.object({ campaignId: uuid, unitId: uuid });
export const qrQuery = z.object({ format: z.enum(['png', 'svg']).default('png') });

export const generateCodesRequest = z.object({
  count: z.coerce
    .number({ error: 'Số mã phải là một số.' })
    .int('Số mã phải là số nguyên.')
    .min(1, 'Tạo ít nhất 1 mã.')
    .max(5000, 'Mỗi lần tạo tối đa 5000 mã.'),
  unitId: uuid.nullable().default(null),
});
export const generateCodesResult = z.object({ batch: z.number().int(), count: z.number().int() });
export const codesListQuery = z.object({ batch: z.coerce.number().int().min(1).optional() });

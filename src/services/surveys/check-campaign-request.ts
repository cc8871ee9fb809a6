import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { surveyCampaignRequest } from '../../contracts/surveys.js';
import type { DbOrTx } from '../../db/client.js';
import { unknownUnits } from '../../db/queries/surveys/campaign-units.js';
import { surveyQuestionnaireVersions } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';

export type CampaignRequest = z.output<typeof surveyCampaignRequest>;

/**
 * A step create and update share: the period, a unit named twice, units (of the campaign's province) and version
 * that exist.
 */
export async function checkCampaignRequest(tx: DbOrTx, r: CampaignRequest, today: string, provinceId: string | null) {
  if (r.endsOn < r.startsOn)
    throw new AppError('SURVEY_CAMPAIGN_INVALID', { field: 'Ngày kết thúc', problem: 'phải từ ngày bắt đầu trở đi.' });
  if (r.startsOn < today)
    throw new AppError('SURVEY_CAMPAIGN_INVALID', { field: 'Ngày bắt đầu', problem: 'không được trước hôm nay.' });
  const ids = r.units.map((u) => u.unitId);
  if (new Set(ids).size !== ids.length)
    throw new AppError('SURVEY_CAMPAIGN_INVALID', { field: 'Đơn vị', problem: 'một đơn vị được chọn hai lần.' });
  if (new Set(r.fieldQuotas.map((f) => f.field)).size !== r.fieldQuotas.length)
    throw new AppError('SURVEY_CAMPAIGN_INVALID', {
      field: 'Chỉ tiêu theo lĩnh vực',
      problem: 'một lĩnh vực được nêu hai lần.',
    });
  if ((await unknownUnits(tx, ids, provinceId)).length)
    throw new AppError('SURVEY_CAMPAIGN_INVALID', {
      field: 'Đơn vị',
      problem: 'có đơn vị không tồn tại, đã lưu trữ hoặc thuộc tỉnh khác.',
    });
  const [v] = await tx
    .select({ id: surveyQuestionnaireVersions.id })
    .from(surveyQuestionnaireVersions)
    .where(eq(surveyQuestionnaireVersions.id, r.questionnaireVersionId));
  if (!v)
    throw new AppError('SURVEY_CAMPAIGN_INVALID', {
      field: 'Phiếu khảo sát',
      problem: 'không tìm thấy phiên bản phiếu đã chọn.',
    });
}

export const campaignRecord = (r: CampaignRequest) => ({
  title: r.title,
  questionnaireVersionId: r.questionnaireVersionId,
  startsOn: r.startsOn,
  endsOn: r.endsOn,
  codesRequired: r.codesRequired,
  units: r.units,
  fieldQuotas: r.fieldQuotas,
});

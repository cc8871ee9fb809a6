/**
 * A paper form typed in by an officer: the answers checked against the campaign's questionnaire (the same
 * check as the public form: options, conditions, required items), stored as a response marked 'paper' with
 * the officer's id, in one transaction with its audit row. The unit's officers type their own unit's forms;
 * the office any unit's.
 */
import { AppError, notFound } from '../../domain/errors.js';
import { validateSubmission, type RawAnswers } from '../../domain/surveys/submission.js';
import { formatDateVi, localDateOf } from '../../domain/text/format.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { loadCampaignForEntry, type CampaignForEntry } from '../../db/queries/surveys/campaign-for-entry.js';
import { insertSurveyResponse } from '../../db/queries/surveys/insert-response.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

export interface PaperEntryInput {
  campaignId: string;
  unitId: string;
  /** The date written on the form (YYYY-MM-DD); today when absent. */
  filledOn?: string;
  answers: RawAnswers;
}

/** The campaign a paper form goes into, refused when cancelled or when it does not cover the unit. */
export async function campaignOpenForPaper(
  ctx: ServiceContext,
  campaignId: string,
  unitId?: string,
): Promise<CampaignForEntry> {
  const campaign = await loadCampaignForEntry(ctx.db, campaignId);
  if (!campaign) throw notFound('đợt khảo sát');
  if (campaign.cancelled) throw invalid('Đợt khảo sát: đợt khảo sát đã bị huỷ, không nhận thêm phiếu.');
  if (unitId && !campaign.units.some((u) => u.unitId === unitId))
    throw invalid('Đơn vị: đơn vị không thuộc đợt khảo sát này.');
  return campaign;
}

const invalid = (sentence: string, details?: unknown) => new AppError('VALIDATION_FAILED', { sentence }, details);

/** Noon in Vietnam on the form's date: the day it counts for, whatever the server's zone. */
export const formInstant = (date: string) => new Date(`${date}T12:00:00+07:00`);

export async function enterPaperResponse(ctx: ServiceContext, input: PaperEntryInput) {
  const actor = await authorize(
    ctx,
    'surveys.enterPaper',
    { unitId: input.unitId, campaignId: input.campaignId },
    'nhập phiếu khảo sát giấy',
  );
  const campaign = await campaignOpenForPaper(ctx, input.campaignId, input.unitId);
  const filledOn = input.filledOn ?? localDateOf(ctx.now());
  if (filledOn < campaign.startsOn || filledOn > campaign.endsOn)
    throw invalid(
      `Ngày phiếu: ${formatDateVi(filledOn)} nằm ngoài thời gian của đợt khảo sát (${formatDateVi(campaign.startsOn)} – ${formatDateVi(campaign.endsOn)}).`,
    );
  const checked = validateSubmission(campaign.questionnaire, input.answers);
  if (!checked.ok) throw invalid(checked.issues.map((i) => i.message).join(' '), { issues: checked.issues });
  if (checked.value.answers.size === 0) throw invalid('Phiếu: chưa có câu trả lời nào.');
  return ctx.db.transaction(async (tx) => {
    const { id: responseId } = await insertSurveyResponse(tx, {
      campaignId: campaign.id,
      unitId: input.unitId,
      questionnaireVersionId: campaign.questionnaireVersionId,
      questionnaire: campaign.questionnaire,
      channel: 'paper',
      submittedAt: formInstant(filledOn),
      submission: checked.value,
      enteredBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'surveyResponse.enterPaper',
      entityId: responseId,
      after: { responseId, unitId: input.unitId, answers: checked.value.answers.size },
    });
    return { responseId, answers: checked.value.answers.size };
  });
}

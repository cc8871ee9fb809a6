/**
 * An XLSX (or CSV) of paper forms, one row a form, from the template (paper-template.ts): every row read
 * and checked like a typed form (the questionnaire's options, conditions and required items); when any row
 * is wrong nothing is stored and every problem is named by row and column, in Vietnamese. All rows are
 * written in one transaction with one audit row.
 */
import { AppError } from '../../domain/errors.js';
import { questionnaireItems } from '../../domain/surveys/questionnaire.js';
import { readPaperRows, type PaperItem } from '../../domain/surveys/paper-rows.js';
import { validateSubmission, type RawAnswers, type ValidSubmission } from '../../domain/surveys/submission.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { insertPaperResponses } from '../../db/queries/surveys/paper-responses.js';
import type { Upload } from '../../db/queries/files/store-upload.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { campaignOpenForPaper, formInstant } from './enter-paper-response.js';
import { can } from '../../domain/access/policy.js';

export async function importPaperResponses(ctx: ServiceContext, campaignId: string, upload: Upload) {
  const actor = await authorize(ctx, 'surveys.enterPaper', { campaignId }, 'nhập tệp phiếu khảo sát giấy');
  const campaign = await campaignOpenForPaper(ctx, campaignId);
  const table = await readUploadOffThread({ kind: 'table', content: upload.content, fileName: upload.fileName });
  const items = questionnaireItems(campaign.questionnaire);
  const paperItems: PaperItem[] = items.map((i) => ({
    id: i.id,
    kind: i.kind,
    options: i.options?.map((o) => o.value),
  }));
  // A unit's officer imports only their own unit's forms; the office any unit of the campaign.
  const allowed = campaign.units.filter((u) => can(actor, 'surveys.enterPaper', { unitId: u.unitId }));
  const unitOf = new Map(allowed.map((u) => [u.code, u.unitId]));
  const read = readPaperRows(
    [{ row: 1, cells: table.header }, ...table.rows.map((cells, i) => ({ row: i + 2, cells }))],
    paperItems,
    new Set(unitOf.keys()),
    { from: campaign.startsOn, to: campaign.endsOn },
  );
  const problems = read.ok ? [] : [...read.problems];
  const forms: { unitId: string; date: string; submission: ValidSubmission }[] = [];
  if (read.ok)
    for (const row of read.responses) {
      const raw: RawAnswers = Object.fromEntries(
        Object.entries(row.answers).map(([id, value]) => [id, Array.isArray(value) ? value : String(value)]),
      );
      const checked = validateSubmission(campaign.questionnaire, raw);
      if (!checked.ok) problems.push(...checked.issues.map((issue) => `Dòng ${row.row}: ${issue.message}`));
      else forms.push({ unitId: unitOf.get(row.unitCode)!, date: row.date, submission: checked.value });
    }
  if (problems.length)
    throw new AppError('IMPORT_ROWS_INVALID', { count: problems.length, file: 'upload' }, { problems });
  return ctx.db.transaction(async (tx) => {
    const ids = await insertPaperResponses(
      tx,
      actor.userId,
      items,
      forms.map((f) => ({
        campaignId: campaign.id,
        unitId: f.unitId,
        questionnaireVersionId: campaign.questionnaireVersionId,
        submittedAt: formInstant(f.date),
        submission: f.submission,
      })),
    );
    const answers = forms.reduce((n, f) => n + f.submission.answers.size, 0);
    await recordAudit(tx, actor, {
      action: 'surveyCampaign.importPaper',
      entityId: campaign.id,
      after: { file: upload.fileName, responses: ids.length, answers },
    });
    return { responses: ids.length, answers };
  });
}

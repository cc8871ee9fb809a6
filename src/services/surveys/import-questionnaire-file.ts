import { readUploadContent, type UploadedFile } from '../../files/upload-content.js';
import { AppError } from '../../domain/errors.js';
import { readQuestionnaireXlsx } from '../../readers/surveys/questionnaire-xlsx.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { importQuestionnaire } from './import-questionnaire.js';

/** A questionnaire file (JSON `cchc.survey/v1` or the XLSX the export writes) imported as a new version. */
export async function importQuestionnaireFile(ctx: ServiceContext, file: UploadedFile) {
  await authorize(ctx, 'surveys.manage');
  if (file.content.size > 2 * 1024 * 1024) throw new AppError('SURVEY_TOO_LARGE', { limit: '2 MB' });
  const bytes = await readUploadContent(file.content);
  if (/\.xlsx$/i.test(file.fileName)) return importQuestionnaire(ctx, await readQuestionnaireXlsx(bytes));
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new AppError('QUESTIONNAIRE_INVALID', {
      issues: [{ message: `Tệp “${file.fileName}” không phải JSON hoặc Excel (.xlsx) đọc được.` }],
    });
  }
  return importQuestionnaire(ctx, raw);
}

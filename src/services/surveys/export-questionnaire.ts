import type { FileResponse } from '../../contracts/endpoint.js';
import { questionnaireXlsx } from '../../writers/surveys/questionnaire-xlsx.js';
import type { ServiceContext } from '../context.js';
import { getQuestionnaireVersion } from './list-questionnaires.js';

/** A version as its `cchc.survey/v1` JSON file or as XLSX, both formats the import reads. */
export async function exportQuestionnaire(
  ctx: ServiceContext,
  versionId: string,
  format: 'json' | 'xlsx',
): Promise<FileResponse> {
  const v = await getQuestionnaireVersion(ctx, versionId);
  const name = `phieu-${v.content.code}-v${v.version}`;
  if (format === 'xlsx')
    return {
      kind: 'file',
      bytes: await questionnaireXlsx(v.content),
      fileName: `${name}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
  return {
    kind: 'file',
    bytes: new TextEncoder().encode(JSON.stringify(v.content, null, 2) + '\n'),
    fileName: `${name}.json`,
    contentType: 'application/json',
  };
}

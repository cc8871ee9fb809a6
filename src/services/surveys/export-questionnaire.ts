import type { FileResponse } from '../../contracts/endpoint.js';
import type { ServiceContext } from '../context.js';
import { getQuestionnaireVersion } from './list-questionnaires.js';

/** A version as its `cchc.survey/v1` JSON file, the same format the import reads. */
export async function exportQuestionnaire(ctx: ServiceContext, versionId: string): Promise<FileResponse> {
  const v = await getQuestionnaireVersion(ctx, versionId);
  return {
    kind: 'file',
    bytes: new TextEncoder().encode(JSON.stringify(v.content, null, 2) + '\n'),
    fileName: `phieu-${v.content.code}-v${v.version}.json`,
    contentType: 'application/json',
  };
}

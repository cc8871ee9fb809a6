import { storedFileDownload } from '../../db/queries/files/stored-file-download.js';
import { loadResult } from '../../db/queries/indices/index-rows.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** The source document of a result (published results are open to everyone signed in). */
export async function downloadIndexSource(ctx: ServiceContext, resultId: string) {
  await authorize(ctx, 'indices.read', { indexResultId: resultId });
  const row = await loadResult(ctx.db, resultId);
  return storedFileDownload(ctx.db, ctx.files, row?.sourceFileId, 'văn bản nguồn của kết quả chỉ số');
}

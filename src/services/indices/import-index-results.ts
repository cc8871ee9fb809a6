import type { UploadedFile } from '../../files/upload-content.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { storeUpload } from '../../db/queries/files/store-upload.js';
import { loadIndices } from '../../db/queries/indices/index-rows.js';
import { AppError } from '../../domain/errors.js';
import { readIndexRows } from '../../domain/indices/import-rows.js';
import { resultIssues } from '../../domain/indices/validate-result.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { ensureIndices } from './steps/ensure-indices.js';
import { auditedResult } from './steps/result-view.js';
import { writeResult } from './steps/write-result.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Imports index results from a spreadsheet (XLSX or CSV): one row per province and year for the whole index and
 * one per area. All or nothing: any row error (in Vietnamese, naming row and column) and nothing is written. The
 * file is kept as the results' source, downloadable beside them.
 */
export async function importIndexResults(ctx: ServiceContext, upload: UploadedFile) {
  const actor = await authorize(ctx, 'indices.manage');
  await ensureIndices(ctx.db);
  const table = await readUploadOffThread({ kind: 'table', content: upload.content, fileName: upload.fileName });
  const indices = await loadIndices(ctx.db);
  const known = new Map(indices.map((i) => [i.code, i]));
  const { results, errors } = readIndexRows(table, known);
  for (const r of results)
    for (const issue of resultIssues(r, known.get(r.indexCode)!.maxScore))
      errors.push({ row: 0, column: null, message: `${r.province} năm ${r.year}: ${issue.message}` });
  if (errors.length || results.length === 0) {
    const list = errors.length ? errors : [{ row: 1, column: null, message: 'Tệp không có dòng kết quả nào.' }];
    throw new AppError('IMPORT_ROWS_INVALID', { count: list.length, file: 'upload' }, { errors: list });
  }
  return ctx.db.transaction(async (tx) => {
    const file = await storeUpload(tx, ctx.files, actor, 'indices', {
      content: upload.content,
      fileName: upload.fileName,
      contentType: upload.fileName.toLowerCase().endsWith('.csv') ? 'text/csv' : XLSX_MIME,
    });
    let replaced = 0;
    for (const result of results) {
      const { before, after } = await writeResult(
        tx,
        actor,
        ctx.now(),
        { ...result, sourceFileId: file.id, sourceNote: `Nhập từ tệp ${file.fileName}` },
        `Thay bằng kết quả nhập từ tệp ${file.fileName}`,
      );
      if (before) replaced++;
      await recordAudit(tx, actor, {
        action: 'indexResult.import',
        entityId: after.id,
        before: before ? auditedResult(before) : null,
        after: { ...auditedResult(after), fileName: file.fileName },
      });
    }
    return { imported: results.length, replaced };
  });
}

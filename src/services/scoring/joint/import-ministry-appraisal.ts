/**
 * The Ministry's appraisal imported from its table (XLSX or CSV: "Mã tiêu chí", "Điểm thẩm định", "Lý do"): every
 * row is checked first and the file is refused whole, naming the rows, if any is wrong; then all are written in one
 * transaction over the versions read there (a row equal to what is stored is left unchanged).
 */
import { readUploadOffThread } from '../../../readers/read-upload.js';
import { appraisalRows } from '../../../readers/ministry-appraisal.js';
import type { Upload } from '../../../db/queries/files/store-upload.js';
import { findEntry } from '../../../db/queries/scoring/round-data.js';
import { AppError } from '../../../domain/errors.js';
import { formatNumberVi } from '../../../domain/text/format.js';
import type { CriteriaNode, LeafEntry } from '../../../domain/scoring/types.js';
import { authorize } from '../../access/authorize.js';
import type { ServiceContext } from '../../context.js';
import { appraisedLeaf, openMinistryAppraisal, writeMinistryAppraisal } from './record-ministry-appraisal.js';
import { checkLeafEntry } from '../../../domain/scoring/leaf-entry-check.js';

/** The entry for the Ministry's points: direct points, or đạt/không đạt for a yes/no criterion. */
function entryForPoints(leaf: CriteriaNode, points: number): LeafEntry | string {
  const method = leaf.method?.type ?? 'manual';
  if (method === 'manual') return { value: points };
  if (method === 'yes_no') {
    if (points === 0) return { value: false };
    if (points === leaf.maxPoints) return { value: true };
    return `tiêu chí đạt/không đạt chỉ nhận 0 hoặc ${formatNumberVi(leaf.maxPoints ?? 0)} điểm`;
  }
  return 'tiêu chí chấm theo số liệu: hãy nhập kết quả thẩm định trên trang đợt đánh giá';
}

export async function importMinistryAppraisal(ctx: ServiceContext, roundId: string, upload: Upload) {
  const actor = await authorize(ctx, 'scoring.manage', { roundId }, 'nhập kết quả thẩm định của Bộ Nội vụ');
  const table = await readUploadOffThread({ kind: 'table', content: upload.content, fileName: upload.fileName });
  const rows = appraisalRows(table);
  let saved = 0;
  let unchanged = 0;
  await ctx.db.transaction(async (tx) => {
    const loaded = await openMinistryAppraisal(tx, roundId);
    const problems: string[] = [];
    const checked: { code: string; entry: LeafEntry; reason: string }[] = [];
    const seen = new Set<string>();
    for (const r of rows) {
      const where = `Dòng ${r.row}`;
      let leaf: CriteriaNode;
      try {
        leaf = appraisedLeaf(loaded.set, r.code);
      } catch {
        problems.push(`${where}: mã "${r.code}" không phải tiêu chí tự đánh giá của bộ tiêu chí ${loaded.set.code}.`);
        continue;
      }
      if (seen.has(r.code)) problems.push(`${where}: tiêu chí ${r.code} có hơn một dòng.`);
      seen.add(r.code);
      if (r.points === null) {
        problems.push(`${where}: điểm "${r.pointsText}" không phải là số.`);
        continue;
      }
      const entry = entryForPoints(leaf, r.points);
      if (typeof entry === 'string') {
        problems.push(`${where}: ${entry}.`);
        continue;
      }
      try {
        checkLeafEntry(leaf, entry);
      } catch (e) {
        problems.push(`${where}: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      checked.push({ code: r.code, entry, reason: r.reason });
    }
    if (!rows.length) problems.push('Tệp không có dòng nào.');
    if (problems.length) throw new AppError('INVALID_APPRAISAL_FILE', { problems }, { problems });
    for (const row of checked) {
      const current = await findEntry(tx, roundId, loaded.unitId, row.code);
      const same =
        current?.appraisedBy &&
        JSON.stringify(current.appraisedEntry) === JSON.stringify(row.entry) &&
        (current.appraisalReason ?? '') === row.reason;
      if (same) {
        unchanged += 1;
        continue;
      }
      await writeMinistryAppraisal(ctx, tx, actor, loaded, row.code, {
        version: current?.version ?? 0,
        entry: row.entry,
        reason: row.reason,
      });
      saved += 1;
    }
  });
  return { saved, unchanged };
}

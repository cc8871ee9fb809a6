/**
 * PAKN items from a spreadsheet (XLSX or CSV), one row an item (columns: Ngày nhận, Kênh tiếp nhận, Người gửi,
 * Liên hệ, Tiêu đề, Nội dung, Mã đơn vị xử lý, Số phiếu): all or nothing. When any row is wrong nothing is stored
 * and every problem is named by row and column, in Vietnamese; otherwise all rows go in one transaction, each
 * with its due date (15 working days) and its audit row.
 */
import { citizenFeedback } from '../../db/schema/index.js';
import { liveUnitsByCode } from '../../db/queries/citizen-feedback/feedback-rows.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import type { Upload } from '../../db/queries/files/store-upload.js';
import { readFeedbackRows } from '../../domain/citizen-feedback/import-rows.js';
import { ANSWER_WORKING_DAYS } from '../../domain/citizen-feedback/workflow.js';
import { addWorkingDays } from '../../domain/citizen-feedback/working-days.js';
import { AppError } from '../../domain/errors.js';
import { localDateOf } from '../../domain/text/format.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';
import { tellUnit } from './receive-feedback.js';
import { workingCalendarOf } from '../working-calendar/calendar.js';

export async function importFeedback(ctx: ServiceContext, upload: Upload) {
  const actor = await authorize(ctx, 'feedback.manage', {}, 'nhập tệp phản ánh, kiến nghị');
  const table = await readUploadOffThread({ kind: 'table', content: upload.content, fileName: upload.fileName });
  const provinceId = await provinceOfUnit(ctx.db, actor.unitId);
  const unitIds = await liveUnitsByCode(ctx.db, provinceId);
  const read = readFeedbackRows(table.header, table.rows, new Set(unitIds.keys()), localDateOf(ctx.now()));
  if (!read.ok)
    throw new AppError(
      'IMPORT_ROWS_INVALID',
      { count: read.problems.length, file: 'upload' },
      { problems: read.problems },
    );
  const calendar = await workingCalendarOf(ctx.db);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    let assigned = 0;
    for (const row of read.rows) {
      const unitId = row.unitCode ? unitIds.get(row.unitCode)! : null;
      const dueOn = addWorkingDays(row.receivedOn, ANSWER_WORKING_DAYS, calendar);
      const [inserted] = await tx
        .insert(citizenFeedback)
        .values({
          reference: row.reference,
          receivedOn: row.receivedOn,
          channel: row.channel,
          senderName: row.senderName,
          senderContact: row.senderContact,
          subject: row.subject,
          content: row.content,
          dueOn,
          unitId,
          provinceId,
          assignedAt: unitId ? now : null,
          status: unitId ? 'assigned' : 'received',
          createdBy: actor.userId,
          createdAt: now,
        })
        .returning({ id: citizenFeedback.id });
      await recordAudit(tx, actor, {
        action: 'citizenFeedback.import',
        entityId: inserted!.id,
        after: {
          receivedOn: row.receivedOn,
          channel: row.channel,
          subject: row.subject,
          dueOn,
          unitId,
          reference: row.reference,
          file: upload.fileName,
          row: row.row,
        },
      });
      if (unitId) {
        assigned += 1;
        await tellUnit(tx, unitId, inserted!.id, row.subject, dueOn);
      }
    }
    return { imported: read.rows.length, assigned };
  });
}

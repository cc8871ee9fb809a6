import { localDateOf } from '../../domain/text/format.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { createBackup } from './backup.js';

/**
 * A backup taken by the running server (the one process that may open an embedded database), for an
 * administrator: the same archive as `cchc backup`, one consistent snapshot. The archive holds every
 * account's password hash, so who took one is recorded.
 */
export async function downloadBackup(ctx: ServiceContext) {
  const actor = await authorize(ctx, 'system.backup', {}, 'tải bản sao lưu toàn bộ dữ liệu');
  const bytes = await createBackup(ctx.db, ctx.files);
  const fileName = `cchc-sao-luu-${localDateOf(ctx.now())}.zip`;
  await ctx.db.transaction((tx) =>
    recordAudit(tx, actor, {
      action: 'system.downloadBackup',
      entityId: null,
      after: { fileName, bytes: bytes.length },
    }),
  );
  return { kind: 'file' as const, bytes, fileName, contentType: 'application/zip' };
}

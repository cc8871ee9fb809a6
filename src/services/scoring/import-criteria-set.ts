/**
 * Stores a criteria set read from JSON (the format of docs/criteria-format.md, or the web editor's
 * save) or XLSX. A set is never overwritten: the same code again becomes the next version, unless
 * the content is identical to the latest one, which is then returned as it is.
 */
import { parseCriteriaSet } from '../../contracts/criteria.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import { storeUpload, type Upload } from '../../db/queries/files/store-upload.js';
import { storeCriteriaSet } from '../../db/queries/scoring/store-criteria-set.js';

export async function importCriteriaSet(ctx: ServiceContext, source: { json: unknown } | { file: Upload }) {
  const actor = await authorize(ctx, 'scoring.manage', {}, 'nhập bộ tiêu chí');
  const set =
    'json' in source ? parseCriteriaSet(source.json) : await readUploadOffThread({ kind: 'criteria', ...source.file });
  return ctx.db.transaction(async (tx) => {
    const fileId = 'file' in source ? (await storeUpload(tx, ctx.files, actor, 'criteria', source.file)).id : null;
    return storeCriteriaSet(tx, actor, set, fileId, ctx.now());
  });
}

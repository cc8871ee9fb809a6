import { newestFirst, selectApiTokens, toApiTokenView } from '../../db/queries/api-tokens/api-token-rows.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** Every token issued, revoked ones too (they say when and why): never a token itself. */
export async function listApiTokens(ctx: ServiceContext) {
  await authorize(ctx, 'apiTokens.manage', {}, 'xem mã truy cập API');
  const now = ctx.now();
  const rows = await selectApiTokens(ctx.db).orderBy(...newestFirst);
  return { items: rows.map((row) => toApiTokenView(row, now)) };
}

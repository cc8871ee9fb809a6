import { selectSsoAccountRules, toSsoAccountRuleView } from '../../db/queries/sso/sso-accounts.js';
import { ssoAccountRules } from '../../db/schema/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

export async function listSsoAccountRules(ctx: ServiceContext) {
  await authorize(ctx, 'users.manage', {}, 'xem quy tắc tạo tài khoản đăng nhập một lần');
  const rows = await selectSsoAccountRules(ctx.db).orderBy(ssoAccountRules.emailDomain);
  return { items: rows.map(toSsoAccountRuleView) };
}

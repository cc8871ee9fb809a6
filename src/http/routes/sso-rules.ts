import { endpoints } from '../../contracts/endpoints/index.js';
import { createSsoAccountRule } from '../../services/sso-rules/create-sso-account-rule.js';
import { deleteSsoAccountRule } from '../../services/sso-rules/delete-sso-account-rule.js';
import { listSsoAccountRules } from '../../services/sso-rules/list-sso-account-rules.js';
import { handle } from '../route.js';

export const ssoRuleRoutes = [
  handle(endpoints.listSsoAccountRules, (_input, ctx) => listSsoAccountRules(ctx)),
  handle(endpoints.createSsoAccountRule, ({ body }, ctx) => createSsoAccountRule(ctx, body)),
  handle(endpoints.deleteSsoAccountRule, ({ params }, ctx) => deleteSsoAccountRule(ctx, params.id)),
];

import { byId } from '../common.js';
import { endpoint } from '../endpoint.js';
import { createSsoAccountRuleRequest, ssoAccountRule, ssoAccountRuleList } from '../sso-rules.js';

const tag = 'sso-rules';

/** The administrator's mapping for single sign-on: which e-mail domains get an account on first sign-in, and as whom. */
export const ssoRuleEndpoints = {
  listSsoAccountRules: endpoint({
    method: 'get',
    path: '/sso-account-rules',
    summary: 'Quy tắc tạo tài khoản khi đăng nhập một lần lần đầu (theo tên miền thư điện tử)',
    tag,
    access: 'signed-in',
    action: 'users.manage',
    response: ssoAccountRuleList,
  }),
  createSsoAccountRule: endpoint({
    method: 'post',
    path: '/sso-account-rules',
    summary: 'Thêm quy tắc: tên miền thư điện tử → vai trò và đơn vị của tài khoản được tạo',
    tag,
    access: 'signed-in',
    action: 'users.manage',
    body: createSsoAccountRuleRequest,
    response: ssoAccountRule,
    status: 201,
  }),
  deleteSsoAccountRule: endpoint({
    method: 'delete',
    path: '/sso-account-rules/:id',
    summary: 'Bỏ quy tắc tạo tài khoản (tài khoản đã tạo vẫn giữ nguyên)',
    tag,
    access: 'signed-in',
    action: 'users.manage',
    params: byId,
    response: 'none',
  }),
};

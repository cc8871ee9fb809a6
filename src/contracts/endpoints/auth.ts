import { changePasswordRequest, loginRequest, logoutResponse, sessionResponse, signInOptions } from '../auth.js';
import { endpoint } from '../endpoint.js';

const tag = 'auth';

export const authEndpoints = {
  getSignInOptions: endpoint({
    method: 'get',
    path: '/auth/options',
    summary: 'Cách đăng nhập: mật khẩu, đăng nhập một lần (OpenID Connect)',
    tag,
    access: 'public',
    response: signInOptions,
  }),
  login: endpoint({
    method: 'post',
    path: '/auth/login',
    summary: 'Đăng nhập',
    tag,
    access: 'public',
    body: loginRequest,
    response: sessionResponse,
  }),
  logout: endpoint({
    method: 'post',
    path: '/auth/logout',
    beforePasswordChange: true,
    summary: 'Đăng xuất',
    tag,
    access: 'signed-in',
    action: 'account.own',
    response: logoutResponse,
  }),
  getCurrentSession: endpoint({
    method: 'get',
    path: '/auth/me',
    beforePasswordChange: true,
    summary: 'Người dùng đang đăng nhập',
    tag,
    access: 'signed-in',
    action: 'account.own',
    response: sessionResponse,
  }),
  changeOwnPassword: endpoint({
    method: 'post',
    path: '/auth/password',
    beforePasswordChange: true,
    summary: 'Đổi mật khẩu của mình',
    tag,
    access: 'signed-in',
    action: 'account.own',
    body: changePasswordRequest,
    response: 'none',
  }),
};

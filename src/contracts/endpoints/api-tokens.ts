import { apiTokenList, issueApiTokenRequest, issuedApiToken } from '../api-tokens.js';
import { byId, reasonBody } from '../common.js';
import { endpoint } from '../endpoint.js';

const tag = 'api-tokens';

/** Tokens for other systems (the LGSP, the procedure system): the administrator issues and revokes them. */
export const apiTokenEndpoints = {
  listApiTokens: endpoint({
    method: 'get',
    path: '/api-tokens',
    summary: 'Mã truy cập API của các hệ thống khác: phạm vi, ngày cấp, lần dùng gần nhất, trạng thái',
    tag,
    access: 'signed-in',
    action: 'apiTokens.manage',
    response: apiTokenList,
  }),
  issueApiToken: endpoint({
    method: 'post',
    path: '/api-tokens',
    summary: 'Cấp mã truy cập API cho một hệ thống (mã chỉ hiện một lần)',
    tag,
    access: 'signed-in',
    action: 'apiTokens.manage',
    body: issueApiTokenRequest,
    response: issuedApiToken,
    status: 201,
  }),
  revokeApiToken: endpoint({
    method: 'post',
    path: '/api-tokens/:id/revoke',
    summary: 'Thu hồi mã truy cập API (ghi lý do)',
    tag,
    access: 'signed-in',
    action: 'apiTokens.manage',
    params: byId,
    body: reasonBody,
    response: 'none',
  }),
};

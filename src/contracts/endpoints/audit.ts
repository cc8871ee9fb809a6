import { auditPage, listAuditQuery } from '../audit.js';
import { endpoint } from '../endpoint.js';

export const auditEndpoints = {
  listAudit: endpoint({
    method: 'get',
    path: '/audit',
    summary: 'Nhật ký thay đổi',
    tag: 'audit',
    access: 'signed-in',
    action: 'audit.read',
    query: listAuditQuery,
    response: auditPage,
  }),
};

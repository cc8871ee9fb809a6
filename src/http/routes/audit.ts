import { auditPage, listAuditQuery } from '../../contracts/audit.js';
import { listAudit } from '../../services/audit/list-audit.js';
import { route } from '../route.js';

export const auditRoutes = [
  route({ method: 'get', path: '/audit', summary: 'Nhật ký thay đổi', tag: 'audit', access: 'signed-in', action: 'audit.read', query: listAuditQuery, response: auditPage, handler: ({ query }, ctx) => listAudit(ctx, query) }),
];

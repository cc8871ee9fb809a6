import { endpoints } from '../../contracts/endpoints/index.js';
import { listAudit } from '../../services/audit/list-audit.js';
import { handle } from '../route.js';

export const auditRoutes = [handle(endpoints.listAudit, ({ query }, ctx) => listAudit(ctx, query))];

import { redirect } from '@tanstack/react-router';
import { z } from 'zod';
import type { Role } from '../../../src/contracts/auth.js';
import { assignmentStatus, completenessQuery } from '../../../src/contracts/reporting.js';
import { canFollowReporting } from './access.js';

const id = z.uuid().optional().catch(undefined);
const text = z.string().max(200).optional().catch(undefined);

export const tasksSearch = z.object({
  planId: id,
  /** A figure's rows (src/services/figures/sources): one unit's work, the work it leads. */
  unitId: id,
  role: z.enum(['lead', 'cooperating']).optional().catch(undefined),
  status: assignmentStatus.optional().catch(undefined),
  area: z.string().max(20).optional().catch(undefined),
  due: z.enum(['due_soon', 'overdue']).optional().catch(undefined),
  q: text,
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type TasksSearch = z.infer<typeof tasksSearch>;

export const reportsSearch = z.object({
  planId: id,
  periodId: id,
  area: z.string().max(20).optional().catch(undefined),
  kind: completenessQuery.shape.kind.catch(undefined),
  level: completenessQuery.shape.level.catch(undefined),
});
export type ReportsSearch = z.infer<typeof reportsSearch>;

/** The drill-down of the province-wide dashboard is for those who follow many units; a reporter has their own overview. */
export function sendReportersToTasks({ context }: { context: { session: { user: { role: Role } } } }): void {
  if (!canFollowReporting(context.session.user.role)) throw redirect({ to: '/nhiem-vu' });
}

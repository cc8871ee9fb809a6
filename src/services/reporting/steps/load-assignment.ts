import { eq } from 'drizzle-orm';
import { assignments } from '../../../db/schema/index.js';
import { notFound } from '../../../domain/errors.js';
import type { ServiceContext } from '../../context.js';
import { selectAssignmentDetails, type AssignmentRow } from '../../../db/queries/reporting/assignment-queries.js';

/** One assignment, or 404: read once the caller's use case has been authorised for it. */
export async function loadAssignment(ctx: ServiceContext, id: string): Promise<AssignmentRow> {
  const [row] = await selectAssignmentDetails(ctx.db).where(eq(assignments.id, id));
  if (!row) throw notFound('nhiệm vụ');
  return row;
}

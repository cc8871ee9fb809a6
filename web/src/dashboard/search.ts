import { z } from 'zod';
import { unitKind } from '../../../src/contracts/units.js';

/** The dashboard's filters, kept in the address so a view can be bookmarked and shared. */
export const dashboardSearch = z.object({
  planId: z.uuid().optional().catch(undefined),
  periodId: z.uuid().optional().catch(undefined),
  area: z.string().max(20).optional().catch(undefined),
  kind: unitKind.optional().catch(undefined),
});
export type DashboardSearch = z.infer<typeof dashboardSearch>;

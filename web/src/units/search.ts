import { z } from 'zod';
import { governmentLevel, unitKind } from '../../../src/contracts/units.js';
import { pageParam, textParam } from '../searchParams.js';

/** The units list's filters, kept in the address. */
export const unitsSearch = z.object({
  q: textParam,
  kind: unitKind.optional().catch(undefined),
  level: governmentLevel.optional().catch(undefined),
  validAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  archived: z.boolean().optional().catch(undefined),
  view: z.enum(['table', 'tree']).optional().catch(undefined),
  page: pageParam,
});
export type UnitsSearch = z.infer<typeof unitsSearch>;

import { z } from 'zod';

/** A register list's filters, kept in the address (the dashboard tile links here with its year). */
export const registerListSearch = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  unitId: z.uuid().optional().catch(undefined),
  status: z.enum(['active', 'cancelled', 'all']).optional().catch(undefined),
  q: z.string().max(200).optional().catch(undefined),
  filters: z.string().max(500).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type RegisterListSearch = z.infer<typeof registerListSearch>;

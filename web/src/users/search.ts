import { z } from 'zod';
import { role } from '../../../src/contracts/auth.js';
import { pageParam, textParam } from '../searchParams.js';

/** The accounts list's filters, kept in the address. */
export const usersSearch = z.object({
  q: textParam,
  role: role.optional().catch(undefined),
  archived: z.boolean().optional().catch(undefined),
  page: pageParam,
});
export type UsersSearch = z.infer<typeof usersSearch>;

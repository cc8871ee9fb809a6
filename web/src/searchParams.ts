import { z } from 'zod';

/** Pieces of the search schemas kept in the address: a bad value is dropped, never an error page. */
export const pageParam = z.coerce.number().int().min(1).optional().catch(undefined);
export const textParam = z.string().max(200).optional().catch(undefined);

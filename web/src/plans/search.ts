import { z } from 'zod';
import { textParam } from '../searchParams.js';

/** The review of an uploaded plan: which warning to show and the text filter. */
export const planImportSearch = z.object({ warning: z.string().max(40).optional().catch(undefined), q: textParam });
export type PlanImportSearch = z.infer<typeof planImportSearch>;

/** A committed plan: which version to show (the latest when absent). */
export const planSearch = z.object({ version: z.coerce.number().int().min(1).optional().catch(undefined) });

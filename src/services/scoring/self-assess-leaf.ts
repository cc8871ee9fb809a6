/** The unit scores one leaf with the figures it declares and a note, during the self-assessment window. */
import type { z } from 'zod';
import type { selfAssessRequest } from '../../contracts/scoring.js';
import type { ServiceContext } from '../context.js';
import { selfAssessLeaves } from './self-assess-leaves.js';

export async function selfAssessLeaf(
  ctx: ServiceContext,
  roundId: string,
  unitId: string,
  code: string,
  input: z.infer<typeof selfAssessRequest>,
) {
  return selfAssessLeaves(ctx, roundId, unitId, { entries: [{ ...input, code }] });
}

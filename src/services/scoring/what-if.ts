/** What-if planning for the province's own PAR INDEX: last year's points and a target per area → what each criterion must reach. */
import type { z } from 'zod';
import type { whatIfRequest } from '../../contracts/scoring.js';
import { AppError } from '../../domain/errors.js';
import { scoreUnit } from '../../domain/scoring/score-unit.js';
import { planTargets } from '../../domain/scoring/what-if.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { loadCriteriaSetRow } from '../../db/queries/scoring/criteria-set-row.js';

export async function planWhatIf(ctx: ServiceContext, setId: string, input: z.infer<typeof whatIfRequest>) {
  await authorize(ctx, 'scoring.whatIf', {}, 'lập phương án nâng điểm Chỉ số CCHC của tỉnh');
  const { row } = await loadCriteriaSetRow(ctx.db, setId);
  const set = row.content;
  const lastYear = scoreUnit(set, 'province', input.entries);
  const errors = lastYear.issues.filter((i) => i.severity === 'error');
  if (errors.length)
    throw new AppError('INVALID_ENTRY', { previousRound: errors.map((e) => e.message) }, { issues: errors });
  const plan = planTargets(set, lastYear, input.targets, input.pinned);
  return { lastYear: { total: lastYear.total, percent: lastYear.percent }, ...plan };
}

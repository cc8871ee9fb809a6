/**
 * A criterion of the province's joint round that the Ministry's appraisal deducted, as lost-points work: named as the
 * PAR INDEX (the national index the round assesses), in the criterion's area, with the points deducted against its
 * maximum. Shared by the round's "turn into work" and next year's plan taking it in.
 */
import type { Tx } from '../../../db/client.js';
import { loadIndex } from '../../../db/queries/indices/index-rows.js';
import { areaOf, indexByCode } from '../../../domain/scoring/tree.js';
import type { CriteriaSet } from '../../../domain/scoring/types.js';
import { formatNumberVi } from '../../../domain/text/format.js';
import type { IndexWork } from './add-index-work.js';

export const PAR_INDEX_CODE = 'PAR_INDEX';

export async function deductionWork(
  tx: Tx,
  round: { id: string; name: string },
  set: CriteriaSet,
  code: string,
  lost: number,
): Promise<Omit<IndexWork, 'unitId' | 'planId'>> {
  const node = indexByCode(set).get(code);
  const name = node?.title ?? code;
  const maxPoints = node?.maxPoints ?? null;
  const index = await loadIndex(tx, PAR_INDEX_CODE);
  const max = maxPoints !== null ? `/${formatNumberVi(maxPoints)}` : '';
  return {
    origin: { roundId: round.id },
    indexCode: index?.code ?? PAR_INDEX_CODE,
    indexName: index?.name ?? 'Chỉ số CCHC (PAR INDEX)',
    year: set.year,
    areaCode: areaOf(set).get(code) ?? code,
    criterionCode: code,
    name,
    lost,
    maxPoints,
    title: `Khắc phục điểm bị Bộ Nội vụ trừ khi thẩm định, tiêu chí ${code} (${name}): trừ ${formatNumberVi(lost)}${max} điểm (${round.name})`,
  };
}

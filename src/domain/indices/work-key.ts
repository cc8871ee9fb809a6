/**
 * The activity key of work made from points lost in a national index: "CSQG-PAR_INDEX-2023-5" (area 5), with the
 * criterion when the figures go that deep ("…-5-5.TD"). Such activities live beside the plan's own lines, so a
 * later version of the plan document does not remove them.
 */
export const INDEX_WORK_PREFIX = 'CSQG-';

export const indexWorkKey = (
  indexCode: string,
  year: number,
  areaCode: string,
  criterionCode: string | null,
  n: number,
) =>
  `${INDEX_WORK_PREFIX}${indexCode}-${year}-${areaCode}${criterionCode ? `-${criterionCode}` : ''}${n > 1 ? `-${n}` : ''}`;

export const isIndexWorkKey = (key: string) => key.startsWith(INDEX_WORK_PREFIX);

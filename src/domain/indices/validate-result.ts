/** A result typed into the tracker's form, checked against its index: each refusal names the field. */
import { formatNumberVi } from '../text/format.js';
import type { AreaResult } from './types.js';

export interface ResultInput {
  year: number;
  province: string;
  score: number | null;
  rank: number | null;
  rankOf: number | null;
  areas: AreaResult[];
}

export function resultIssues(input: ResultInput, maxScore: number | null): { message: string }[] {
  const issues: string[] = [];
  if (!input.province.trim()) issues.push('Tỉnh: chưa ghi tên tỉnh.');
  if (input.score !== null && maxScore !== null && input.score > maxScore)
    issues.push(`Điểm: ${formatNumberVi(input.score)} lớn hơn điểm tối đa của chỉ số (${formatNumberVi(maxScore)}).`);
  if (input.rank !== null && input.rankOf !== null && input.rank > input.rankOf)
    issues.push(`Thứ hạng: ${input.rank} lớn hơn số tỉnh được xếp hạng (${input.rankOf}).`);
  if (input.rank !== null && input.rankOf === null)
    issues.push('Số tỉnh: hãy ghi thứ hạng trên bao nhiêu tỉnh, thành phố (ví dụ 63, hoặc 34 từ năm 2025).');
  const seen = new Set<string>();
  for (const area of input.areas) {
    if (seen.has(area.code)) issues.push(`Lĩnh vực ${area.code}: nhập hai lần.`);
    seen.add(area.code);
    if (area.score !== null && area.maxPoints !== null && area.score > area.maxPoints)
      issues.push(
        `Lĩnh vực ${area.code}: điểm ${formatNumberVi(area.score)} lớn hơn điểm tối đa ${formatNumberVi(area.maxPoints)}.`,
      );
    if (area.parent && !input.areas.some((a) => a.code === area.parent) && !area.parent)
      issues.push(`Lĩnh vực ${area.code}: không có lĩnh vực “${area.parent}”.`);
  }
  return issues.map((message) => ({ message }));
}

/**
 * The Vĩnh Phúc PAR INDEX 2023 as the plan prints it (test/fixtures/plans/vinh-phuc-2024.txt, Kế hoạch 152/KH-UBND),
 * read from the document's own sentences, so the tracker is checked against the plan's analysis and not a copy.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { indexResultRequest } from '../../src/contracts/indices.js';
import { parseVietnameseNumber } from '../../src/domain/text/numbers.js';

export const VINH_PHUC_PLAN = readFileSync(new URL('../fixtures/plans/vinh-phuc-2024.txt', import.meta.url), 'utf8');

const num = (s: string) => parseVietnameseNumber(s.replace('0.86', '0,86'), { prefer: 'decimal' }).value!;

/** "**5. Cải cách chế độ công vụ:** Năm 2023, đạt 12,54 điểm/15 điểm tối đa (đạt tỷ lệ 85,26%) …" per area 1–7. */
export function printedAreas() {
  const out: {
    code: string;
    name: string;
    score: number;
    maxPoints: number;
    percent: number;
    self?: [number, number];
    survey?: [number, number];
  }[] = [];
  const re =
    /\*\*(\d)\. ([^:*]+):\*\* Năm 2023[:,] [Đđ]ạt ([\d,]+)(?: điểm)?\/([\d,]+) điểm tối đa \(đạt tỷ lệ ([\d,]+)%\)([^\n]*)/g;
  for (const m of VINH_PHUC_PLAN.matchAll(re)) {
    const rest = m[6]!;
    const self = /điểm tự đánh giá:? đạt ([\d,.]+) điểm \(tối đa:? ([\d,]+) điểm\)/i.exec(rest);
    const survey = /điểm điều tra xã hội học:? (?:đạt )?([\d,.]+) điểm \(tối đa:? ([\d,]+) điểm\)/i.exec(rest);
    out.push({
      code: m[1]!,
      name: m[2]!.trim(),
      score: num(m[3]!),
      maxPoints: num(m[4]!),
      percent: num(m[5]!),
      ...(self ? { self: [num(self[1]!), num(self[2]!)] as [number, number] } : {}),
      ...(survey ? { survey: [num(survey[1]!), num(survey[2]!)] as [number, number] } : {}),
    });
  }
  return out;
}

/** Area 8's three figures: leaders' survey (a declared sum), socio-economic impact, SIPAS. */
export function printedArea8() {
  const leaders = /Khảo sát Lãnh đạo quản lý đạt ([\d,]+) điểm\/(\d+) điểm tối đa/.exec(VINH_PHUC_PLAN)!;
  const impact = /Tác động đến phát triển kinh tế - xã hội ([\d,]+) điểm\/([\d,]+) điểm tối đa/.exec(VINH_PHUC_PLAN)!;
  const sipas = /\(SIPAS\) đạt ([\d,]+) điểm\/(\d+) điểm tối đa/.exec(VINH_PHUC_PLAN)!;
  return {
    leaders: { points: num(leaders[1]!), max: num(leaders[2]!) },
    impact: { points: num(impact[1]!), max: num(impact[2]!) },
    sipas: { points: num(sipas[1]!), max: num(sipas[2]!) },
  };
}

/** The total and rank: "đạt 86,44 điểm, xếp thứ 39/63 tỉnh, thành phố (giảm 32 bậc so với năm 2022)". */
export function printedTotal() {
  const m =
    /PAR INDEX\) của tỉnh Vĩnh Phúc đạt ([\d,]+) điểm, xếp thứ (\d+)\/(\d+) tỉnh, thành phố \(giảm (\d+) bậc/.exec(
      VINH_PHUC_PLAN,
    )!;
  return { score: num(m[1]!), rank: Number(m[2]), rankOf: Number(m[3]), fell: Number(m[4]) };
}

/** The 2023 result as the coordinator enters it in the tracker's form, every figure the plan prints. */
export function vinhPhuc2023Request(): z.input<typeof indexResultRequest> {
  const total = printedTotal();
  const a8 = printedArea8();
  return {
    year: 2023,
    province: 'Vĩnh Phúc',
    label: 'Vĩnh Phúc (trước sáp nhập)',
    own: true,
    score: total.score,
    rank: total.rank,
    rankOf: total.rankOf,
    areas: [
      ...printedAreas().map((a) => ({
        code: a.code,
        name: a.name,
        score: a.score,
        maxPoints: a.maxPoints,
        percent: a.percent,
        selfPoints: a.self?.[0] ?? null,
        selfMax: a.self?.[1] ?? null,
        surveyPoints: a.survey?.[0] ?? null,
        surveyMax: a.survey?.[1] ?? null,
      })),
      { code: '8', name: 'Tác động của cải cách hành chính', score: null, maxPoints: null },
      { code: '8.1', name: 'SIPAS', parent: '8', score: a8.sipas.points, maxPoints: a8.sipas.max },
      {
        code: '8.KTXH',
        name: 'Tác động đến phát triển kinh tế - xã hội',
        parent: '8',
        score: a8.impact.points,
        maxPoints: a8.impact.max,
      },
    ],
    declaredSums: [
      {
        label: 'Khảo sát lãnh đạo, quản lý',
        points: a8.leaders.points,
        maxPoints: a8.leaders.max,
        parts: ['2', '4', '5', '6', '7'].map((code) => ({ code, part: 'survey' as const })),
      },
    ],
    sourceNote: 'QĐ 273/QĐ-BNV ngày 10/4/2024, trích KH 152/KH-UBND',
  };
}

/** An XLSX of index results: a header and rows, as a coordinator would fill the template. */
export async function indexWorkbook(rows: (string | number)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Chỉ số');
  sheet.addRow([
    'Chỉ số',
    'Năm',
    'Tỉnh',
    'Nhãn',
    'Tỉnh mình',
    'Mã lĩnh vực',
    'Tên lĩnh vực',
    'Điểm',
    'Điểm tối đa',
    'Thứ hạng',
    'Số tỉnh',
  ]);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

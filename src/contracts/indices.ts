/** The national indices tracker: indices, a province's results per year, targets, lost points and their work. */
import { z } from 'zod';
import { isoDate, uuid } from './common.js';

const points = (label: string) => z.number().min(0).max(1000).meta({ label });
const optionalPoints = (label: string) => points(label).nullable().optional();
const place = (label: string) => z.number().int().min(1).max(1000).meta({ label });

export const indexCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_]{1,29}$/, 'Mã chỉ số chỉ gồm chữ không dấu, số và dấu gạch dưới (ví dụ PAR_INDEX).')
  .transform((s) => s.toUpperCase())
  .meta({ label: 'Mã chỉ số' });

export const indexArea = z.object({
  code: z.string().trim().min(1).max(20).meta({ label: 'Mã lĩnh vực' }),
  name: z.string().trim().min(1).max(300).meta({ label: 'Tên lĩnh vực' }),
  maxPoints: points('Điểm tối đa của lĩnh vực').nullable(),
  parent: z.string().trim().max(20).nullable().optional().meta({ label: 'Thuộc lĩnh vực' }),
});

export const areaResult = indexArea.extend({
  score: points('Điểm của lĩnh vực').nullable(),
  percent: z.number().min(0).max(100).nullable().optional().meta({ label: 'Tỷ lệ đạt (%)' }),
  selfPoints: optionalPoints('Điểm tự đánh giá'),
  selfMax: optionalPoints('Điểm tự đánh giá tối đa'),
  surveyPoints: optionalPoints('Điểm điều tra xã hội học'),
  surveyMax: optionalPoints('Điểm điều tra xã hội học tối đa'),
});

export const declaredIndexSum = z.object({
  label: z.string().trim().min(1).max(200).meta({ label: 'Tên tổng' }),
  points: points('Điểm của tổng'),
  maxPoints: optionalPoints('Điểm tối đa của tổng'),
  parts: z.array(z.object({ code: z.string().min(1).max(20), part: z.enum(['points', 'self', 'survey']) })).max(50),
});

export const indexRequest = z.object({
  code: indexCode,
  name: z.string().trim().min(3).max(200).meta({ label: 'Tên chỉ số' }),
  publisher: z.string().trim().max(200).default('').meta({ label: 'Cơ quan công bố' }),
  maxScore: points('Điểm tối đa của chỉ số').nullable(),
  areas: z.array(indexArea).max(100).default([]),
});

export const indexResultRequest = z.object({
  year: z.number().int().min(2000).max(2100).meta({ label: 'Năm' }),
  province: z.string().trim().min(1).max(200).meta({ label: 'Tỉnh' }),
  label: z.string().trim().max(200).default('').meta({ label: 'Nhãn hiển thị' }),
  own: z.boolean().meta({ label: 'Tỉnh mình' }),
  score: points('Điểm').nullable(),
  rank: place('Thứ hạng').nullable(),
  rankOf: place('Số tỉnh').nullable(),
  areas: z.array(areaResult).max(100).default([]),
  declaredSums: z.array(declaredIndexSum).max(20).default([]),
  publishedOn: isoDate.nullable().optional().meta({ label: 'Ngày công bố' }),
  sourceNote: z.string().trim().max(500).default('').meta({ label: 'Văn bản công bố' }),
});

export const indexTargetRequest = z.object({
  indexCode,
  year: z.number().int().min(2000).max(2100).meta({ label: 'Năm' }),
  areaCode: z.string().trim().min(1).max(20).nullable().default(null).meta({ label: 'Lĩnh vực' }),
  /** The plan's words; kind and value are read from them when not given. */
  text: z.string().trim().min(3).max(500).meta({ label: 'Mục tiêu (lời kế hoạch)' }),
  kind: z.enum(['top', 'climb', 'score']).optional().meta({ label: 'Loại mục tiêu' }),
  value: z.number().min(0).max(1000).optional().meta({ label: 'Giá trị mục tiêu' }),
  planId: uuid.nullable().optional(),
});

export const lostPointsWorkRequest = z.object({
  areaCode: z.string().trim().min(1).max(20).meta({ label: 'Lĩnh vực' }),
  criterionCode: z.string().trim().min(1).max(20).nullable().default(null).meta({ label: 'Tiêu chí' }),
  unitId: uuid.meta({ label: 'Cơ quan chủ trì' }),
  planId: uuid,
  title: z.string().trim().min(5).max(500).optional().meta({ label: 'Nội dung nhiệm vụ' }),
  dueOn: isoDate.nullable().optional().meta({ label: 'Hạn hoàn thành' }),
});

export const indexView = z.object({
  code: z.string(),
  name: z.string(),
  publisher: z.string(),
  maxScore: z.number().nullable(),
  areas: z.array(indexArea),
});

const comparison = z.object({
  against: z.string(),
  previousYear: z.number(),
  scoreChange: z.number().nullable(),
  rankChange: z.number().nullable(),
  text: z.string(),
});

export const indexResultView = z.object({
  id: z.string(),
  indexCode: z.string(),
  year: z.number(),
  province: z.string(),
  label: z.string(),
  name: z.string(),
  own: z.boolean(),
  score: z.number().nullable(),
  rank: z.number().nullable(),
  rankOf: z.number().nullable(),
  areas: z.array(areaResult),
  publishedOn: z.string().nullable(),
  sourceNote: z.string(),
  sourceFile: z.object({ fileName: z.string(), sizeBytes: z.number() }).nullable(),
  comparisons: z.array(comparison),
});

export const targetVerdictView = z.object({
  id: z.string(),
  indexCode: z.string(),
  year: z.number(),
  areaCode: z.string().nullable(),
  kind: z.enum(['top', 'climb', 'score']),
  value: z.number(),
  text: z.string(),
  described: z.string(),
  verdict: z.enum(['met', 'not_met', 'no_data']),
  figure: z.number().nullable(),
  verdictText: z.string(),
});

export const disagreementView = z.object({
  check: z.string(),
  severity: z.enum(['error', 'info']),
  code: z.string().nullable(),
  message: z.string(),
});

export const indexTracker = z.object({
  indices: z.array(
    indexView.extend({
      own: z.array(indexResultView),
      peers: z.array(indexResultView),
      targets: z.array(targetVerdictView),
    }),
  ),
});

export const lostPointsLineView = z.object({
  code: z.string(),
  name: z.string(),
  parent: z.string().nullable(),
  maxPoints: z.number().nullable(),
  score: z.number().nullable(),
  lost: z.number().nullable(),
  percent: z.number().nullable(),
  lastYearLost: z.number().nullable(),
  change: z.number().nullable(),
  work: z.array(
    z.object({
      id: z.string(),
      assignmentId: z.string(),
      unitId: z.string(),
      unitName: z.string(),
      criterionCode: z.string().nullable(),
      status: z.string(),
    }),
  ),
});

export const lostPointsView = z.object({
  result: indexResultView,
  indexName: z.string(),
  maxScore: z.number().nullable(),
  totalLost: z.number().nullable(),
  lastYear: z.string().nullable(),
  lines: z.array(lostPointsLineView),
  consistency: z.array(disagreementView),
});

export const lostPointsWorkResult = z.object({
  id: z.string(),
  assignmentId: z.string(),
  activityId: z.string(),
  planId: z.string(),
});

export const takeIndexWorkResult = z.object({ taken: z.number(), planId: z.string() });

export const indexImportResult = z.object({ imported: z.number(), replaced: z.number() });

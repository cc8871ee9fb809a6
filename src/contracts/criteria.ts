/**
 * The criteria-set JSON format (docs/criteria-format.md), shared by the server and the browser.
 * Shape errors come from the schema, rule errors (maxima that do not add up, tiers out of order,
 * bad formulas) from the domain; both are reported in Vietnamese with the code of the bad node.
 */
import { z } from 'zod';
import { AppError } from '../domain/errors.js';
import { hasAtMostThreeDecimals } from '../domain/scoring/decimal.js';
import type { CriteriaSet, LinkedFigure } from '../domain/scoring/types.js';
import { NODE_KINDS, SOURCES, SUBJECTS } from '../domain/scoring/types.js';
import { validateCriteriaSet } from '../domain/scoring/validate-set.js';
import { isLinkedFigure } from '../domain/scoring/figure-links.js';

const points = z.number().finite().min(0).refine(hasAtMostThreeDecimals, { error: 'tối đa 3 chữ số thập phân' });
const linkedFigure = z.string().refine(isLinkedFigure, {
  error: 'số liệu liên kết phải là một mã trong danh mục số liệu (như activities.on_time_rate) hoặc indicator:<mã>',
}) as unknown as z.ZodType<LinkedFigure>;

const tier = z
  .object({ atLeast: z.number().finite().optional(), moreThan: z.number().finite().optional(), points })
  .strict();

export const scoringMethodSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('yes_no') }).strict(),
  z.object({ type: z.literal('tiers'), measure: z.enum(['percent', 'count']), tiers: z.array(tier).min(1) }).strict(),
  z.object({ type: z.literal('proportional') }).strict(),
  z
    .object({
      type: z.literal('formula'),
      expression: z.string().min(1).max(500),
      inputs: z.array(
        z.object({ name: z.string().min(1), label: z.string().min(1), linkedFigure: linkedFigure.optional() }).strict(),
      ),
    })
    .strict(),
  z.object({ type: z.literal('manual') }).strict(),
]);

export const criteriaNodeSchema = z
  .object({
    code: z.string().min(1).max(40),
    title: z.string().min(1).max(1000),
    maxPoints: points.optional(),
    kind: z.enum(NODE_KINDS).optional(),
    source: z.enum(SOURCES).optional(),
    method: scoringMethodSchema.optional(),
    notApplicable: z.enum(['full_marks', 'exclude']).optional(),
    linkedFigure: linkedFigure.optional(),
    guidance: z.string().max(4000).optional(),
    get children() {
      return z.array(criteriaNodeSchema).optional();
    },
  })
  .strict();

export const criteriaSetSchema = z
  .object({
    format: z.literal('cchc-criteria/1'),
    code: z.string().min(1).max(80),
    name: z.string().min(1).max(500),
    year: z.number().int().min(2000).max(2100),
    subject: z.enum(SUBJECTS),
    maxTotal: points,
    naRescaling: z.enum(['reduce_max', 'scale_to_parent']),
    bands: z.array(z.object({ minPercent: z.number().finite(), label: z.string().min(1) }).strict()),
    basis: z.string().max(4000).optional(),
    nodes: z.array(criteriaNodeSchema).min(1),
  })
  .strict();

export type CriteriaSetJson = z.infer<typeof criteriaSetSchema>;
// The schema and the domain type describe the same data: this fails to compile if they drift apart.
const _sameShape = (parsed: CriteriaSetJson): CriteriaSet => parsed;

export interface CriteriaProblem {
  /** Where: "Mục 1.2 › phương pháp chấm › mức thứ 2 › điểm", or the set-level field. */
  where: string;
  message: string;
}

const FIELD_NAMES: Record<string, string> = {
  format: 'định dạng',
  code: 'mã',
  name: 'tên bộ tiêu chí',
  year: 'năm',
  subject: 'đối tượng đánh giá',
  maxTotal: 'tổng điểm tối đa',
  naRescaling: 'cách quy đổi khi không áp dụng',
  bands: 'mức xếp loại',
  minPercent: 'tỷ lệ tối thiểu',
  label: 'tên',
  title: 'tên',
  maxPoints: 'điểm tối đa',
  kind: 'loại',
  source: 'nguồn điểm',
  method: 'phương pháp chấm',
  notApplicable: 'quy tắc không áp dụng',
  linkedFigure: 'số liệu liên kết',
  guidance: 'hướng dẫn',
  type: 'loại phương pháp',
  measure: 'đơn vị đo',
  tiers: 'mức',
  atLeast: 'ngưỡng "từ"',
  moreThan: 'ngưỡng "trên"',
  points: 'điểm',
  expression: 'công thức',
  inputs: 'số liệu khai báo',
  nodes: 'lĩnh vực',
  children: 'tiêu chí con',
};

/** Turns a path into words, naming nodes by their code as found in the input. */
export function describePath(input: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let here: unknown = input;
  let nodeLabel: string | null = null;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const parentKey = path[i - 1];
    here =
      here !== null && typeof here === 'object'
        ? (here as Record<PropertyKey, unknown>)[key as PropertyKey]
        : undefined;
    if (typeof key === 'number') {
      if (parentKey === 'nodes' || parentKey === 'children') {
        const code = here && typeof here === 'object' ? (here as { code?: unknown }).code : undefined;
        nodeLabel =
          typeof code === 'string' && code
            ? `Mục ${code}`
            : `Mục thứ ${key + 1}${parentKey === 'nodes' ? ' (cấp lĩnh vực)' : ''}`;
        parts.length = 0;
        parts.push(nodeLabel);
      } else parts.push(`thứ ${key + 1}`);
    } else if (key !== 'nodes' && key !== 'children') parts.push(FIELD_NAMES[String(key)] ?? String(key));
  }
  return parts.join(' › ') || 'Bộ tiêu chí';
}

function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'bị thiếu.'
        : `sai kiểu dữ liệu (cần ${issue.expected === 'number' ? 'một số' : issue.expected === 'string' ? 'chữ' : issue.expected}).`;
    case 'too_small':
      return issue.origin === 'array'
        ? 'cần ít nhất một mục.'
        : issue.origin === 'string'
          ? 'không được để trống.'
          : `phải từ ${String(issue.minimum)} trở lên.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `dài quá ${String(issue.maximum)} ký tự.`
        : `phải nhỏ hơn hoặc bằng ${String(issue.maximum)}.`;
    case 'invalid_value':
      return `không hợp lệ (chọn một trong: ${issue.values.map(String).join(', ')}).`;
    case 'invalid_union':
      return 'không hợp lệ (loại phương pháp chấm phải là yes_no, tiers, proportional, formula hoặc manual).';
    case 'unrecognized_keys':
      return `có trường không được hỗ trợ: ${issue.keys.join(', ')}.`;
    default:
      return `${issue.message}.`;
  }
}

export type CriteriaParseResult = { ok: true; set: CriteriaSet } | { ok: false; problems: CriteriaProblem[] };

export function safeParseCriteriaSet(input: unknown): CriteriaParseResult {
  const parsed = criteriaSetSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ where: describePath(input, i.path), message: issueMessage(i) })),
    };
  const set = _sameShape(parsed.data);
  const problems = validateCriteriaSet(set).map((p) => ({
    where: p.code ? `Mục ${p.code}` : 'Bộ tiêu chí',
    message: p.message,
  }));
  return problems.length ? { ok: false, problems } : { ok: true, set };
}

/** Validates an imported set; throws AppError INVALID_CRITERIA_SET listing every problem. */
export function parseCriteriaSet(input: unknown): CriteriaSet {
  const result = safeParseCriteriaSet(input);
  if (result.ok) return result.set;
  const lines = result.problems.map((p) => (p.message.startsWith(p.where) ? p.message : `${p.where}: ${p.message}`));
  throw new AppError('INVALID_CRITERIA_SET', { problems: lines }, { problems: result.problems });
}

/** The JSON export: the validated set, indented, nothing added. */
export const serializeCriteriaSet = (set: CriteriaSet): string =>
  `${JSON.stringify(criteriaSetSchema.parse(set), null, 2)}\n`;

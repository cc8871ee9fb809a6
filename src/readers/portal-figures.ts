/**
 * Reads an answer of the national portal's service-quality pages (QĐ 766), saved to a file as the portal
 * returns it: `{code:'OK', data, message}`, where `data` is a tree (`{parent, children[]}`: processing on
 * time, online services, online payment) or an evaluation (`{overview, evaluation[], pagination, source}`:
 * transparency, satisfaction, digitisation). The group is recognised from the content, not the file name.
 *
 * The file comes from outside: its size, row count and string lengths are bounded, a field of the wrong
 * type is read as missing rather than trusted, and anything that is not such an answer is refused with a
 * Vietnamese sentence saying what was found.
 */
import { AppError } from '../domain/errors.js';
import {
  COUNT_FIELDS,
  type PortalFigures,
  type PortalGroup,
  type PortalMetric,
  type PortalRow,
  type QualityFlag,
} from '../domain/service-quality/portal-row.js';

/** A province's answer with a few hundred units is well under 1 MB; this leaves room for the largest. */
export const MAX_PORTAL_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_PORTAL_ROWS = 20_000;
export const MAX_METRICS_PER_ROW = 100;
const MAX_TEXT = 500;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A number as published (a numeric string is accepted); anything else is missing. */
function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '' && value.length < 40) {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

function textOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text.slice(0, MAX_TEXT);
}

const TRANSPARENCY_CODES = ['PUBLISH_ON_TIME', 'PUBLIC_UPDATE_ON_TIME', 'PUBLIC_CONTENT_FULL', 'DOSSIER_SYNC'];
const SATISFACTION_CODES = [
  'DOSSIER_RECEIVING_SATISFACTION',
  'PETITION_PROCESSING_ON_TIME',
  'PETITION_HANDLING_SATISFACTION',
];
const DIGITISATION_CODES = [
  'ORIGINAL_RESULT_AVAILABLE',
  'SO_HOA_GIAY_TO_GIAI_QUYET',
  'ELECTRONIC_CERTIFIED_COPY',
  'REUSED_DIGITIZED_DATA',
  'SYNCED_WITH_DVCQG_PERSONAL_STORAGE',
  'CITIZEN_DATA_CONNECTED_DOSSIER',
  'CITIZEN_DATA_CONNECTED_FORMALITY',
];

/** The one refusal of this reader, naming the file as the person gave it. */
const refuse = (file: string, problem: string) => new AppError('PORTAL_FIGURES_UNREADABLE', { file, problem });

export function readPortalFigures(bytes: Uint8Array, file: string): PortalFigures {
  if (bytes.byteLength > MAX_PORTAL_FILE_BYTES)
    throw refuse(file, `tệp lớn hơn ${MAX_PORTAL_FILE_BYTES / 1024 / 1024} MB, không phải một câu trả lời của Cổng.`);
  const answer = parseJson(bytes, file);
  if (!isObject(answer) || !('data' in answer))
    throw refuse(file, 'thiếu phần “data”; tệp phải là câu trả lời {"code":"OK","data":…} của Cổng, lưu nguyên văn.');
  const code = textOf(answer.code);
  if (code !== null && code !== 'OK')
    throw refuse(
      file,
      `Cổng trả lời mã “${code}”${textOf(answer.message) ? ` (${textOf(answer.message)})` : ''}, không có số liệu.`,
    );
  const data = answer.data;
  if (isObject(data) && Array.isArray(data.evaluation)) return readEvaluation(data, data.evaluation, file);
  if (isObject(data) && (Array.isArray(data.children) || isObject(data.parent))) return readTree(data, file);
  throw refuse(
    file,
    'phần “data” không có “evaluation” (nhóm đánh giá) cũng không có “parent”/“children” (nhóm dạng cây).',
  );
}

function parseJson(bytes: Uint8Array, file: string): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw refuse(file, 'tệp không phải văn bản UTF-8.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // A nesting too deep for the parser is a RangeError: the same answer, it is not JSON we can read.
    throw refuse(file, error instanceof RangeError ? 'JSON lồng nhau quá sâu.' : 'tệp không phải JSON hợp lệ.');
  }
}

function checkRowCount(count: number, file: string): void {
  if (count > MAX_PORTAL_ROWS)
    throw refuse(
      file,
      `có ${count.toLocaleString('vi-VN')} dòng đơn vị, quá giới hạn ${MAX_PORTAL_ROWS.toLocaleString('vi-VN')}.`,
    );
}

// ── Trees: processing on time, online services, online payment ───────────────────────────────────────

function readTree(data: Json, file: string): PortalFigures {
  const children = Array.isArray(data.children) ? data.children : [];
  checkRowCount(children.length + 1, file);
  const objects = [
    ...(isObject(data.parent) ? [{ position: 'parent' as const, value: data.parent }] : []),
    ...children.filter(isObject).map((value) => ({ position: 'child' as const, value })),
  ];
  if (objects.length === 0) throw refuse(file, 'cây số liệu không có đơn vị nào.');
  const group = treeGroupOf(objects.map((o) => o.value));
  if (!group)
    throw refuse(
      file,
      'không nhận ra nhóm: không có trường của tiến độ giải quyết, dịch vụ công trực tuyến hay thanh toán trực tuyến.',
    );
  const rows = objects.map(({ position, value }) => treeRow(group, position, value));
  const skipped = children.length - objects.filter((o) => o.position === 'child').length;
  return { group, rows, warnings: skipped > 0 ? [`Bỏ qua ${skipped} mục không phải đơn vị trong “children”.`] : [] };
}

function treeGroupOf(rows: Json[]): PortalGroup | null {
  const has = (group: PortalGroup, fields: readonly string[]) =>
    rows.some((row) => fields.some((f) => f in row)) ? group : null;
  const byFields =
    has('dvc-progress-tree', ['totalReceived', 'totalOnTime']) ??
    has('formality-online-payment-tree', COUNT_FIELDS['formality-online-payment-tree']) ??
    has('provide-online-tree', COUNT_FIELDS['provide-online-tree']);
  if (byFields) return byFields;
  // A tree whose rows carry only totals still says its maximum: 20, 12 or 10 points.
  const max = rows.map((r) => numberOf(r.maxScore) ?? numberOf(r.totalMaxScore)).find((n) => n !== null);
  return max === 20
    ? 'dvc-progress-tree'
    : max === 12
      ? 'provide-online-tree'
      : max === 10
        ? 'formality-online-payment-tree'
        : null;
}

function treeRow(group: PortalGroup, position: 'parent' | 'child', row: Json): PortalRow {
  return {
    position,
    ...unitOf(row, 'level'),
    published: publishedOf(row),
    counts: countsOf(group, row),
    metrics: [],
    qualityFlags: flagsOf(row, null),
  };
}

// ── Evaluations: transparency, satisfaction, digitisation ────────────────────────────────────────────

function readEvaluation(data: Json, evaluation: unknown[], file: string): PortalFigures {
  checkRowCount(evaluation.length, file);
  const objects = evaluation.filter(isObject);
  if (objects.length === 0) throw refuse(file, 'danh sách “evaluation” không có đơn vị nào.');
  const group = evaluationGroupOf(objects);
  if (!group)
    throw refuse(
      file,
      'không nhận ra nhóm: mã chỉ số không thuộc công khai minh bạch, mức độ hài lòng hay số hóa hồ sơ.',
    );
  const warnings: string[] = [];
  if (objects.length < evaluation.length)
    warnings.push(`Bỏ qua ${evaluation.length - objects.length} mục không phải đơn vị trong “evaluation”.`);
  const total = isObject(data.pagination)
    ? (numberOf(data.pagination.total) ?? numberOf(data.pagination.totalElements))
    : null;
  if (total !== null && total > evaluation.length)
    warnings.push(
      `Tệp chỉ có ${evaluation.length}/${total} đơn vị (một trang của câu trả lời); các trang khác chưa có.`,
    );
  const rows = objects.map((row): PortalRow => ({
    position: 'row',
    ...unitOf(row, 'departmentLevel'),
    published: publishedOf(row),
    counts: countsOf(group, row),
    metrics: metricsOf(row),
    qualityFlags: [
      ...flagsOf(row, null),
      ...(Array.isArray(row.metrics) ? row.metrics.slice(0, MAX_METRICS_PER_ROW) : [])
        .filter(isObject)
        .flatMap((m) => flagsOf(m, textOf(m.code))),
    ],
  }));
  return { group, rows, warnings };
}

function evaluationGroupOf(rows: Json[]): PortalGroup | null {
  const codes = new Set(
    rows.flatMap((row) =>
      Array.isArray(row.metrics)
        ? row.metrics
            .slice(0, MAX_METRICS_PER_ROW)
            .filter(isObject)
            .map((m) => textOf(m.code))
        : [],
    ),
  );
  const any = (list: string[]) => list.some((c) => codes.has(c));
  if (any(TRANSPARENCY_CODES)) return 'transparency';
  if (any(DIGITISATION_CODES)) return 'dossier-digitized';
  if (any(SATISFACTION_CODES) || rows.some((r) => 'totalPetitions' in r)) return 'handling-satisfaction';
  const max = rows.map((r) => numberOf(r.totalMaxScore)).find((n) => n !== null);
  // 18 points is both transparency and satisfaction, so only 22 names a group by itself.
  return max === 22 ? 'dossier-digitized' : null;
}

function metricsOf(row: Json): PortalMetric[] {
  if (!Array.isArray(row.metrics)) return [];
  return row.metrics
    .slice(0, MAX_METRICS_PER_ROW)
    .filter(isObject)
    .flatMap((m) => {
      const code = textOf(m.code);
      if (code === null) return [];
      return [
        {
          code,
          name: textOf(m.name),
          numerator: numberOf(m.numerator),
          denominator: numberOf(m.denominator),
          ratio: numberOf(m.ratio),
          score: numberOf(m.score),
          maxScore: numberOf(m.maxScore),
        },
      ];
    });
}

// ── What both shapes share ───────────────────────────────────────────────────────────────────────────

function unitOf(row: Json, levelField: string) {
  return {
    departmentId: textOf(row.departmentId),
    departmentCode: textOf(row.departmentCode),
    departmentName: textOf(row.departmentName),
    level: textOf(row[levelField]) ?? textOf(row.level),
  };
}

function publishedOf(row: Json) {
  return {
    score: numberOf(row.score) ?? numberOf(row.totalScore),
    maxScore: numberOf(row.maxScore) ?? numberOf(row.totalMaxScore),
    ratio: numberOf(row.ratio),
    scoreDelta: numberOf(row.scoreDelta),
  };
}

function countsOf(group: PortalGroup, row: Json): Record<string, number | null> {
  const counts: Record<string, number | null> = {};
  for (const field of COUNT_FIELDS[group]) if (field in row) counts[field] = numberOf(row[field]);
  return counts;
}

function flagsOf(value: Json, metricCode: string | null): QualityFlag[] {
  const status = textOf(value.dataQualityStatus);
  const message = textOf(value.dataQualityMessage);
  return status === null && message === null ? [] : [{ metricCode, status, message }];
}

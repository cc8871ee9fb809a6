/**
 * A questionnaire read from JSON or XLSX checked before it becomes a version: every problem in Vietnamese,
 * naming the section or item it is about, so the coordinator can fix the file.
 */
import { fail, ok, type Issue, type Result } from '../reporting/result.js';
import {
  QUESTIONNAIRE_FORMAT,
  SURVEY_FIELDS,
  SURVEY_ITEM_KINDS,
  SURVEY_PILLARS,
  type QuestionnaireDefinition,
  type SurveyItem,
  type SurveyItemKind,
  type SurveyPillar,
  type SurveySection,
} from './questionnaire.js';

export const QUESTIONNAIRE_LIMITS = { items: 200, sections: 30, options: 30, text: 500, maxLength: 1000 } as const;
const ID = /^[A-Za-z0-9._-]{1,40}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function validateQuestionnaire(raw: unknown): Result<QuestionnaireDefinition> {
  const issues: Issue[] = [];
  const add = (field: string, message: string) => issues.push({ code: 'QUESTIONNAIRE_INVALID', field, message });
  if (!isObject(raw)) return fail([{ code: 'QUESTIONNAIRE_INVALID', message: 'Tệp không chứa một phiếu khảo sát.' }]);
  if (raw.format !== undefined && raw.format !== QUESTIONNAIRE_FORMAT)
    add('format', `Định dạng “${String(raw.format)}” không được hỗ trợ (cần ${QUESTIONNAIRE_FORMAT}).`);
  const code = str(raw.code);
  if (!code || !ID.test(code)) add('code', 'Mã phiếu (code) bắt buộc, chỉ gồm chữ không dấu, số, dấu chấm, gạch.');
  const title = str(raw.title);
  if (!title) add('title', 'Tên phiếu (title) bắt buộc.');
  if (!Array.isArray(raw.sections) || raw.sections.length === 0)
    add('sections', 'Phiếu phải có ít nhất một phần (sections).');
  const rawSections = Array.isArray(raw.sections) ? raw.sections : [];
  if (rawSections.length > QUESTIONNAIRE_LIMITS.sections)
    add('sections', `Phiếu có quá ${QUESTIONNAIRE_LIMITS.sections} phần.`);

  const seen = new Map<string, SurveyItem>();
  const sections: SurveySection[] = [];
  rawSections.forEach((rs, si) => {
    const where = `Phần ${si + 1}`;
    if (!isObject(rs)) return add(`sections.${si}`, `${where}: không hợp lệ.`);
    const sectionTitle = str(rs.title);
    if (!sectionTitle) add(`sections.${si}.title`, `${where}: thiếu tên phần.`);
    const items: SurveyItem[] = [];
    const rawItems = Array.isArray(rs.items) ? rs.items : [];
    if (rawItems.length === 0) add(`sections.${si}.items`, `${where} (${sectionTitle ?? ''}) không có câu hỏi nào.`);
    rawItems.forEach((ri, ii) => {
      const item = readItem(ri, `${where}, câu ${ii + 1}`, seen, add);
      if (item) {
        seen.set(item.id, item);
        items.push(item);
      }
    });
    sections.push({
      id: str(rs.id) ?? String(si + 1),
      title: sectionTitle ?? '',
      ...(str(rs.description) ? { description: str(rs.description)! } : {}),
      items,
    });
  });
  if (seen.size > QUESTIONNAIRE_LIMITS.items) add('sections', `Phiếu có quá ${QUESTIONNAIRE_LIMITS.items} câu hỏi.`);
  if ([...seen.values()].filter((i) => i.role === 'field').length > 1)
    add('sections', 'Chỉ một câu hỏi được dùng làm lĩnh vực (role "field").');
  if (issues.length) return fail(issues);
  return ok({
    format: QUESTIONNAIRE_FORMAT,
    code: code!,
    title: title!,
    ...(str(raw.description) ? { description: str(raw.description)! } : {}),
    askDemographics: raw.askDemographics !== false,
    sections,
  });
}

function readItem(
  ri: unknown,
  where: string,
  earlier: Map<string, SurveyItem>,
  add: (field: string, message: string) => void,
): SurveyItem | null {
  if (!isObject(ri)) {
    add(where, `${where}: không hợp lệ.`);
    return null;
  }
  const id = str(ri.id);
  const name = id ? `Câu “${id}”` : where;
  const before = (field: string, message: string) => add(id ? `items.${id}.${field}` : where, `${name}: ${message}`);
  if (!id || !ID.test(id)) before('id', 'thiếu mã câu hỏi (id) hoặc mã có ký tự không hợp lệ.');
  else if (earlier.has(id)) before('id', 'mã câu hỏi bị trùng.');
  const kind = ri.kind as SurveyItemKind;
  if (!SURVEY_ITEM_KINDS.includes(kind))
    before('kind', `loại “${String(ri.kind)}” không hợp lệ (scale, single, multiple, text).`);
  const text = str(ri.text);
  if (!text) before('text', 'thiếu nội dung câu hỏi.');
  else if (text.length > QUESTIONNAIRE_LIMITS.text)
    before('text', `nội dung dài quá ${QUESTIONNAIRE_LIMITS.text} ký tự.`);
  let pillar: SurveyPillar | null = null;
  if (ri.pillar !== undefined && ri.pillar !== null && ri.pillar !== '') {
    if (!SURVEY_PILLARS.includes(ri.pillar as SurveyPillar))
      before('pillar', `trụ cột “${String(ri.pillar)}” không có trong danh mục SIPAS.`);
    else if (kind !== 'scale') before('pillar', 'chỉ câu hỏi thang 5 mức mới gắn trụ cột.');
    else pillar = ri.pillar as SurveyPillar;
  }
  const item: SurveyItem = { id: id ?? '', kind, text: text ?? '', pillar, required: ri.required === true };
  if (kind === 'single' || kind === 'multiple') {
    const options = Array.isArray(ri.options) ? ri.options : [];
    if (options.length < 2) before('options', 'câu lựa chọn phải có ít nhất 2 phương án.');
    if (options.length > QUESTIONNAIRE_LIMITS.options)
      before('options', `có quá ${QUESTIONNAIRE_LIMITS.options} phương án.`);
    const values = new Set<string>();
    item.options = [];
    for (const o of options) {
      const value = isObject(o) ? str(o.value) : undefined;
      const label = isObject(o) ? str(o.label) : undefined;
      if (!value || !label || !ID.test(value)) {
        before('options', 'mỗi phương án cần giá trị (value, không dấu) và nhãn (label).');
        continue;
      }
      if (values.has(value)) before('options', `phương án “${value}” bị trùng.`);
      values.add(value);
      item.options.push({ value, label });
    }
  } else if (ri.options !== undefined && ri.options !== null && !(Array.isArray(ri.options) && !ri.options.length))
    before('options', 'chỉ câu lựa chọn mới có phương án.');
  if (kind === 'text') {
    const max = ri.maxLength === undefined ? 500 : Number(ri.maxLength);
    if (!Number.isInteger(max) || max < 1 || max > QUESTIONNAIRE_LIMITS.maxLength)
      before('maxLength', `độ dài tối đa phải từ 1 đến ${QUESTIONNAIRE_LIMITS.maxLength}.`);
    item.maxLength = max;
  }
  if (ri.role !== undefined && ri.role !== null && ri.role !== '') {
    if (ri.role !== 'field') before('role', `vai trò “${String(ri.role)}” không hợp lệ (chỉ có "field").`);
    else if (kind !== 'single') before('role', 'câu lĩnh vực phải là câu chọn một.');
    else {
      const bad = (item.options ?? []).filter((o) => !(SURVEY_FIELDS as readonly string[]).includes(o.value));
      if (bad.length)
        before(
          'role',
          `phương án ${bad.map((o) => `“${o.value}”`).join(', ')} không phải mã lĩnh vực (${SURVEY_FIELDS.join(', ')}).`,
        );
      else item.role = 'field';
    }
  }
  if (ri.condition !== undefined && ri.condition !== null) {
    const c = ri.condition;
    const target = isObject(c) ? str(c.itemId) : undefined;
    const anyOf = isObject(c) && Array.isArray(c.anyOf) ? c.anyOf.map(String) : [];
    const shown = target ? earlier.get(target) : undefined;
    if (!target || !shown)
      before('condition', `điều kiện phải dựa trên một câu hỏi đứng trước (“${target ?? ''}” không có).`);
    else if (shown.kind === 'text') before('condition', `không thể đặt điều kiện theo câu trả lời tự do “${target}”.`);
    else if (anyOf.length === 0) before('condition', 'điều kiện phải nêu ít nhất một câu trả lời (anyOf).');
    else {
      const allowed = shown.kind === 'scale' ? ['1', '2', '3', '4', '5'] : (shown.options ?? []).map((o) => o.value);
      const unknown = anyOf.filter((v) => !allowed.includes(v));
      if (unknown.length)
        before('condition', `câu “${target}” không có câu trả lời ${unknown.map((v) => `“${v}”`).join(', ')}.`);
      else if (item.required) before('required', 'câu có điều kiện không thể bắt buộc.');
      else item.condition = { itemId: target, anyOf };
    }
  }
  return item;
}

/**
 * A filled form checked against its questionnaire version: every answer of the right kind and within its
 * options, required items answered, conditional items kept only when their condition holds (an answer to an
 * item whose condition is not met is dropped, not refused: a form without script shows every item).
 */
import { fail, ok, type Issue, type Result } from '../reporting/result.js';
import {
  DEMOGRAPHIC_OPTIONS,
  questionnaireItems,
  type QuestionnaireDefinition,
  type SurveyAnswerValue,
  type SurveyDemographics,
  type SurveyField,
  type SurveyItem,
} from './questionnaire.js';

/** What a form or an API sent: item id → a string, or several strings (multiple choice, checkboxes). */
export type RawAnswers = Record<string, string | string[] | undefined>;

export interface ValidSubmission {
  answers: Map<string, SurveyAnswerValue>;
  field: SurveyField | null;
  demographics: SurveyDemographics | null;
}

const asList = (v: string | string[] | undefined): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((s) => s.trim()).filter((s) => s !== '');

/** The answer's values as a condition compares them. */
function conditionValues(a: SurveyAnswerValue | undefined): string[] {
  if (!a) return [];
  if (a.kind === 'multiple') return a.values;
  return [String(a.value)];
}

/** Whether the item is to be answered, given the answers before it. */
export function conditionHolds(item: SurveyItem, answers: Map<string, SurveyAnswerValue>): boolean {
  if (!item.condition) return true;
  const got = conditionValues(answers.get(item.condition.itemId));
  return got.some((v) => item.condition!.anyOf.includes(v));
}

export function validateSubmission(
  q: QuestionnaireDefinition,
  raw: RawAnswers,
  demographics: Record<string, string | undefined> = {},
): Result<ValidSubmission> {
  const issues: Issue[] = [];
  const answers = new Map<string, SurveyAnswerValue>();
  const items = questionnaireItems(q);
  const known = new Set(items.map((i) => i.id));
  for (const key of Object.keys(raw))
    if (!known.has(key))
      issues.push({ code: 'SURVEY_ANSWER', field: key, message: `Câu “${key}” không có trong phiếu.` });
  for (const item of items) {
    const values = asList(raw[item.id]);
    const say = (message: string) =>
      issues.push({ code: 'SURVEY_ANSWER', field: item.id, message: `Câu ${item.id} (“${item.text}”): ${message}` });
    if (!conditionHolds(item, answers)) continue;
    if (values.length === 0) {
      if (item.required) say('cần được trả lời.');
      continue;
    }
    if (item.kind !== 'multiple' && values.length > 1) {
      say('chỉ được chọn một câu trả lời.');
      continue;
    }
    const value = values[0]!;
    switch (item.kind) {
      case 'scale': {
        const n = Number(value);
        if (!/^[1-5]$/.test(value)) say('phải là một mức từ 1 đến 5.');
        else answers.set(item.id, { kind: 'scale', value: n });
        break;
      }
      case 'single':
        if (!item.options!.some((o) => o.value === value)) say(`“${value}” không phải một phương án của câu này.`);
        else answers.set(item.id, { kind: 'single', value });
        break;
      case 'multiple': {
        const unknown = values.filter((v) => !item.options!.some((o) => o.value === v));
        if (unknown.length) say(`${unknown.map((v) => `“${v}”`).join(', ')} không phải phương án của câu này.`);
        else answers.set(item.id, { kind: 'multiple', values: [...new Set(values)] });
        break;
      }
      case 'text':
        if (value.length > (item.maxLength ?? 500)) say(`dài quá ${item.maxLength ?? 500} ký tự.`);
        else answers.set(item.id, { kind: 'text', value });
        break;
    }
  }
  const demo: SurveyDemographics = {};
  for (const [key, spec] of Object.entries(DEMOGRAPHIC_OPTIONS)) {
    const v = demographics[key]?.trim();
    if (!v) continue;
    if (!q.askDemographics || !(v in spec.options)) {
      issues.push({ code: 'SURVEY_ANSWER', field: key, message: `${spec.label}: “${v}” không hợp lệ.` });
      continue;
    }
    (demo as Record<string, string>)[key] = v;
  }
  for (const key of Object.keys(demographics))
    if (!(key in DEMOGRAPHIC_OPTIONS))
      issues.push({ code: 'SURVEY_ANSWER', field: key, message: `Thông tin “${key}” không được thu thập.` });
  if (issues.length) return fail(issues);
  const fieldItem = items.find((i) => i.role === 'field');
  const fieldAnswer = fieldItem ? answers.get(fieldItem.id) : undefined;
  return ok({
    answers,
    field: fieldAnswer?.kind === 'single' ? (fieldAnswer.value as SurveyField) : null,
    demographics: Object.keys(demo).length ? demo : null,
  });
}

/** A stable text of the answers (sorted by item), hashed to spot the same answers sent twice. */
export function answersFingerprint(answers: Map<string, SurveyAnswerValue>): string {
  return [...answers.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, a]) => `${id}=${a.kind === 'multiple' ? [...a.values].sort().join('|') : String(a.value)}`)
    .join(';');
}

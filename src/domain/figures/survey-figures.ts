/**
 * Figures of the satisfaction surveys (issue #14): the share satisfied (answers 4–5 among the five-point
 * answers given) of a unit's respondents in the period, overall and per SIPAS service pillar, and the numbers
 * of answers and responses behind it. A level combines its units as Σ satisfied / Σ answers.
 */
import { defineFigures } from './definition.js';

/**
 * The SIPAS service pillars with a figure of their own (the questionnaire's pillar code → the key's last
 * part). Labels as in domain/surveys/questionnaire.ts.
 */
export const PILLAR_FIGURES = {
  'service.access': { part: 'access', vi: 'Tiếp cận dịch vụ', en: 'Access to services' },
  'service.procedures': { part: 'procedures', vi: 'Thủ tục hành chính', en: 'Administrative procedures' },
  'service.staff': { part: 'staff', vi: 'Công chức giải quyết công việc', en: 'Civil servants handling the case' },
  'service.results': { part: 'results', vi: 'Kết quả giải quyết công việc', en: 'Results of the service' },
  'service.feedback': {
    part: 'feedback',
    vi: 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị',
    en: 'Handling of feedback and petitions',
  },
} as const;
type PillarWithFigure = keyof typeof PILLAR_FIGURES;

const pillarRate = <const P extends PillarWithFigure>(pillar: P) =>
  ({
    key: `surveys.satisfied_rate.${PILLAR_FIGURES[pillar].part}`,
    kind: 'rate',
    unit: 'percent',
    name: {
      vi: `Tỷ lệ hài lòng — ${PILLAR_FIGURES[pillar].vi}`,
      en: `Satisfied — ${PILLAR_FIGURES[pillar].en}`,
    },
    definition: {
      vi: `Số câu trả lời “hài lòng” hoặc “rất hài lòng” (4–5 điểm) trên số câu trả lời các câu hỏi thuộc trụ cột “${PILLAR_FIGURES[pillar].vi}” của phiếu khảo sát đơn vị trong kỳ; câu bỏ trống hoặc không hiển thị không tính.`,
      en: `Answers 4–5 over answers given to the items of the "${PILLAR_FIGURES[pillar].en}" pillar in the unit's survey responses of the period; blank or unshown items are not counted.`,
    },
  }) as const;

/**
 * Groups of dossier fields with a figure of their own, for the plans' second satisfaction target: "mức độ
 * hài lòng về giải quyết các TTHC lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 85%" (Thừa Thiên Huế 2025,
 * QĐ 766's fields). The field is the one the respondent's dossier belongs to (survey_responses.field).
 */
export const FIELD_GROUP_FIGURES = {
  land_construction_investment: {
    fields: ['land', 'construction', 'investment'],
    vi: 'lĩnh vực đất đai, xây dựng, đầu tư',
    en: 'land, construction and investment',
  },
} as const;

export const surveyFigures = defineFigures([
  {
    key: 'surveys.satisfied_rate',
    kind: 'rate',
    unit: 'percent',
    name: { vi: 'Tỷ lệ hài lòng (khảo sát của tỉnh)', en: 'Satisfied (province survey)' },
    definition: {
      vi: 'Số câu trả lời “hài lòng” hoặc “rất hài lòng” (4–5 điểm) trên tổng số câu trả lời các câu hỏi năm mức của phiếu khảo sát sự hài lòng về đơn vị trong kỳ (phiếu trực tuyến và phiếu giấy); câu bỏ trống hoặc không hiển thị không tính vào mẫu số.',
      en: 'Answers 4–5 over all answers given to five-point items in the satisfaction survey responses about the unit in the period (online and paper); blank or unshown items are not in the denominator.',
    },
    words: ['hài lòng', 'mức độ hài lòng', 'sự hài lòng', 'tỷ lệ hài lòng'],
  },
  pillarRate('service.access'),
  pillarRate('service.procedures'),
  pillarRate('service.staff'),
  pillarRate('service.results'),
  pillarRate('service.feedback'),
  {
    key: 'surveys.satisfied_rate.land_construction_investment',
    kind: 'rate',
    unit: 'percent',
    name: {
      vi: 'Tỷ lệ hài lòng — TTHC lĩnh vực đất đai, xây dựng, đầu tư',
      en: 'Satisfied — procedures in land, construction and investment',
    },
    definition: {
      vi: 'Số câu trả lời 4–5 điểm trên số câu trả lời các câu hỏi năm mức, chỉ tính phiếu về hồ sơ thuộc lĩnh vực đất đai, xây dựng hoặc đầu tư (lĩnh vực người trả lời chọn trên phiếu); phiếu không ghi lĩnh vực không tính.',
      en: 'Answers 4–5 over answers to five-point items, counting only responses about a dossier in land, construction or investment (the field chosen on the form); responses without a field are not counted.',
    },
    // Longer than the overall rate's phrases, so a target naming these fields is suggested this figure.
    words: ['hài lòng đất đai xây dựng đầu tư'],
  },
  {
    key: 'surveys.answers',
    kind: 'count',
    unit: 'items',
    name: { vi: 'Số câu trả lời khảo sát', en: 'Survey answers' },
    definition: {
      vi: 'Số câu trả lời (1–5 điểm) các câu hỏi năm mức của phiếu khảo sát về đơn vị trong kỳ.',
      en: 'Answers (1–5) given to five-point items in the survey responses about the unit in the period.',
    },
  },
  {
    key: 'surveys.responses',
    kind: 'count',
    unit: 'items',
    name: { vi: 'Số phiếu khảo sát', en: 'Survey responses' },
    definition: {
      vi: 'Số phiếu khảo sát sự hài lòng về đơn vị nhận được trong kỳ (trực tuyến và phiếu giấy nhập lại).',
      en: 'Satisfaction survey responses about the unit received in the period (online and paper typed in).',
    },
    words: ['phiếu khảo sát', 'lấy ý kiến'],
  },
] as const);

export type SurveyFigureKey = (typeof surveyFigures)[number]['key'];
export const SURVEY_FIGURE_KEYS = surveyFigures.map((f) => f.key) as SurveyFigureKey[];
export const isSurveyFigureKey = (key: string): key is SurveyFigureKey =>
  (SURVEY_FIGURE_KEYS as string[]).includes(key);

/**
 * A satisfaction questionnaire as data (format `cchc.survey/v1`): sections of items, each item one of four kinds,
 * each rated item tied to a SIPAS pillar so results can be summed per pillar. A questionnaire is never edited in
 * place: a change is a new version (`survey_questionnaire_versions`), and a campaign keeps the version it used.
 */

export const QUESTIONNAIRE_FORMAT = 'cchc.survey/v1' as const;

/** What an item asks for: a five-point rating, one option, several options, or a short text. */
export const SURVEY_ITEM_KINDS = ['scale', 'single', 'multiple', 'text'] as const;
export type SurveyItemKind = (typeof SURVEY_ITEM_KINDS)[number];

/**
 * The pillars of SIPAS (since 2022): part I policies (four), part II public administrative services (five).
 * A rated item names one; a question on channel, experience or priorities has none (null).
 */
export const SURVEY_PILLARS = [
  'policy.accountability',
  'policy.participation',
  'policy.quality',
  'policy.results',
  'service.access',
  'service.procedures',
  'service.staff',
  'service.results',
  'service.feedback',
] as const;
export type SurveyPillar = (typeof SURVEY_PILLARS)[number];

export const SURVEY_PILLAR_LABELS: Record<SurveyPillar, { vi: string; en: string }> = {
  'policy.accountability': { vi: 'Trách nhiệm giải trình', en: 'Accountability' },
  'policy.participation': { vi: 'Sự tham gia của người dân', en: 'Participation' },
  'policy.quality': { vi: 'Chất lượng chính sách', en: 'Quality of policies' },
  'policy.results': { vi: 'Kết quả, tác động của chính sách', en: 'Results and effects of policies' },
  'service.access': { vi: 'Tiếp cận dịch vụ', en: 'Access to services' },
  'service.procedures': { vi: 'Thủ tục hành chính', en: 'Administrative procedures' },
  'service.staff': { vi: 'Công chức giải quyết công việc', en: 'Civil servants handling the case' },
  'service.results': { vi: 'Kết quả giải quyết công việc', en: 'Results of the service' },
  'service.feedback': { vi: 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị', en: 'Handling of feedback and petitions' },
};

/** The five-point scale; 4 and 5 count as satisfied. */
export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;
export const SCALE_LABELS: Record<(typeof SCALE_VALUES)[number], string> = {
  1: 'Rất không hài lòng',
  2: 'Không hài lòng',
  3: 'Bình thường',
  4: 'Hài lòng',
  5: 'Rất hài lòng',
};
export const SATISFIED_MIN = 4;

/** The fields (lĩnh vực) a campaign may set quotas for; a response's field is the answer to the item whose role is 'field'. */
export const SURVEY_FIELDS = [
  'land',
  'construction',
  'investment',
  'health',
  'education',
  'justice',
  'labour',
  'other',
] as const;
export type SurveyField = (typeof SURVEY_FIELDS)[number];
export const SURVEY_FIELD_LABELS: Record<SurveyField, string> = {
  land: 'Đất đai',
  construction: 'Xây dựng',
  investment: 'Đầu tư',
  health: 'Y tế',
  education: 'Giáo dục',
  justice: 'Tư pháp, hộ tịch',
  labour: 'Lao động, thương binh và xã hội',
  other: 'Lĩnh vực khác',
};

export interface SurveyOption {
  /** Stored in answers; stable across versions when the meaning is the same. */
  value: string;
  label: string;
}

/** Show the item only when an earlier item was answered with one of these values (a scale answer as '1'…'5'). */
export interface SurveyCondition {
  itemId: string;
  anyOf: string[];
}

export interface SurveyItem {
  /** Unique in the questionnaire, e.g. 'II.3.2'; what answers are stored under. */
  id: string;
  kind: SurveyItemKind;
  text: string;
  /** Only for 'scale' items; null for items that are not rated. */
  pillar: SurveyPillar | null;
  required: boolean;
  /** 'single' and 'multiple' only. */
  options?: SurveyOption[];
  /** 'text' only; at most 1000. */
  maxLength?: number;
  condition?: SurveyCondition;
  /** 'field': a single-choice item whose option values are SURVEY_FIELDS; its answer is the response's field. */
  role?: 'field';
}

export interface SurveySection {
  id: string;
  title: string;
  description?: string;
  items: SurveyItem[];
}

export interface QuestionnaireDefinition {
  format: typeof QUESTIONNAIRE_FORMAT;
  /** Stable code of the questionnaire family (versions share it), e.g. 'sipas-2026'. */
  code: string;
  title: string;
  description?: string;
  /** Whether the form asks the optional demographic questions (sex, age group, education, occupation). */
  askDemographics: boolean;
  sections: SurveySection[];
}

/** The only personal data a response may hold, every field optional. */
export interface SurveyDemographics {
  sex?: 'male' | 'female' | 'other';
  ageGroup?: 'under25' | '25to34' | '35to49' | '50to64' | '65plus';
  education?: 'none' | 'secondary' | 'highschool' | 'vocational' | 'university';
  occupation?: 'farmer' | 'worker' | 'business' | 'civilServant' | 'student' | 'retired' | 'other';
}

export const DEMOGRAPHIC_OPTIONS: {
  [K in keyof SurveyDemographics]-?: { label: string; options: Record<NonNullable<SurveyDemographics[K]>, string> };
} = {
  sex: { label: 'Giới tính', options: { male: 'Nam', female: 'Nữ', other: 'Khác' } },
  ageGroup: {
    label: 'Nhóm tuổi',
    options: { under25: 'Dưới 25', '25to34': '25–34', '35to49': '35–49', '50to64': '50–64', '65plus': 'Từ 65 trở lên' },
  },
  education: {
    label: 'Trình độ học vấn',
    options: {
      none: 'Chưa qua đào tạo',
      secondary: 'Trung học cơ sở',
      highschool: 'Trung học phổ thông',
      vocational: 'Trung cấp, cao đẳng',
      university: 'Đại học trở lên',
    },
  },
  occupation: {
    label: 'Nghề nghiệp',
    options: {
      farmer: 'Nông dân',
      worker: 'Công nhân',
      business: 'Kinh doanh',
      civilServant: 'Cán bộ, công chức, viên chức',
      student: 'Học sinh, sinh viên',
      retired: 'Nghỉ hưu',
      other: 'Khác',
    },
  },
};

/** One item's answer as submitted: a scale value, an option, several options or a text. */
export type SurveyAnswerValue =
  | { kind: 'scale'; value: number }
  | { kind: 'single'; value: string }
  | { kind: 'multiple'; values: string[] }
  | { kind: 'text'; value: string };

/** Every item of a questionnaire, in order. */
export function questionnaireItems(q: QuestionnaireDefinition): SurveyItem[] {
  return q.sections.flatMap((s) => s.items);
}

import { Hono } from 'hono';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { errorBody } from '../../../src/contracts/common.js';
import {
  ERROR_CODES,
  errorMessage,
  type ErrorArgs,
  type ErrorCode,
  type ErrorParams,
} from '../../../src/domain/error-codes.js';
import { AppError, refusedWhile } from '../../../src/domain/errors.js';
import { errorResponder } from '../../../src/http/errors.js';
import { answerError, ERROR_STATUS } from '../../../src/http/error-status.js';

/**
 * Params for every code whose message names something: the type makes a new parameterised code fail to
 * compile here until it has an example, so every message below is said at least once.
 */
const EXAMPLES: { [C in ErrorCode as undefined extends ErrorParams<C> ? never : C]: ErrorParams<C> } = {
  FORBIDDEN: { what: 'xem dữ liệu của đơn vị khác' },
  ACCOUNT_LOCKED: { when: 'sau ít phút' },
  API_TOKEN_RATE_LIMITED: { limit: 600 },
  SSO_NO_ACCOUNT: { claim: 'email', value: 'a@snv.quangtri.gov.vn' },
  SSO_AMBIGUOUS_ACCOUNT: { value: 'a@snv.quangtri.gov.vn' },
  SSO_RULE_EXISTS: { domain: 'snv.quangtri.gov.vn' },
  WEAK_PASSWORD: { label: 'Mật khẩu mới', weakness: 'common' },
  NOT_FOUND: { what: 'đơn vị' },
  INVALID_CHARACTERS: { label: 'Tên' },
  UNSUPPORTED_MEDIA_TYPE: { expected: 'json' },
  PAYLOAD_TOO_LARGE: { body: 'upload', fileName: 'ke-hoach.docx' },
  STALE_VERSION: { what: 'Báo cáo' },
  SERVER_BUSY: { reason: 'full' },
  EMPTY_FILE: { empty: 'table' },
  CORRUPT_FILE: { file: 'csv' },
  FILE_TOO_LARGE: { parts: 20_001 },
  FILE_TOO_COMPLEX: { found: '60.000 dòng', max: '50.000' },
  UNSUPPORTED_FORMAT: { expected: 'table' },
  INVALID_EVIDENCE: { issues: [{ message: 'Tệp "a.exe" không phải loại tệp minh chứng được nhận.' }] },
  INVALID_PLAN_FILE: { listed: 'title: Chưa nhập (bắt buộc)' },
  UNKNOWN_AREA: { area: 'IX' },
  COLUMN_MAPPING_UNUSABLE: { reason: 'Bảng 2 có 5 cột, cách đọc cột đã lưu có 9 cột.' },
  NEXT_YEAR_PLAN_EXISTS: { year: 2026, name: 'Kế hoạch CCHC năm 2026' },
  PLAN_YEAR_OUTSIDE_PROGRAMME: { year: 2031, startYear: 2026, endYear: 2030 },
  PROGRAMME_YEARS_EXCLUDE_PLANS: { years: '2025' },
  DUPLICATE_CODE: { code: 'QT.SNV' },
  DUPLICATE_USERNAME: { username: 'snv.cchc' },
  ARCHIVED: { record: 'unit', attempt: 'edit' },
  IMPORT_ROWS_INVALID: { count: 2, file: 'upload' },
  INDEX_RESULT_INVALID: { issues: [{ message: 'Thứ hạng: 70 lớn hơn số tỉnh được xếp hạng (63).' }] },
  DUPLICATE_INDEX: { code: 'PAPI' },
  INDEX_TARGET_UNREADABLE: { text: 'phấn đấu tốt hơn' },
  NO_POINTS_LOST: { area: '1' },
  DOSSIER_ROWS_INVALID: { count: 2 },
  INVALID_DIRECTORY: { path: 'units.0.code', problem: 'Chưa nhập (bắt buộc).' },
  INVALID_ASSIGNMENT_CHANGE: { issues: [{ message: 'Đơn vị đã hết hiệu lực.' }] },
  ASSIGNMENT_CONFLICT: { issues: [{ message: 'Nhiệm vụ đã bị hủy.' }] },
  INVALID_PROGRESS: { issues: [{ message: 'Tiến độ phải từ 0 đến 100.' }] },
  INVALID_PERIOD: { dates: 'round' },
  PERIOD_CLOSED: { period: 'Quý I/2025' },
  INVALID_REPORT: { issues: [{ message: 'Hãy ghi lý do chưa hoàn thành.' }] },
  EVIDENCE_IN_ACCEPTED_REPORT: { fileName: 'bien-ban.pdf', period: 'Quý I/2025' },
  EVIDENCE_WITHDRAWN: { label: 'bao-cao.pdf' },
  REPORT_LOCKED: { refusal: 'Báo cáo đã được chấp nhận và đã khóa.' },
  REPORT_AWAITING_REVIEW: { refusal: 'Báo cáo đã gửi và đang chờ xem xét.' },
  REPORT_INVALID_STATE: { refusal: 'Chỉ có thể chấp nhận báo cáo khi báo cáo đã gửi.' },
  REPORT_PERIOD_CLOSED: { refusal: 'Kỳ báo cáo Quý I/2025 đã khóa sổ.' },
  REPORT_COMMENT_REQUIRED: { refusal: 'Trả lại báo cáo cần ít nhất một ý kiến.' },
  UNIT_PLAN_NO_DUTY: { unit: 'UBND tỉnh' },
  UNIT_PLAN_ALREADY_RECORDED: { unit: 'Sở Tư pháp', number: '12/KH-STP' },
  UNIT_PLAN_NO_ACTIVITIES: { file: 'ke-hoach.pdf' },
  FEEDBACK_STEP_REFUSED: { refusal: 'Phản ánh, kiến nghị này đã được trả lời.' },
  INITIATIVE_INVALID_STATE: { refusal: 'Chỉ ghi nhận việc áp dụng sáng kiến đã được Hội đồng công nhận.' },
  INITIATIVE_ALREADY_APPLIED: { unit: 'Sở Tư pháp' },
  REPORT_REASON_REQUIRED: { refusal: 'Mở lại báo cáo đã chấp nhận cần ghi rõ lý do.' },
  INVALID_CRITERIA_SET: { problems: Array.from({ length: 22 }, (_, i) => `Mục ${i + 1}: thiếu điểm tối đa.`) },
  INVALID_CRITERIA_XLSX: { problems: ['Trang "Tiêu chí", dòng 3: điểm tối đa "một" không phải là số.'] },
  INVALID_ROUND_UNITS: { problems: ['đơn vị QT.X không có'] },
  INVALID_COUNCIL: { problems: ['thiếu chủ tịch'] },
  COUNCIL_INCOMPLETE: { areas: ['1', '2'] },
  APPRAISAL_INCOMPLETE: { criteria: 3, units: 2 },
  FINAL_APPRAISAL_INCOMPLETE: { count: 1 },
  SELF_ASSESSMENT_INCOMPLETE: { missing: ['1.1', '1.2'] },
  WRONG_STAGE: { from: 'Tự đánh giá', to: 'Thẩm định' },
  WINDOW_CLOSED: { action: 'tự chấm điểm', lastDay: '31/03/2025' },
  SURVEY_LEAF: { code: '5.1', stage: 'self' },
  SURVEY_METHOD: { code: '1.1', method: 'tiers' },
  SURVEY_COLUMNS: { file: 'json' },
  INVALID_SURVEY_POINTS: { problems: ['dòng 2: điểm "x" không phải là số.'] },
  NOTHING_TO_ACCEPT: { code: '1.1' },
  NOT_DEDUCTED: { code: '1.1' },
  ENTRY_ACCEPTED: { code: '1.1' },
  JOINT_NOT_FILLED: { code: '1.1' },
  JOINT_NOT_ACCEPTED: { codes: ['1.1', '3.2'] },
  UNKNOWN_CRITERION: { code: '9.9', set: 'PAR-INDEX-TINH-2023' },
  NO_DEDUCTION: { code: '6.TD' },
  NOT_CRITERION_AGENCY: { code: '3', agencies: ['Văn phòng UBND tỉnh', 'Sở Tư pháp'] },
  INVALID_APPRAISAL_FILE: { problems: ['Dòng 3: mã tiêu chí "9.9" không có trong bộ tiêu chí.'] },
  INVALID_ENTRY: { code: '1.1', title: 'Ban hành kế hoạch', why: 'điểm vượt điểm tối đa.' },
  AMBIGUOUS_NUMBER: { text: '1.5' },
  DOCUMENT_MARGIN_OUT_OF_RANGE: { margin: 'Lề trái', min: 30, max: 35, value: 10 },
  REPORT_TABLE_SHAPE: { row: 'Dòng 1', table: 'Bảng lỗi', cells: 3, columns: 2 },
  REPORT_SHEET_WITHOUT_COLUMNS: { sheet: 'Chỉ tiêu' },
  INVALID_CONFIG: { variable: 'CCHC_MAX_QUEUE', text: 'nhiều' },
  INVALID_PUBLIC_URL: { text: 'cchc.local' },
  INVALID_WORKERS: { text: '0' },
  UNKNOWN_JOB: { kind: 'khong-co' },
  DATABASE_IN_USE: { who: 'máy chủ cchc', pid: 4321, url: 'http://127.0.0.1:3000', lockFile: '/srv/cchc/db.lock' },
  DATABASE_LOCK_BUSY: { lockFile: '/srv/cchc/db.lock' },
  SERVER_UNREACHABLE: { url: 'http://127.0.0.1:3000' },
  LOGIN_FAILED: { username: 'quantri', answer: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
  BACKUP_REFUSED: { answer: 'Bạn không có quyền thực hiện sao lưu.' },
  FILE_NOT_FOUND: { path: 'ke-hoach.docx' },
  NOT_A_FILE: { path: '/tmp' },
  INVALID_DATE: { text: '2025-13-01' },
  UNSUPPORTED_OUTPUT: { format: 'xml' },
  PORTAL_FIGURES_UNREADABLE: { file: 'tien-do.json', problem: 'tệp không phải JSON.' },
  SERVICE_FIGURES_PERIOD: { text: '2025-13' },
  FIGURE_KIND_MISMATCH: { figure: 'Số báo cáo đã gửi', target: '≥ 90%' },
  REGISTER_ONE_PER_UNIT: { register: 'Hệ thống quản lý chất lượng ISO 9001' },
  REGISTER_NO_FOLLOW_UPS: { register: 'Tuyên truyền CCHC' },
  FOLLOW_UP_NOT_REVIEWED: { register: 'Tuyên truyền CCHC' },
  INSPECTION_PLAN_EXISTS: { year: 2026, level: 'cấp xã' },
  REGISTER_NO_FILE_FIELD: { register: 'Tuyên truyền CCHC', field: 'bienBan' },
  QUESTIONNAIRE_INVALID: { issues: [{ message: 'Câu “q1”: mã câu hỏi bị trùng.' }] },
  SURVEY_ANSWERS_INVALID: { issues: [{ message: 'Câu MC.1 (“Nơi tiếp nhận”): phải là một mức từ 1 đến 5.' }] },
  SURVEY_CAMPAIGN_INVALID: { field: 'Đơn vị', problem: 'chọn ít nhất một đơn vị.' },
  SURVEY_CAMPAIGN_NOT_OPEN: { from: '01/01/2026', to: '31/03/2026' },
  SURVEY_TOO_LARGE: { limit: '64 KB' },
};

/** Each code with the args it is thrown with in this test. */
const argsOf = <C extends ErrorCode>(code: C) =>
  [(EXAMPLES as Partial<Record<ErrorCode, unknown>>)[code], { example: true }] as ErrorArgs<C>;

function appThrowing() {
  const app = new Hono();
  app.onError(errorResponder(pino({ level: 'silent' })));
  app.get('/throw/:code', (c) => {
    const code = c.req.param('code') as ErrorCode;
    throw new AppError(code, ...argsOf(code));
  });
  app.get('/answer/:code', (c) => {
    const code = c.req.param('code') as ErrorCode;
    return answerError(c, code, ...argsOf(code));
  });
  return app;
}

describe('the error catalogue', () => {
  it('gives every code a Vietnamese message, with or without params', () => {
    for (const code of ERROR_CODES) {
      const message = errorMessage(code, ...argsOf(code));
      expect(message.length, code).toBeGreaterThan(10);
      expect(message, code).not.toMatch(/undefined|\[object/);
      expect(message, code).toMatch(/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i);
    }
  });

  it('gives every code exactly one HTTP status, and no status to a code it does not know', () => {
    expect(Object.keys(ERROR_STATUS).sort()).toEqual([...ERROR_CODES].sort());
    for (const code of ERROR_CODES)
      expect([400, 401, 403, 404, 409, 413, 415, 422, 423, 429, 500, 503], code).toContain(ERROR_STATUS[code]);
  });

  it('is what the HTTP edge answers: the status of the table, the code, the message and the details', async () => {
    const app = appThrowing();
    for (const code of ERROR_CODES) {
      for (const way of ['throw', 'answer']) {
        const response = await app.request(`/${way}/${code}`);
        expect(response.status, `${way} ${code}`).toBe(ERROR_STATUS[code]);
        const body = errorBody.parse(await response.json());
        expect(body, `${way} ${code}`).toEqual({
          code,
          message: errorMessage(code, ...argsOf(code)),
          details: { example: true },
        });
      }
    }
  });

  it('keeps the words the refusals said before the catalogue', () => {
    expect(errorMessage('FORBIDDEN', { what: 'xem dữ liệu của đơn vị khác' })).toBe(
      'Bạn không có quyền thực hiện xem dữ liệu của đơn vị khác.',
    );
    expect(errorMessage('STALE_VERSION', { what: 'Báo cáo' })).toBe(
      'Báo cáo đã được người khác thay đổi sau khi bạn mở. Hãy tải lại để xem bản mới nhất rồi sửa lại.',
    );
    expect(errorMessage('INVALID_CRITERIA_SET', EXAMPLES.INVALID_CRITERIA_SET)).toMatch(
      /^Bộ tiêu chí không hợp lệ:\nMục 1: .*\nMục 20: thiếu điểm tối đa\.\n… và 2 lỗi khác\.$/s,
    );
    expect(errorMessage('DATABASE_IN_USE', EXAMPLES.DATABASE_IN_USE)).toBe(
      'Cơ sở dữ liệu nhúng đang được máy chủ cchc (pid 4321, http://127.0.0.1:3000) sử dụng; hãy thao tác qua máy chủ đang chạy hoặc dừng máy chủ trước. Nếu chắc chắn không còn tiến trình nào dùng nó, hãy xoá tệp /srv/cchc/db.lock.',
    );
  });

  it('says a refusal again as the reason a larger action failed, keeping its code', () => {
    const said = refusedWhile(
      new AppError('ALREADY_SUBMITTED'),
      'Không rút được tài liệu kiểm chứng "a.pdf" (nộp khi tự đánh giá)',
    );
    expect([said.code, said.message]).toEqual([
      'ALREADY_SUBMITTED',
      'Không rút được tài liệu kiểm chứng "a.pdf" (nộp khi tự đánh giá): Đơn vị đã gửi kết quả tự đánh giá: không sửa được nữa.',
    ]);
  });
});

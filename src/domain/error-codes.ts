/**
 * The one catalogue of error codes: every refusal the application gives, to people (over HTTP) or to the
 * operator (the CLI), is a member, with its Vietnamese message. A message that names something (a field,
 * a unit, a limit) is a function of typed params, so a call site says *what* and the catalogue says *how*.
 * The HTTP status of each code is set at the edge only (src/http/error-status.ts), never here.
 *
 * A few messages are sentences a pure rule already wrote for the case (`issues` of a domain Result, a report
 * workflow refusal, the upload check): the rule keeps its words and its own tests, the code says what kind
 * of refusal it is.
 */
import { uploadTooLargeMessage } from './uploads/limits.js';

/** A domain rule's issues (Result.issues), said as one sentence each. */
type Issues = { issues: readonly { message: string }[] };
const joined = ({ issues }: Issues) => issues.map((i) => i.message).join(' ');

/** The first `max` problems, one a line, and how many more there are. */
const listed = (problems: readonly string[], max: number) =>
  `${problems.slice(0, max).join('\n')}${problems.length > max ? `\n… và ${problems.length - max} lỗi khác.` : ''}`;

/** Who holds the embedded database's lock file, as the lock says. */
export interface LockHolderSaid {
  /** "máy chủ cchc" or "lệnh cchc backup". */
  who: string;
  pid: number;
  url?: string;
  /** Another machine's name, when the folder is shared. */
  host?: string;
}

const databaseInUse = (
  p:
    | (LockHolderSaid & { lockFile: string; backupHint?: { file: string; url: string } })
    | { pid: number; attempt: 'restore' },
) =>
  'attempt' in p
    ? `Không thể khôi phục khi cơ sở dữ liệu nhúng đang được dùng (pid ${p.pid}): khôi phục thay thế toàn bộ dữ liệu, hãy dừng máy chủ cchc trước.`
    : `Cơ sở dữ liệu nhúng đang được ${p.who} (pid ${p.pid}${p.url ? `, ${p.url}` : ''})${p.host ? ` trên máy ${p.host}` : ''} sử dụng; ` +
      `hãy thao tác qua máy chủ đang chạy hoặc dừng ${p.who === 'máy chủ cchc' ? 'máy chủ' : 'lệnh đó'} trước. ` +
      `Nếu chắc chắn không còn tiến trình nào dùng nó, hãy xoá tệp ${p.lockFile}.` +
      (p.backupHint
        ? `\nĐể sao lưu khi máy chủ đang chạy: CCHC_PASSWORD=… cchc backup ${p.backupHint.file} --server ${p.backupHint.url} --user <tài khoản quản trị>`
        : '');

export const ERROR_MESSAGES = {
  // ── Sessions, access, the request itself ────────────────────────────────────────────────────────────
  UNAUTHENTICATED: 'Bạn cần đăng nhập để tiếp tục.',
  PASSWORD_CHANGE_REQUIRED: 'Tài khoản đang dùng mật khẩu mẫu công khai. Hãy đổi mật khẩu trước khi tiếp tục.',
  /** `what` the actor may not do; or the workflow's own rule ("Chỉ … mới được …"). */
  FORBIDDEN: (p: { what: string } | { rule: string }) =>
    'rule' in p ? p.rule : `Bạn không có quyền thực hiện ${p.what}.`,
  CSRF_ORIGIN: 'Yêu cầu đến từ trang web khác, đã bị từ chối.',
  CSRF_TOKEN: 'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo). Hãy tải lại trang.',
  INVALID_CREDENTIALS: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  API_TOKEN_INVALID: 'Mã truy cập API không đúng, đã hết hạn hoặc đã bị thu hồi.',
  API_TOKEN_RATE_LIMITED: (p: { limit: number }) =>
    `Mã truy cập API đã gọi quá ${p.limit} yêu cầu trong một phút. Hãy thử lại sau ít phút.`,
  API_TOKEN_REVOKED: 'Mã truy cập API này đã bị thu hồi.',
  /** `when`: "sau 10:45" or "sau ít phút". */
  ACCOUNT_LOCKED: (p: { when: string }) => `Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Hãy thử lại ${p.when}.`,
  RATE_LIMITED: 'Đăng nhập sai quá nhiều lần từ máy này. Hãy thử lại sau 15 phút.',
  PASSWORD_LOGIN_OFF: 'Đăng nhập bằng mật khẩu đã tắt; hãy đăng nhập bằng tài khoản định danh (đăng nhập một lần).',
  SSO_NOT_CONFIGURED: 'Hệ thống chưa cấu hình đăng nhập một lần (OpenID Connect).',
  SSO_UNAVAILABLE: 'Không kết nối được hệ thống định danh để đăng nhập một lần. Hãy thử lại sau ít phút.',
  SSO_FAILED: 'Đăng nhập một lần không thành công (phiên đăng nhập đã hết hạn hoặc không hợp lệ). Hãy đăng nhập lại.',
  SSO_EMAIL_UNVERIFIED:
    'Hệ thống định danh chưa xác minh địa chỉ thư điện tử của tài khoản này, nên không thể dùng nó để đăng nhập.',
  /** `claim`: the claim that names the account; `value` what the provider said, when it said something. */
  SSO_NO_ACCOUNT: (p: { claim: string; value?: string }) =>
    p.value
      ? `Chưa có tài khoản cchc nào ứng với ${p.claim} "${p.value}". Đề nghị quản trị viên tạo tài khoản hoặc thêm quy tắc tạo tài khoản cho tên miền này.`
      : `Hệ thống định danh không cho biết ${p.claim} của tài khoản, nên không tìm được tài khoản cchc tương ứng.`,
  SSO_AMBIGUOUS_ACCOUNT: (p: { value: string }) =>
    `Có nhiều tài khoản cchc cùng địa chỉ thư điện tử "${p.value}". Đề nghị quản trị viên sửa để mỗi địa chỉ chỉ thuộc một tài khoản.`,
  SSO_ACCOUNT_ARCHIVED: 'Tài khoản cchc ứng với tài khoản định danh này đã bị lưu trữ (ngừng sử dụng).',
  SSO_RULE_EXISTS: (p: { domain: string }) => `Đã có quy tắc cho tên miền "${p.domain}".`,
  WRONG_PASSWORD: 'Mật khẩu hiện tại không đúng.',
  SAME_PASSWORD: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
  WEAK_PASSWORD: (p: { label: string; weakness: 'common' | 'personal' }) =>
    p.weakness === 'personal'
      ? `${p.label}: không được chứa tên đăng nhập hoặc họ tên của người dùng. Hãy chọn mật khẩu khác.`
      : `${p.label}: mật khẩu này quá phổ biến hoặc dễ đoán (như "password123", "qwerty12345", mật khẩu tài khoản mẫu). Hãy chọn mật khẩu khác, ví dụ một câu ngắn dễ nhớ có chữ và số.`,
  NOT_FOUND: (p: { what: string } | { route: 'api' }) =>
    'what' in p ? `Không tìm thấy ${p.what}.` : 'Không có địa chỉ API này.',
  /** `sentence`: the first refused field, labelled (contracts/field-labels.ts labelledMessage). */
  VALIDATION_FAILED: (p?: { sentence: string }) => p?.sentence ?? 'Dữ liệu gửi lên không hợp lệ.',
  BAD_REQUEST: 'Yêu cầu không hợp lệ.',
  INVALID_JSON: (p?: { maxDepth: number }) =>
    p
      ? `Dữ liệu gửi lên lồng nhau quá ${p.maxDepth} tầng; không phải dữ liệu của cchc.`
      : 'Dữ liệu gửi lên không phải JSON hợp lệ.',
  /** `label`: the field as people know it (contracts/field-labels.ts fieldLabel). */
  INVALID_CHARACTERS: (p: { label: string }) =>
    `Trường "${p.label}" chứa ký tự không hợp lệ (ký tự rỗng NUL hoặc ký tự Unicode bị cắt đôi), thường do sao chép từ tệp khác. Hãy xóa ký tự đó rồi gửi lại.`,
  UNSUPPORTED_MEDIA_TYPE: (p: { expected: 'json' | 'multipart' }) =>
    p.expected === 'json'
      ? 'Dữ liệu gửi lên phải ở dạng JSON (Content-Type: application/json).'
      : 'Hãy gửi tệp bằng biểu mẫu tải lên (multipart/form-data).',
  PAYLOAD_TOO_LARGE: (p: { body: 'upload'; fileName?: string } | { body: 'json' } | { body: 'unknown' }) =>
    p.body === 'upload'
      ? uploadTooLargeMessage(p.fileName)
      : p.body === 'json'
        ? 'Dữ liệu gửi lên vượt quá 1 MB.'
        : 'Dữ liệu hoặc tệp gửi lên quá lớn.',
  INVALID_UPLOAD: 'Không đọc được tệp tải lên.',
  FILE_REQUIRED: 'Hãy chọn một tệp để tải lên.',
  STALE_VERSION: (p: { what: string }) =>
    `${p.what} đã được người khác thay đổi sau khi bạn mở. Hãy tải lại để xem bản mới nhất rồi sửa lại.`,
  CONCURRENT_CHANGE: 'Dữ liệu này vừa được người khác thay đổi cùng lúc. Hãy tải lại trang rồi thực hiện lại.',
  SERVER_BUSY: (p: { reason: 'full' | 'waited' }) =>
    p.reason === 'full'
      ? 'Máy chủ đang bận phục vụ nhiều yêu cầu cùng lúc; yêu cầu của bạn chưa được thực hiện (chưa có gì được ghi). Hãy thử lại sau ít giây.'
      : 'Máy chủ đang quá tải nên yêu cầu của bạn phải chờ quá lâu và chưa được thực hiện (chưa có gì được ghi). Hãy thử lại sau ít giây.',
  INTERNAL: 'Lỗi hệ thống. Dữ liệu của bạn chưa bị thay đổi; hãy thử lại hoặc báo quản trị viên.',

  // ── Files people bring ──────────────────────────────────────────────────────────────────────────────
  EMPTY_FILE: (p: { empty: 'document' | 'table' | 'header' | 'sheet' | 'units' | 'survey' | 'dossiers' }) =>
    ({
      document: 'Tệp rỗng: không có nội dung nào để đọc.',
      table: 'Tệp rỗng: không có dữ liệu để nhập.',
      header: 'Tệp không có dòng tiêu đề.',
      sheet: 'Tệp Excel không có trang tính nào.',
      units: 'Tệp không có dòng đơn vị nào.',
      survey: 'Không có dòng điểm điều tra nào.',
      dossiers:
        'Tệp không có hồ sơ nào: hãy kiểm tra đã xuất đúng tệp (CSV, Excel, JSON hoặc NDJSON) và có dữ liệu dưới dòng tiêu đề.',
    })[p.empty],
  /** `problem` (document): what is broken, as a sentence. */
  CORRUPT_FILE: (
    p:
      | { file: 'upload' | 'package' | 'csv' | 'xlsx' | 'survey-json' | 'backup' | 'pdf' }
      | { file: 'document'; problem: string }
      | { file: 'backup-entry'; name: string }
      | { file: 'directory'; path: string },
  ) => {
    switch (p.file) {
      case 'upload':
        return 'Tệp bị hỏng hoặc không đúng định dạng, không đọc được. Hãy mở tệp bằng phần mềm của nó, lưu lại rồi tải lên lại.';
      case 'package':
        return 'Tệp nén (Word/Excel) bị hỏng hoặc không đầy đủ: không đọc được các phần bên trong. Hãy mở tệp, lưu lại rồi tải lên lại.';
      case 'document':
        return `Tệp bị hỏng hoặc không đầy đủ: ${p.problem} Hãy mở tệp bằng Word, lưu lại rồi nhập lại.`;
      case 'pdf':
        return 'Tệp PDF bị hỏng hoặc không đầy đủ (có thể chưa tải về hết), không đọc được. Hãy tải lại hoặc xuất lại tệp PDF từ văn bản gốc rồi nhập lại.';
      case 'csv':
        return 'Tệp CSV bị lỗi: có dấu ngoặc kép chưa đóng.';
      case 'xlsx':
        return 'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải định dạng .xlsx.';
      case 'survey-json':
        return 'Tệp JSON điểm điều tra không hợp lệ.';
      case 'backup':
        return 'Tệp sao lưu bị hỏng hoặc không phải tệp sao lưu của cchc.';
      case 'backup-entry':
        return `Đường dẫn tệp không hợp lệ trong bản sao lưu: ${p.name}`;
      case 'directory':
        return `Tệp danh mục đơn vị “${p.path}” không phải JSON hợp lệ.`;
    }
  },
  /** `refusal`: the upload check's own sentence (domain/reporting/upload-check.ts). */
  FILE_TOO_LARGE: (p: { file: 'upload' } | { unpackedMb: number } | { parts: number } | { refusal: string }) =>
    'refusal' in p
      ? p.refusal
      : 'unpackedMb' in p
        ? `Tệp giải nén ra quá lớn (trên ${p.unpackedMb} MB); đây không phải một tài liệu thông thường.`
        : 'parts' in p
          ? `Tệp nén có quá nhiều phần (${p.parts}); đây không phải một tài liệu thông thường.`
          : uploadTooLargeMessage(),
  /** `found`/`max`: what a reader limit met ("60.000 dòng", "50.000"); `shape`: what is odd in an XML part. */
  FILE_TOO_COMPLEX: (
    p:
      | { readerLimit: 'time'; seconds: number }
      | { readerLimit: 'memory' }
      | { found: string; max: string }
      | { shape: string },
  ) => {
    if ('shape' in p)
      return `Tệp có cấu trúc bất thường (${p.shape}); đây không phải một tài liệu thông thường. Hãy mở tệp bằng Word/Excel, lưu lại rồi tải lên lại.`;
    if ('found' in p)
      return `Tệp vượt giới hạn đọc được: ${p.found} (tối đa ${p.max}). Hãy kiểm tra lại tệp, hoặc tách thành các tệp nhỏ hơn.`;
    return p.readerLimit === 'time'
      ? `Tệp quá phức tạp: đọc tệp mất hơn ${p.seconds} giây nên đã dừng. Hãy kiểm tra lại tệp, hoặc tách thành các tệp nhỏ hơn.`
      : 'Tệp quá phức tạp: đọc tệp cần nhiều bộ nhớ hơn mức cho phép nên đã dừng. Hãy kiểm tra lại tệp, hoặc tách thành các tệp nhỏ hơn.';
  },
  /** `problem` (plan): what the file is, as a sentence; `refusal`: the upload check's own sentence. */
  UNSUPPORTED_FORMAT: (
    p: { expected: 'plan'; problem: string } | { expected: 'table' | 'criteria-xlsx' } | { refusal: string },
  ) =>
    'refusal' in p
      ? p.refusal
      : p.expected === 'plan'
        ? `${p.problem} Hãy dùng tệp Word (.docx), PDF có lớp chữ, Excel (.xlsx, .ods), HTML, Markdown hoặc văn bản (.txt) của kế hoạch.`
        : p.expected === 'table'
          ? 'Tệp không phải CSV hoặc Excel (.xlsx). Hãy lưu lại dưới dạng CSV UTF-8 hoặc .xlsx.'
          : 'Tệp không phải là tệp Excel (.xlsx) đọc được.',
  UNSUPPORTED_ENCODING: 'Tệp CSV phải được lưu với bảng mã UTF-8.',
  ENCRYPTED_FILE: (p?: { file: 'pdf' }) =>
    p?.file === 'pdf'
      ? 'Tệp PDF được đặt mật khẩu. Hãy mở tệp bằng mật khẩu, lưu (hoặc in) lại thành PDF không mật khẩu rồi nhập lại.'
      : 'Tệp Word được đặt mật khẩu. Hãy mở tệp, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu) rồi nhập lại.',
  /** Evidence refused by the upload check (domain/reporting/upload-check.ts). */
  INVALID_EVIDENCE: joined,
  BUSY: 'Máy chủ đang đọc nhiều tệp khác; hãy thử lại sau ít phút.',
  INVALID_FILE_KEY: 'Đường dẫn tệp không hợp lệ.',
  FILE_MISSING: 'Không tìm thấy tệp đã lưu trên máy chủ.',

  // ── Plans ───────────────────────────────────────────────────────────────────────────────────────────
  /** With what the reader saw: paragraphs, tables and the largest table's size. */
  NO_PLAN_FOUND: (p?: { paragraphs: number; tables: number; largest: { rows: number; columns: number } | null }) => {
    const seen = p
      ? ` Đã đọc ${p.paragraphs} đoạn văn và ${p.tables} bảng` +
        (p.largest
          ? `; bảng lớn nhất có ${p.largest.rows} hàng × ${p.largest.columns} cột, không nhận ra hàng tiêu đề nào.`
          : '.')
      : '';
    return `Không tìm thấy kế hoạch trong tệp: không có bảng phụ lục nhiệm vụ (cột “Chủ trì”, “Hoạt động”…) và không có chỉ tiêu nào.${seen} Hãy kiểm tra lại tệp đã chọn.`;
  },
  /** `listed`: the first problems, "path: message; …". */
  INVALID_PLAN_FILE: (p: { listed: string }) => `Tệp cchc.plan/v1 không hợp lệ — ${p.listed}.`,
  IMPORT_FAILED: 'Không tạo được kế hoạch hợp lệ từ tệp này; hãy gửi tệp cho bộ phận hỗ trợ.',
  IMPORT_CLOSED: (p?: { attempt: 'revise' }) =>
    p?.attempt === 'revise'
      ? 'Bản nhập này đã được ghi thành kế hoạch hoặc đã hủy; không sửa được nữa.'
      : 'Bản nhập này đã được ghi hoặc đã hủy.',
  EMPTY_PLAN: (p?: { needsMapping: true }) =>
    p?.needsMapping
      ? 'Bản nhập chưa có hoạt động nào: bảng phụ lục chưa được đọc. Hãy cho biết cột nào là gì (“Sửa cách đọc cột”) rồi ghi lại.'
      : 'Bản nhập không có hoạt động hay chỉ tiêu nào để ghi thành kế hoạch.',
  /** `reason`: why the reader could not use the mapping (Vietnamese, a full sentence). */
  COLUMN_MAPPING_UNUSABLE: (p: { reason: string }) => `Không đọc được bảng theo cách đọc cột này. ${p.reason}`,
  UNKNOWN_AREA: (p: { area: string }) => `Không có lĩnh vực "${p.area}" trong kế hoạch này.`,
  /** A plan already has its next year's plan (made by someone else, perhaps a moment ago). */
  NEXT_YEAR_PLAN_EXISTS: (p: { year: number; name: string }) =>
    `Kế hoạch năm ${p.year} đã được lập từ kế hoạch này ("${p.name}"); mỗi kế hoạch chỉ lập kế hoạch năm sau một lần.`,
  PLAN_ARCHIVED: 'Kế hoạch đã lưu trữ; không lập được kế hoạch năm sau từ kế hoạch này.',
  PLAN_YEAR_OUTSIDE_PROGRAMME: (p: { year: number; startYear: number; endYear: number }) =>
    `Kế hoạch năm ${p.year} không thuộc giai đoạn ${p.startYear}–${p.endYear} của chương trình.`,
  PROGRAMME_YEARS_EXCLUDE_PLANS: (p: { years: string }) =>
    `Giai đoạn mới không còn bao gồm năm của các kế hoạch đã thuộc chương trình (${p.years}); hãy gỡ các kế hoạch đó khỏi chương trình trước.`,

  // ── Units and accounts ──────────────────────────────────────────────────────────────────────────────
  DUPLICATE_CODE: (p: { code: string }) => `Mã đơn vị "${p.code}" đã được dùng.`,
  DUPLICATE_USERNAME: (p: { username: string }) => `Tên đăng nhập "${p.username}" đã được dùng.`,
  ARCHIVED: (
    p:
      | { record: 'unit' | 'user'; attempt: 'archive' | 'edit' }
      | { record: 'criteria-set'; code?: string; version?: number },
  ) => {
    if (p.record === 'criteria-set') {
      return p.code
        ? `Bộ tiêu chí ${p.code} phiên bản ${p.version} đã lưu trữ: hãy chọn phiên bản đang dùng.`
        : 'Bộ tiêu chí này đã được lưu trữ.';
    }
    const what = p.record === 'unit' ? 'Đơn vị' : 'Tài khoản';
    return p.attempt === 'archive' ? `${what} đã được lưu trữ trước đó.` : `${what} đã được lưu trữ, không thể sửa.`;
  },
  HAS_ACTIVE_CHILDREN: 'Hãy lưu trữ hoặc chuyển các đơn vị cấp dưới trước.',
  HAS_ACTIVE_USERS: 'Đơn vị còn tài khoản người dùng đang hoạt động.',
  DUPLICATE_SUCCESSION: 'Liên kết kế thừa này đã có.',
  SELF_SUCCESSION: 'Đơn vị không thể kế thừa chính nó.',
  PARENT_NOT_FOUND: 'Không tìm thấy đơn vị cấp trên đã chọn.',
  PARENT_ARCHIVED: 'Đơn vị cấp trên đã được lưu trữ.',
  UNIT_CYCLE: 'Không thể chọn đơn vị cấp dưới (hoặc chính nó) làm đơn vị cấp trên.',
  UNIT_REQUIRED: 'Người báo cáo phải thuộc một đơn vị.',
  MINISTRY_UNIT_IN_PROVINCE:
    'Tài khoản Bộ Nội vụ xem mọi tỉnh nên không thuộc đơn vị của một tỉnh: hãy chọn Bộ Nội vụ (đơn vị ngoài các tỉnh) hoặc để trống.',
  /** `code`: the unit code typed on the command line. */
  UNIT_NOT_FOUND: (p?: { code: string }) => (p ? `Không có đơn vị mã "${p.code}".` : 'Không tìm thấy đơn vị đã chọn.'),
  UNIT_ARCHIVED: 'Đơn vị đã chọn đã được lưu trữ.',
  SELF_ARCHIVE: 'Bạn không thể tự lưu trữ tài khoản của mình.',
  SELF_DEMOTION: 'Bạn không thể tự bỏ quyền quản trị của mình.',
  DOSSIER_ROWS_INVALID: (p: { count: number }) =>
    `Tệp có ${p.count} dòng không đọc được; chưa ghi hồ sơ nào. Hãy sửa các dòng được nêu và tải lên lại, hoặc chọn chỉ ghi các dòng hợp lệ.`,
  /** A national index result refused by its rules (domain/indices/validate-result.ts), each naming its field. */
  INDEX_RESULT_INVALID: joined,
  DUPLICATE_INDEX: (p: { code: string }) => `Mã chỉ số "${p.code}" đã có.`,
  /** A target whose words set none of "nhóm N tỉnh", "tăng N bậc", "N điểm" and no kind was chosen. */
  INDEX_TARGET_UNREADABLE: (p: { text: string }) =>
    `Mục tiêu: không đọc được “${p.text}”. Hãy ghi như “trong nhóm 15 tỉnh dẫn đầu”, “tăng 5 bậc” hoặc “đạt tối thiểu 90 điểm”, hoặc chọn loại và giá trị.`,
  /** Lost points asked of an area the result has no loss in. */
  NO_POINTS_LOST: (p: { area: string }) =>
    `Lĩnh vực: “${p.area}” không có điểm bị mất trong kết quả này (hoặc chưa có số liệu).`,
  IMPORT_ROWS_INVALID: (p: { count: number; file: 'upload' | 'directory' }) =>
    p.file === 'directory'
      ? `Tệp danh mục đơn vị có ${p.count} lỗi.`
      : `Tệp có ${p.count} lỗi; chưa nhập dòng nào. Hãy sửa các dòng được nêu rồi nhập lại.`,
  INVALID_DIRECTORY: (p: { path: string; problem: string }) =>
    `Tệp danh mục đơn vị không hợp lệ — ${p.path}: ${p.problem}`,

  // ── Reporting ───────────────────────────────────────────────────────────────────────────────────────
  ASSIGNMENT_CANCELLED: 'Nhiệm vụ này đã bị hủy giao; không cập nhật được nữa.',
  // Registers (domain/registers/)
  REGISTER_ENTRY_CANCELLED: 'Mục này của sổ theo dõi đã bị hủy; không sửa được nữa.',
  REGISTER_ONE_PER_UNIT: (p: { register: string }) =>
    `Đơn vị đã có một mục trong sổ "${p.register}": hãy mở và sửa mục đó thay vì thêm mục mới.`,
  REGISTER_NO_FOLLOW_UPS: (p: { register: string }) => `Sổ "${p.register}" không có nhiệm vụ theo dõi.`,
  REGISTER_NO_FILE_FIELD: (p: { register: string; field: string }) =>
    `Sổ "${p.register}" không có trường tệp "${p.field}".`,
  FOLLOW_UP_NOT_OPEN:
    'Nhiệm vụ theo dõi này đã được báo cáo (đang chờ xem xét), đã hoàn thành hoặc đã hủy; không cập nhật được nữa.',
  FOLLOW_UP_NOT_REPORTED:
    'Nhiệm vụ này chưa được đơn vị báo cáo đã khắc phục (hoặc đã được xem xét); không chấp nhận hay trả lại được.',
  FOLLOW_UP_NOT_REVIEWED: (p: { register: string }) =>
    `Nhiệm vụ của sổ "${p.register}" không qua bước xem xét báo cáo.`,
  // Inspections (domain/inspections/)
  INSPECTION_PLAN_CANCELLED: 'Kế hoạch kiểm tra này đã bị hủy; không sửa được nữa.',
  INSPECTION_PLAN_EXISTS: (p: { year: number; level: string }) =>
    `Năm ${p.year} đã có kế hoạch kiểm tra ${p.level}: hãy mở và sửa kế hoạch đó (hoặc hủy nó) thay vì tạo mới.`,
  ASSIGNMENT_CHANGED:
    'Phân công của hoạt động này vừa được người khác thay đổi. Hãy tải lại để xem phân công hiện tại rồi thực hiện lại.',
  /** A change refused by the plan's rules (domain/reporting/assignment-change.ts). */
  INVALID_ASSIGNMENT_CHANGE: joined,
  /** A change refused because of what is already there (a task already cancelled or assigned): a conflict. */
  ASSIGNMENT_CONFLICT: joined,
  NOT_LEAD: 'Đơn vị phối hợp không cập nhật tiến độ; đơn vị chủ trì cập nhật.',
  MILESTONE_IN_FUTURE: 'Ngày hoàn thành mốc không được sau ngày hôm nay.',
  INVALID_PROGRESS: joined,
  /** A period's or a unit's validity dates; or an ad-hoc period refused by its rules. */
  INVALID_PERIOD: (p: { dates: 'validity' | 'round' } | Issues) =>
    'issues' in p
      ? joined(p)
      : p.dates === 'validity'
        ? 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.'
        : 'Ngày kết thúc của mỗi đợt phải sau ngày bắt đầu.',
  PERIOD_CLOSED: (p: { period: string }) => `Kỳ báo cáo ${p.period} đã được khóa trước đó.`,
  PERIOD_NOT_IN_PLAN: 'Kỳ báo cáo đã chọn không thuộc kế hoạch đã chọn.',
  INVALID_REPORT: joined,
  INVALID_VALUE: 'Tỷ lệ phải nằm trong khoảng 0 đến 100%.',
  NO_INDICATOR_VALUE: 'Hãy nhập số liệu toàn tỉnh của kỳ này trước, rồi mới đính kèm minh chứng.',
  /** A plan target linked to a figure of the wrong kind (a % target to a count, …). */
  FIGURE_KIND_MISMATCH: (p: { figure: string; target: string }) =>
    `Số liệu “${p.figure}” không đo được chỉ tiêu “${p.target}”: chỉ tiêu tính bằng % cần một tỷ lệ, chỉ tiêu đếm cần một số đếm.`,
  EVIDENCE_IN_ACCEPTED_REPORT: (p: { fileName: string; period: string }) =>
    `Không rút được tệp "${p.fileName}": báo cáo ${p.period} dẫn tệp này đã được chấp nhận. Báo cáo cần được mở lại trước.`,
  EVIDENCE_WITHDRAWN: (p: { fileName: string } | { label: string }) =>
    'fileName' in p
      ? `Tệp minh chứng "${p.fileName}" đã được rút trước đó.`
      : `Tài liệu kiểm chứng "${p.label}" đã được rút trước đó.`,
  // A unit report's workflow refusals: `refusal` is the workflow's own sentence (domain/reporting/report-workflow.ts).
  REPORT_LOCKED: (p: { refusal: string }) => p.refusal,
  REPORT_AWAITING_REVIEW: (p: { refusal: string }) => p.refusal,
  REPORT_INVALID_STATE: (p: { refusal: string }) => p.refusal,
  REPORT_PERIOD_CLOSED: (p: { refusal: string }) => p.refusal,
  REPORT_COMMENT_REQUIRED: (p: { refusal: string }) => p.refusal,
  REPORT_REASON_REQUIRED: (p: { refusal: string }) => p.refusal,

  // ── Units' own plans and initiatives ───────────────────────────────────────────────────────────────────
  /** `unit` owes no plan of its own under this plan (its level has no deadline). */
  UNIT_PLAN_NO_DUTY: (p: { unit: string }) =>
    `${p.unit} không có nghĩa vụ ban hành kế hoạch CCHC theo kế hoạch này (cấp của đơn vị chưa có hạn ban hành).`,
  UNIT_PLAN_ALREADY_RECORDED: (p: { unit: string; number: string }) =>
    `${p.unit} đã ghi nhận kế hoạch số ${p.number}. Hãy hủy bản đã ghi (có lý do) trước khi ghi bản khác.`,
  UNIT_PLAN_NO_ACTIVITIES: (p: { file: string }) =>
    `Không đọc được hoạt động nào từ tệp “${p.file}”: kế hoạch cần có phụ lục dạng bảng (TT, Nhiệm vụ, Hoạt động, Kết quả/Sản phẩm, Thời gian). Các hoạt động đã đọc trước đó được giữ nguyên.`,
  /** `refusal`: the workflow's own sentence (domain/initiatives/initiatives.ts). */
  FEEDBACK_STEP_REFUSED: (p: { refusal: string }) => p.refusal,
  INITIATIVE_INVALID_STATE: (p: { refusal: string }) => p.refusal,
  INITIATIVE_OWN_UNIT:
    'Đơn vị đề xuất sáng kiến không ghi nhận việc tự áp dụng sáng kiến của mình; hãy chọn đơn vị khác.',
  INITIATIVE_ALREADY_APPLIED: (p: { unit: string }) => `${p.unit} đã được ghi nhận áp dụng sáng kiến này.`,

  // ── Scoring ─────────────────────────────────────────────────────────────────────────────────────────
  INVALID_CRITERIA_FILE: 'Tệp bộ tiêu chí phải là JSON (định dạng cchc-criteria/1) hoặc Excel (.xlsx).',
  INVALID_CRITERIA_SET: (p: { problems: readonly string[] }) => `Bộ tiêu chí không hợp lệ:\n${listed(p.problems, 20)}`,
  INVALID_CRITERIA_XLSX: (p: { problems: readonly string[] }) =>
    `Tệp Excel bộ tiêu chí có lỗi, chưa nhập gì:\n${listed(p.problems, 30)}`,
  INVALID_ROUND_UNITS: (p: { problems: readonly string[] }) =>
    `Danh sách đơn vị không hợp lệ: ${p.problems.join('; ')}.`,
  INVALID_COUNCIL: (p: { problems: readonly string[] }) => `Hội đồng thẩm định không hợp lệ: ${p.problems.join('; ')}.`,
  DUPLICATE_MEMBER: 'Một người chỉ có một dòng trong hội đồng.',
  COUNCIL_INCOMPLETE: (p: { areas: readonly string[] }) =>
    `Chưa phân công thành viên Hội đồng thẩm định cho lĩnh vực: ${p.areas.join(', ')}.`,
  APPRAISAL_INCOMPLETE: (p: { criteria: number; units: number }) =>
    `Còn ${p.criteria} tiêu chí của ${p.units} đơn vị chưa được thẩm định.`,
  FINAL_APPRAISAL_INCOMPLETE: (p: { count: number }) => `Còn ${p.count} nội dung giải trình chưa được thẩm định lại.`,
  SELF_ASSESSMENT_INCOMPLETE: (p: { missing: readonly string[] }) =>
    `Còn ${p.missing.length} tiêu chí chưa tự chấm: ${p.missing.slice(0, 15).join(', ')}${p.missing.length > 15 ? '…' : ''}.`,
  ALREADY_SUBMITTED: 'Đơn vị đã gửi kết quả tự đánh giá: không sửa được nữa.',
  /** `action` nobody may take once published; without it, the round cannot change stage. */
  ROUND_PUBLISHED: (p?: { action: string }) =>
    p
      ? `Đợt đánh giá đã công bố kết quả: không ai được ${p.action}.`
      : 'Đợt đánh giá đã công bố kết quả: không thể thay đổi.',
  /** `action` allowed only in the `expected` stage(s), the round being in `current`; or a stage change not allowed. */
  WRONG_STAGE: (p: { action: string; expected: string; current: string } | { from: string; to: string }) =>
    'from' in p
      ? `Từ giai đoạn "${p.from}" chỉ chuyển được sang "${p.to}".`
      : `Chỉ ${p.action} khi đợt đánh giá ở giai đoạn ${p.expected}; đợt đang ở giai đoạn "${p.current}".`,
  /** `lastDay`: dd/mm/yyyy. */
  WINDOW_CLOSED: (p: { action: string; lastDay: string }) =>
    `Đã hết hạn ${p.action} (hạn cuối ${p.lastDay}). Hãy đề nghị Sở Nội vụ gia hạn nếu cần.`,
  SURVEY_LEAF: (p: { code: string; stage: 'self' | 'appraisal' }) =>
    `Mục ${p.code} lấy điểm từ điều tra xã hội học: ${p.stage === 'self' ? 'đơn vị không tự chấm' : 'không thẩm định'}.`,
  SURVEY_METHOD: (p: { code: string; method: string }) =>
    `Tiêu chí ${p.code} chấm theo cách "${p.method}": điểm điều tra chỉ nhập được cho tiêu chí chấm trực tiếp hoặc theo tỷ lệ.`,
  SURVEY_COLUMNS: (p: { file: 'table' | 'json' }) =>
    p.file === 'table'
      ? 'Tệp điểm điều tra cần các cột "Mã đơn vị", "Mã tiêu chí" và "Điểm".'
      : 'Tệp JSON điểm điều tra phải là danh sách [{ "unitCode", "code", "points" }].',
  INVALID_SURVEY_POINTS: (p: { problems: readonly string[] }) =>
    `Điểm điều tra không hợp lệ, chưa nhập dòng nào:\n${listed(p.problems, 20)}`,
  NOTHING_TO_ACCEPT: (p: { code: string }) =>
    `Đơn vị chưa chấm mục ${p.code}: hãy điều chỉnh với giá trị thẩm định và lý do.`,
  ENTRY_ACCEPTED: (p: { code: string }) =>
    `Sở Nội vụ đã chấp nhận mục ${p.code}: cơ quan không sửa được nữa (đề nghị Sở Nội vụ trả lại nếu cần sửa).`,
  NOT_JOINT_ROUND: 'Đợt đánh giá này không phải đợt tự đánh giá chung của tỉnh (chấm một đơn vị cấp tỉnh).',
  JOINT_NOT_FILLED: (p: { code: string }) => `Cơ quan chủ trì chưa điền mục ${p.code}: chưa có gì để xem xét.`,
  JOINT_NOT_ACCEPTED: (p: { codes: readonly string[] }) =>
    `Còn ${p.codes.length} tiêu chí chưa được chấp nhận: ${p.codes.slice(0, 15).join(', ')}${p.codes.length > 15 ? '…' : ''}.`,
  UNKNOWN_CRITERION: (p: { code: string; set: string }) => `Bộ tiêu chí ${p.set} không có mục mã "${p.code}".`,
  UNKNOWN_AGENCY: 'Cơ quan chủ trì phải là một đơn vị trong danh mục (chưa lưu trữ).',
  NO_DEDUCTION: (p: { code: string }) =>
    `Tiêu chí ${p.code} không bị Bộ Nội vụ trừ điểm (hoặc chưa có kết quả thẩm định): không có gì để giao khắc phục.`,
  NOT_CRITERION_AGENCY: (p: { code: string; agencies: readonly string[] }) =>
    `Cơ quan chủ trì: hãy chọn một cơ quan phụ trách tiêu chí ${p.code} (${p.agencies.join(', ') || 'chưa giao cơ quan nào'}).`,
  INVALID_APPRAISAL_FILE: (p: { problems: readonly string[] }) =>
    `Tệp kết quả thẩm định của Bộ có lỗi, chưa nhập dòng nào:\n${listed(p.problems, 20)}`,
  APPRAISAL_COLUMNS: 'Tệp kết quả thẩm định cần các cột "Mã tiêu chí" và "Điểm thẩm định" (cột "Lý do" nếu có).',
  NOT_DEDUCTED: (p: { code: string }) => `Mục ${p.code} không bị trừ điểm khi thẩm định: không cần giải trình.`,
  /** A leaf's entry refused (`why`), or last year's points (`previousRound`, one problem a line). */
  INVALID_ENTRY: (p: { code: string; title: string; why: string } | { previousRound: readonly string[] }) =>
    'previousRound' in p
      ? `Điểm năm trước không hợp lệ:\n${p.previousRound.join('\n')}`
      : `Mục ${p.code} (${p.title}): ${p.why}`,
  AMBIGUOUS_NUMBER: (p: { text: string }) =>
    `Không đọc được số "${p.text}": số viết kiểu Việt Nam dùng dấu phẩy thập phân (86,44) và dấu chấm phân nhóm nghìn (1.607). Hãy kiểm tra lại số này.`,

  // ── Documents the application writes ────────────────────────────────────────────────────────────────
  DOCUMENT_MARGIN_OUT_OF_RANGE: (p: { margin: string; min: number; max: number; value: number }) =>
    `${p.margin} phải từ ${p.min} đến ${p.max} mm theo Nghị định 30/2020/NĐ-CP (đang đặt ${p.value} mm).`,
  /** `row`: "Dòng 3" or "Dòng tổng cộng"; `table`: its title, if any. */
  REPORT_TABLE_SHAPE: (p: { row: string; table?: string; cells: number; columns: number }) =>
    `${p.row}${p.table ? ` của bảng "${p.table}"` : ''} có ${p.cells} ô nhưng bảng có ${p.columns} cột.`,
  REPORT_SHEET_WITHOUT_COLUMNS: (p: { sheet: string }) => `Trang tính "${p.sheet}" không có cột nào để ghi.`,

  // ── Operating the server: start-up, background jobs, backup and restore, the CLI ───────────────────
  READ_REPLICA_NEEDS_POSTGRES:
    'CCHC_READ_DATABASE_URL (cơ sở dữ liệu chỉ đọc) chỉ dùng được cùng PostgreSQL: hãy đặt DATABASE_URL là postgres://….',
  INVALID_CONFIG: (p: { variable: string; text: string }) =>
    `${p.variable} phải là số nguyên dương (đang là "${p.text}").`,
  INVALID_PUBLIC_URL: (p: { text: string }) =>
    `CCHC_PUBLIC_URL phải là địa chỉ http:// hoặc https:// mà người dân truy cập được, ví dụ https://cchc.tinh.gov.vn (đang là "${p.text}").`,
  INVALID_WORKERS: (p: { text: string }) => `CCHC_WORKERS phải là số nguyên từ 1 đến 64 (đang là "${p.text}").`,
  WORKERS_NEED_POSTGRES:
    'Chạy nhiều tiến trình (CCHC_WORKERS > 1) cần PostgreSQL (DATABASE_URL): CSDL nhúng PGlite chỉ một tiến trình dùng được.',
  UNKNOWN_JOB: (p: { kind: string }) => `Không có cách xử lý loại công việc "${p.kind}".`,
  /** Held by another process; `backupHint` says how to back up through the running server instead; a restore waits for no one. */
  DATABASE_IN_USE: databaseInUse,
  DATABASE_LOCK_BUSY: (p: { lockFile: string }) =>
    `Không lấy được quyền dùng cơ sở dữ liệu nhúng (tệp khoá ${p.lockFile} thay đổi liên tục); hãy thử lại.`,
  SERVER_RUNNING:
    'Máy chủ cchc đang chạy trên cơ sở dữ liệu này; hãy dừng mọi máy chủ cchc trước khi khôi phục (khôi phục thay thế toàn bộ dữ liệu họ đang dùng).',
  NOT_A_BACKUP: 'Tệp không phải bản sao lưu cchc (thiếu manifest.json hợp lệ).',
  SCHEMA_MISMATCH: 'Bản sao lưu được tạo với phiên bản cấu trúc CSDL khác; hãy dùng đúng phiên bản cchc đã tạo ra nó.',
  SERVER_UNREACHABLE: (p: { url: string }) => `Không kết nối được máy chủ cchc tại ${p.url}.`,
  /** `answer`: the server's own message. */
  LOGIN_FAILED: (p: { username: string; answer: string }) => `Máy chủ từ chối đăng nhập "${p.username}": ${p.answer}`,
  BACKUP_REFUSED: (p: { answer: string }) => `Máy chủ không tạo được bản sao lưu: ${p.answer}`,
  CREDENTIALS_REQUIRED:
    'Sao lưu qua máy chủ cần --user <tài khoản quản trị> và mật khẩu trong biến môi trường CCHC_PASSWORD.',
  S3_NOT_CONFIGURED:
    'Chưa cấu hình kho lưu trữ đối tượng: hãy đặt CCHC_S3_ENDPOINT, CCHC_S3_BUCKET, CCHC_S3_ACCESS_KEY_ID và CCHC_S3_SECRET_ACCESS_KEY (README: Cấu hình).',
  PASSWORD_REQUIRED: 'Hãy đặt mật khẩu trong biến môi trường CCHC_PASSWORD (để mật khẩu không nằm trong lịch sử lệnh).',
  FILE_NOT_FOUND: (p: { path: string; file?: 'directory' }) =>
    p.file === 'directory'
      ? `Không mở được tệp danh mục đơn vị “${p.path}”.`
      : `Không mở được tệp “${p.path}”: hãy kiểm tra đường dẫn.`,
  NOT_A_FILE: (p: { path: string }) => `“${p.path}” không phải là một tệp.`,
  INVALID_DATE: (p: { text: string }) => `Ngày --as-of “${p.text}” phải có dạng YYYY-MM-DD.`,
  UNSUPPORTED_OUTPUT: (p: { format: string }) => `Định dạng đầu ra “${p.format}” chưa hỗ trợ; hãy dùng --format json.`,
  // ── Service-quality figures (QĐ 766) from the national portal ───────────────────────────────────────
  /** `problem`: what is wrong with the file, as a sentence. */
  PORTAL_FIGURES_UNREADABLE: (p: { file: string; problem: string }) =>
    `Tệp “${p.file}” không đọc được như số liệu Cổng Dịch vụ công quốc gia: ${p.problem}`,
  /** `text`: the period as typed. */
  SERVICE_FIGURES_PERIOD: (p: { text: string }) =>
    `Kỳ “${p.text}” không hợp lệ: hãy ghi năm (2025), quý (2025-Q2) hoặc tháng (2025-06).`,
  /** Surveys (issue #14). */
  QUESTIONNAIRE_INVALID: (p: Issues) =>
    `Phiếu khảo sát không hợp lệ:\n${listed(
      p.issues.map((i) => i.message),
      20,
    )}`,
  SURVEY_ANSWERS_INVALID: (p: Issues) =>
    `Phiếu trả lời chưa hợp lệ:\n${listed(
      p.issues.map((i) => i.message),
      20,
    )}`,
  SURVEY_CAMPAIGN_INVALID: (p: { field: string; problem: string }) => `${p.field}: ${p.problem}`,
  SURVEY_CAMPAIGN_STARTED: 'Đợt khảo sát đã bắt đầu: chỉ sửa được trước ngày bắt đầu.',
  SURVEY_CAMPAIGN_CANCELLED: 'Đợt khảo sát đã bị huỷ.',
  SURVEY_CAMPAIGN_NOT_OPEN: (p: { from: string; to: string }) =>
    `Đợt khảo sát chỉ nhận ý kiến từ ngày ${p.from} đến ngày ${p.to}.`,
  SURVEY_CODE_REQUIRED: 'Vui lòng nhập mã phiếu in trên giấy hẹn/giấy trả kết quả.',
  SURVEY_CODE_INVALID: 'Mã phiếu không đúng hoặc không thuộc đơn vị này. Vui lòng kiểm tra lại.',
  SURVEY_CODE_USED: 'Mã phiếu này đã được dùng để gửi ý kiến. Mỗi mã chỉ dùng được một lần.',
  SURVEY_RATE_LIMITED: 'Có quá nhiều phiếu gửi lên trong thời gian ngắn. Vui lòng thử lại sau ít phút.',
  SURVEY_TOO_LARGE: (p: { limit: string }) => `Phiếu gửi lên quá lớn (tối đa ${p.limit}).`,
} as const satisfies Record<string, string | ((params: never) => string)>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as [ErrorCode, ...ErrorCode[]];

/** What a code's message needs: its function's parameter, or nothing for a fixed sentence. */
export type ErrorParams<C extends ErrorCode> = C extends ErrorCode
  ? (typeof ERROR_MESSAGES)[C] extends (params: infer P) => string
    ? P
    : undefined
  : never;

/** Params (required when the message names something) and details (for the browser: issues, rows…). */
export type ErrorArgs<C extends ErrorCode> =
  undefined extends ErrorParams<C>
    ? [params?: ErrorParams<C>, details?: unknown]
    : [params: ErrorParams<C>, details?: unknown];

/** Codes whose message is a domain rule's issues (Result.issues), for `unwrap`. */
export type IssuesErrorCode = { [C in ErrorCode]: Issues extends ErrorParams<C> ? C : never }[ErrorCode];

/** The Vietnamese message of `code` with its params. */
export function errorMessage<C extends ErrorCode>(code: C, ...[params]: ErrorArgs<C>): string {
  const message = ERROR_MESSAGES[code] as string | ((params: unknown) => string);
  return typeof message === 'string' ? message : message(params);
}

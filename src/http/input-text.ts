import { AppError } from '../domain/errors.js';

/**
 * Text PostgreSQL cannot store, refused at the edge with a 400 before it reaches a use case: the NUL
 * character (text columns refuse it) and a lone UTF-16 surrogate (jsonb refuses its escape; it is no
 * character at all). Both gave 500 before (issue #16, item 8). Checked in JSON bodies (values and keys),
 * query strings, path parameters and multipart fields and file names.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const isStorable = (text: string) => !text.includes('\u0000') && !LONE_SURROGATE.test(text);

/** Labels people know the fields by, for the message; other fields are named by their path. */
const FIELD_LABELS: Record<string, string> = {
  name: 'Tên',
  code: 'Mã',
  shortNames: 'Tên viết tắt',
  aliases: 'Tên gọi khác',
  username: 'Tên đăng nhập',
  displayName: 'Họ và tên',
  password: 'Mật khẩu',
  currentPassword: 'Mật khẩu hiện tại',
  newPassword: 'Mật khẩu mới',
  email: 'Thư điện tử',
  reason: 'Lý do',
  note: 'Ghi chú',
  title: 'Tiêu đề',
  label: 'Tên gọi',
  text: 'Nội dung',
  q: 'Từ khóa tìm kiếm',
  result: 'Kết quả đã thực hiện',
  resultText: 'Kết quả đã thực hiện',
  summary: 'Trích yếu',
  numberSymbol: 'Số, ký hiệu',
  url: 'Đường dẫn',
  answer: 'Nội dung giải trình',
  comment: 'Nhận xét',
  overallComment: 'Nhận xét chung',
  achievements: 'Kết quả đạt được',
  shortcomings: 'Tồn tại, hạn chế',
  causes: 'Nguyên nhân',
  nextTasks: 'Nhiệm vụ thời gian tới',
  proposals: 'Đề xuất, kiến nghị',
  introduction: 'Phần mở đầu',
  conclusions: 'Phần kết luận',
  issuingBody: 'Cơ quan ban hành',
  referenceSymbol: 'Ký hiệu văn bản',
  signerName: 'Người ký',
  signerPosition: 'Chức vụ người ký',
  signerAuthority: 'Thẩm quyền ký',
  recipients: 'Nơi nhận',
  activity: 'Hoạt động',
  deliverable: 'Kết quả/Sản phẩm',
  fileName: 'Tên tệp',
  file: 'Tệp tải lên',
};

/** The field's label: the last named key of its path ("content.items.3.result" -> "Kết quả đã thực hiện"). */
function labelOf(path: (string | number)[]): string {
  const key = [...path].reverse().find((part): part is string => typeof part === 'string');
  const label = key ? FIELD_LABELS[key] : undefined;
  return label ? `"${label}"` : `"${path.join('.') || 'dữ liệu'}"`;
}

export function invalidText(path: (string | number)[]): AppError {
  return new AppError(
    'INVALID_CHARACTERS',
    `Trường ${labelOf(path)} chứa ký tự không hợp lệ (ký tự rỗng NUL hoặc ký tự Unicode bị cắt đôi), thường do sao chép từ tệp khác. Hãy xóa ký tự đó rồi gửi lại.`,
    400,
    { field: path.join('.') },
  );
}

/** The first place in a parsed JSON value (or a record of strings) holding text that cannot be stored. */
export function findUnstorableText(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === 'string') return isStorable(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorable(key)) return [...path, key];
      const found = findUnstorableText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** Throws the 400 for the first unstorable text in `value`. */
export function requireStorableText(value: unknown): void {
  const path = findUnstorableText(value);
  if (path) throw invalidText(path);
}

/**
 * Vietnamese validation messages for every contract, on the server and in the browser.
 * zod's own Vietnamese locale says "Đầu vào không hợp lệ: mong đợi string, nhận được null", which
 * names types, not what to fix; these say it plainly and never name an internal key or type.
 * The field's label is added where the message is shown (under the field, or before it in an API error).
 */
import { z } from 'zod';
import { formatNumberVi } from '../domain/text/format.js';

type Issue = z.core.$ZodRawIssue;

const ofCollection = (origin: unknown) =>
  origin === 'array' || origin === 'set' ? 'mục' : origin === 'file' ? 'byte' : 'ký tự';
const bound = (value: unknown) => (typeof value === 'number' ? formatNumberVi(value, 3) : String(value));

function invalidType(issue: Issue & { code: 'invalid_type' }): string {
  if (issue.input === undefined || issue.input === null || issue.input === '') return 'Chưa nhập (bắt buộc).';
  switch (issue.expected) {
    case 'number':
    case 'bigint':
      return 'Phải là một số.';
    case 'int':
      return 'Phải là số nguyên.';
    case 'boolean':
      return 'Phải là có hoặc không.';
    case 'array':
      return 'Phải là một danh sách.';
    case 'date':
      return 'Phải là một ngày (dd/mm/yyyy).';
    case 'string':
      return 'Phải là chữ.';
    default:
      return 'Không đúng dạng dữ liệu.';
  }
}

const formats: Partial<Record<string, string>> = {
  uuid: 'Không phải mã định danh hợp lệ.',
  guid: 'Không phải mã định danh hợp lệ.',
  email: 'Không phải địa chỉ thư điện tử hợp lệ.',
  url: 'Không phải đường dẫn hợp lệ.',
  date: 'Không phải ngày hợp lệ (dd/mm/yyyy).',
  datetime: 'Không phải thời điểm hợp lệ.',
};

export function vietnameseIssueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(issue);
    case 'invalid_value':
      return 'Không phải là một lựa chọn hợp lệ.';
    case 'too_big':
      return issue.origin === 'number' || issue.origin === 'bigint'
        ? `Không được lớn hơn ${bound(issue.maximum)}${issue.inclusive === false ? ' (phải nhỏ hơn)' : ''}.`
        : `Tối đa ${bound(issue.maximum)} ${ofCollection(issue.origin)}.`;
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'bigint') {
        return issue.inclusive === false
          ? `Phải lớn hơn ${bound(issue.minimum)}.`
          : `Không được nhỏ hơn ${bound(issue.minimum)}.`;
      }
      if (Number(issue.minimum) === 1 && issue.origin === 'string') return 'Chưa nhập (bắt buộc).';
      return `Cần ít nhất ${bound(issue.minimum)} ${ofCollection(issue.origin)}.`;
    case 'invalid_format':
      return formats[issue.format] ?? 'Không đúng định dạng.';
    case 'not_multiple_of':
      return `Phải là bội số của ${bound(issue.divisor)}.`;
    case 'unrecognized_keys':
      return 'Có thông tin không được phép gửi.';
    default:
      return 'Không hợp lệ.';
  }
}

/** Installs the messages for every schema (imported by contracts/common.ts, so server and browser share it). */
export function useVietnameseMessages(): void {
  z.config({ localeError: vietnameseIssueMessage });
}

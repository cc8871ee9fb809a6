import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldLabel, labelledMessage } from '../../src/contracts/field-labels.js';
import '../../src/contracts/common.js';

describe('field labels in refusals', () => {
  it('names a field by its label, with the row of a list, never by its key', () => {
    expect(fieldLabel(['issuedOn'])).toBe('Ngày ban hành');
    expect(fieldLabel(['items', 3, 'progress'])).toBe('Tiến độ (%) (mục 4)');
    expect(fieldLabel(['id'], { place: 'params' })).toBe('Mã định danh trong đường dẫn');
    expect(fieldLabel(['someInternalKey'])).toBe('Một thông tin gửi lên');
    expect(fieldLabel([])).toBeNull();
  });

  it("prefers the schema's own label, through optional and nullable wrappers", () => {
    const schema = z.object({
      rows: z.array(z.object({ amount: z.number().meta({ label: 'Kinh phí năm 2026' }).nullable().optional() })),
    });
    expect(fieldLabel(['rows', 0, 'amount'], { schema })).toBe('Kinh phí năm 2026 (mục 1)');
  });

  it('uses the Vietnamese messages, and does not repeat a label the message already starts with', () => {
    const schema = z.object({ name: z.string(), progress: z.number().int().max(100) });
    const messages = (input: unknown) =>
      schema.safeParse(input).error!.issues.map((i) => labelledMessage(fieldLabel(i.path), i.message));
    expect(messages({ name: null, progress: 150 })).toEqual([
      'Tên: Chưa nhập (bắt buộc).',
      'Tiến độ (%): Không được lớn hơn 100.',
    ]);
    expect(messages({ name: 'x', progress: 60.5 })).toEqual(['Tiến độ (%): Phải là số nguyên.']);
    expect(labelledMessage('Trạng thái', 'Trạng thái không hợp lệ.')).toBe('Trạng thái không hợp lệ.');
  });
});

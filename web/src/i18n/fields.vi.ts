/** What the number and date fields say about what was typed (Vietnamese). */
export const fieldsVi = {
  'number.unreadable':
    '"{text}" không phải là số. Hãy viết như 60 hoặc 60,5 (dấu phẩy trước phần thập phân, dấu chấm phân nhóm nghìn: 1.234,5).',
  'number.whole': 'Chỉ nhận số nguyên; đã đọc được {value}.',
  'number.min': 'Không được nhỏ hơn {min}; đã đọc được {value}.',
  'number.max': 'Không được lớn hơn {max}; đã đọc được {value}.',
  'date.invalid': '{field}: {text} không phải là ngày hợp lệ (dd/mm/yyyy).',
} as const;

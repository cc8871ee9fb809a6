import type { fieldsVi } from './fields.vi.js';

/** What the number and date fields say about what was typed (English). */
export const fieldsEn: Record<keyof typeof fieldsVi, string> = {
  'number.unreadable':
    '"{text}" is not a number. Write it like 60 or 60,5 (a comma before the decimals, dots between thousands: 1.234,5).',
  'number.whole': 'Whole numbers only; read as {value}.',
  'number.min': 'Must not be less than {min}; read as {value}.',
  'number.max': 'Must not be more than {max}; read as {value}.',
  'date.invalid': '{field}: {text} is not a valid date (dd/mm/yyyy).',
};

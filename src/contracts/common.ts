import { z } from 'zod';
import { dateRefusal, isIsoDate } from '../domain/calendar.js';
import { ERROR_CODES } from './errors.js';
import { useVietnameseMessages } from './messages.js';

// Validation messages in Vietnamese for every schema, on the server and in the browser.
useVietnameseMessages();

/** A calendar date, YYYY-MM-DD; the refusal repeats what was given, as a person would have typed it. */
export const isoDate = z.string().refine(isIsoDate, { error: (issue) => dateRefusal(issue.input) });

export const uuid = z.uuid();
export const byId = z.object({ id: uuid });

/** The longest text a search field takes; the web app shows the same limit before sending. */
export const SEARCH_MAX_LENGTH = 200;
/** A list's free-text search (`q`): too long is refused with the field's name, never silently ignored. */
export const searchText = z
  .string()
  .trim()
  .max(SEARCH_MAX_LENGTH, `Ô "Tìm kiếm" dài quá: tối đa ${SEARCH_MAX_LENGTH} ký tự.`)
  .optional();

export const paginationQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export function paginated<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const errorBody = z.object({
  code: z.enum(ERROR_CODES).describe('Machine-readable error code (domain/error-codes.ts)'),
  message: z.string().describe('Vietnamese message saying what to fix'),
  details: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof errorBody>;

export const okBody = z.object({ ok: z.literal(true) });
export const reasonBody = z.object({ reason: z.string().trim().min(3, 'Hãy ghi lý do (ít nhất 3 ký tự).').max(2000) });

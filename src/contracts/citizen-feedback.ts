import { z } from 'zod';
import { isoDate, paginationQuery, searchText, uuid } from './common.js';

export const feedbackStatus = z.enum(['received', 'assigned', 'answered', 'cancelled']);
export const feedbackChannel = z.enum(['portal', 'hotline', 'mail', 'direct', 'email', 'other']);

const text = (label: string, max: number) =>
  z
    .string({ error: `Hãy nhập ${label.toLowerCase()}.` })
    .trim()
    .min(1, `Hãy nhập ${label.toLowerCase()}.`)
    .max(max, `${label} dài quá: tối đa ${max} ký tự.`)
    .meta({ label });
const version = z.number().int().meta({ label: 'Phiên bản' });

export const receiveFeedbackRequest = z.object({
  receivedOn: isoDate.meta({ label: 'Ngày nhận' }),
  channel: feedbackChannel.meta({ label: 'Kênh tiếp nhận' }),
  senderName: text('Người gửi', 200),
  senderContact: z.string().trim().max(200).nullish().meta({ label: 'Liên hệ' }),
  subject: text('Tiêu đề', 300),
  content: text('Nội dung', 10000),
  reference: z.string().trim().max(100).nullish().meta({ label: 'Số phiếu' }),
  /** Assigned at once, when the unit is known. */
  unitId: uuid.nullish().meta({ label: 'Đơn vị xử lý' }),
});

export const assignFeedbackRequest = z.object({ unitId: uuid.meta({ label: 'Đơn vị xử lý' }), version });
export const answerFeedbackRequest = z.object({
  answer: text('Nội dung trả lời', 10000),
  answeredOn: isoDate.meta({ label: 'Ngày trả lời' }),
  version,
});
export const publishFeedbackRequest = z.object({ publishedOn: isoDate.meta({ label: 'Ngày công khai' }), version });
export const cancelFeedbackRequest = z.object({
  reason: z.string().trim().min(3, 'Hãy ghi lý do hủy (ít nhất 3 ký tự).').max(2000).meta({ label: 'Lý do' }),
  version,
});

export const feedbackListQuery = paginationQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: feedbackStatus.optional(),
  unitId: uuid.optional(),
  /** Only the late ones (open past due, or answered after it). */
  late: z.enum(['true', 'false']).optional(),
  q: searchText,
});

export const feedbackSummary = z.object({
  id: uuid,
  reference: z.string().nullable(),
  receivedOn: isoDate,
  channel: feedbackChannel,
  senderName: z.string(),
  subject: z.string(),
  unitId: uuid.nullable(),
  unitName: z.string().nullable(),
  dueOn: isoDate,
  status: feedbackStatus,
  answeredOn: isoDate.nullable(),
  published: z.boolean(),
  publishedOn: isoDate.nullable(),
  /** Open past due, or answered after it. */
  late: z.boolean(),
  /** Working days left to the due date (negative: late), for an open item; null otherwise. */
  workingDaysLeft: z.number().int().nullable(),
});

export const feedbackDetail = feedbackSummary.extend({
  senderContact: z.string().nullable(),
  content: z.string(),
  answer: z.string().nullable(),
  cancelReason: z.string().nullable(),
  version: z.number().int(),
  can: z.object({
    assign: z.boolean(),
    answer: z.boolean(),
    publish: z.boolean(),
    cancel: z.boolean(),
  }),
});

const rate = z.object({ numerator: z.number().int(), denominator: z.number().int(), value: z.number().nullable() });

export const feedbackList = z.object({
  items: z.array(feedbackSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: z.record(feedbackStatus, z.number().int()),
  /** The year's figures over what the caller sees: null with nothing due / answered ("Chưa có số liệu"). */
  figures: z.object({ onTime: rate.nullable(), published: rate.nullable() }),
});

export const feedbackImportResult = z.object({ imported: z.number().int(), assigned: z.number().int() });

export type FeedbackDetail = z.infer<typeof feedbackDetail>;
export type FeedbackSummary = z.infer<typeof feedbackSummary>;
export type ReceiveFeedbackRequest = z.infer<typeof receiveFeedbackRequest>;
export type FeedbackListQuery = z.infer<typeof feedbackListQuery>;

import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import type {
  answerFeedbackRequest,
  FeedbackListQuery,
  receiveFeedbackRequest,
} from '../../../src/contracts/citizen-feedback.js';
import { call, upload } from './client.js';

export const feedbackKeys = {
  all: ['citizen-feedback'] as const,
  list: (query: Partial<FeedbackListQuery>) => ['citizen-feedback', 'list', query] as const,
  detail: (id: string) => ['citizen-feedback', 'detail', id] as const,
};

export const feedbackListQuery = (query: Omit<FeedbackListQuery, 'page' | 'pageSize'> & { page?: number }) =>
  queryOptions({
    queryKey: feedbackKeys.list(query),
    queryFn: () => call(endpoints.listFeedback, { query: { ...query, page: query.page ?? 1, pageSize: 50 } }),
  });

export const feedbackQuery = (id: string) =>
  queryOptions({
    queryKey: feedbackKeys.detail(id),
    queryFn: () => call(endpoints.getFeedback, { params: { id } }),
  });

export const receiveFeedback = (body: z.input<typeof receiveFeedbackRequest>) =>
  call(endpoints.receiveFeedback, { body }, { notify: false });

export const assignFeedback = (id: string, unitId: string, version: number) =>
  call(endpoints.assignFeedback, { params: { id }, body: { unitId, version } }, { notify: false });

export const answerFeedback = (id: string, body: z.input<typeof answerFeedbackRequest>) =>
  call(endpoints.answerFeedback, { params: { id }, body }, { notify: false });

export const publishFeedbackAnswer = (id: string, publishedOn: string, version: number) =>
  call(endpoints.publishFeedbackAnswer, { params: { id }, body: { publishedOn, version } }, { notify: false });

export const cancelFeedback = (id: string, reason: string, version: number) =>
  call(endpoints.cancelFeedback, { params: { id }, body: { reason, version } }, { notify: false });

export function importFeedbackFile(file: File) {
  const form = new FormData();
  form.append('file', file);
  return upload(endpoints.importFeedback, {}, form, { notify: false });
}

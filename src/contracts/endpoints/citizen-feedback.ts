import { z } from 'zod';
import { byId } from '../common.js';
import { endpoint } from '../endpoint.js';
import {
  answerFeedbackRequest,
  assignFeedbackRequest,
  cancelFeedbackRequest,
  feedbackDetail,
  feedbackImportResult,
  feedbackList,
  feedbackListQuery,
  publishFeedbackRequest,
  receiveFeedbackRequest,
} from '../citizen-feedback.js';
import { UPLOAD_LIMIT_MB } from '../uploads.js';

const tag = 'citizen-feedback';
/** The multipart form's one field is `file`, read by the route. */
const uploadedFile = z.object({});

/** Citizen feedback (phản ánh, kiến nghị): received, assigned to a unit, answered in 15 working days, published. */
export const citizenFeedbackEndpoints = {
  listFeedback: endpoint({
    method: 'get',
    path: '/citizen-feedback',
    summary: 'Danh sách phản ánh, kiến nghị (đơn vị: những phản ánh giao cho mình) và tỷ lệ xử lý đúng hạn, công khai',
    tag,
    access: 'signed-in',
    reads: 'replica',
    action: 'feedback.read',
    query: feedbackListQuery,
    response: feedbackList,
  }),
  receiveFeedback: endpoint({
    method: 'post',
    path: '/citizen-feedback',
    summary: 'Tiếp nhận một phản ánh, kiến nghị (hạn trả lời: 15 ngày làm việc, trừ ngày nghỉ lễ, Tết)',
    tag,
    access: 'signed-in',
    action: 'feedback.manage',
    body: receiveFeedbackRequest,
    response: feedbackDetail,
    status: 201,
  }),
  importFeedback: endpoint({
    method: 'post',
    path: '/citizen-feedback/import',
    summary: `Nhập phản ánh, kiến nghị từ tệp Excel (lỗi một dòng thì không nhập dòng nào; tối đa ${UPLOAD_LIMIT_MB} MB)`,
    tag,
    access: 'signed-in',
    action: 'feedback.manage',
    body: uploadedFile,
    bodyKind: 'multipart',
    response: feedbackImportResult,
    status: 201,
  }),
  getFeedback: endpoint({
    method: 'get',
    path: '/citizen-feedback/:id',
    summary: 'Một phản ánh, kiến nghị: nội dung, đơn vị xử lý, hạn, câu trả lời, công khai',
    tag,
    access: 'signed-in',
    action: 'feedback.read',
    params: byId,
    response: feedbackDetail,
  }),
  assignFeedback: endpoint({
    method: 'post',
    path: '/citizen-feedback/:id/assign',
    summary: 'Giao phản ánh, kiến nghị cho đơn vị xử lý',
    tag,
    access: 'signed-in',
    action: 'feedback.manage',
    params: byId,
    body: assignFeedbackRequest,
    response: feedbackDetail,
  }),
  answerFeedback: endpoint({
    method: 'post',
    path: '/citizen-feedback/:id/answer',
    summary: 'Đơn vị được giao trả lời phản ánh, kiến nghị',
    tag,
    access: 'signed-in',
    action: 'feedback.answer',
    params: byId,
    body: answerFeedbackRequest,
    response: feedbackDetail,
  }),
  publishFeedbackAnswer: endpoint({
    method: 'post',
    path: '/citizen-feedback/:id/publish',
    summary: 'Ghi nhận đã công khai câu trả lời',
    tag,
    access: 'signed-in',
    action: 'feedback.manage',
    params: byId,
    body: publishFeedbackRequest,
    response: feedbackDetail,
  }),
  cancelFeedback: endpoint({
    method: 'post',
    path: '/citizen-feedback/:id/cancel',
    summary: 'Hủy phản ánh, kiến nghị tiếp nhận nhầm (có lý do)',
    tag,
    access: 'signed-in',
    action: 'feedback.manage',
    params: byId,
    body: cancelFeedbackRequest,
    response: feedbackDetail,
  }),
};

import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono } from 'hono';
import { AppError } from '../domain/errors.js';
import { errorMessage } from '../domain/error-codes.js';
import { campaignStatus } from '../domain/surveys/campaign.js';
import { formatDateVi, localDateOf } from '../domain/text/format.js';
import type { ServiceContext } from '../services/context.js';
import { loadPublicSurveyForm } from '../services/surveys/load-public-form.js';
import {
  DEFAULT_SURVEY_RATE_LIMITS,
  submitSurveyResponse,
  type SurveyRateLimits,
} from '../services/surveys/submit-response.js';
import type { AppEnv } from './env.js';
import { ERROR_STATUS } from './error-status.js';
import { renderSurveyForm, renderSurveyMessage, renderSurveyThanks, type FormValues } from './survey-form-html.js';

/** The largest submission taken: a long questionnaire with every text box full stays well below. */
export const SURVEY_BODY_LIMIT = 64 * 1024;

/** The client's address: the socket's, or the proxy's X-Forwarded-For when CCHC_TRUST_PROXY=1. */
function clientAddress(c: Context): string {
  if (process.env.CCHC_TRUST_PROXY === '1') {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function rateLimitsFromEnv(): SurveyRateLimits {
  const n = (v: string | undefined, d: number) => (v && /^\d+$/.test(v) ? Number(v) : d);
  return {
    perAddress: n(process.env.CCHC_SURVEY_LIMIT_PER_ADDRESS, DEFAULT_SURVEY_RATE_LIMITS.perAddress),
    perUnit: n(process.env.CCHC_SURVEY_LIMIT_PER_UNIT, DEFAULT_SURVEY_RATE_LIMITS.perUnit),
  };
}

/** The form's fields: `q.<item>` answers (repeated for checkboxes), `d.<key>` demographics, `code`. */
function readForm(text: string): { values: FormValues; malformed: boolean } {
  const values: FormValues = {};
  let malformed = false;
  try {
    for (const [key, value] of new URLSearchParams(text)) {
      if (/[\u0000\uFFFD]/.test(key + value)) malformed = true;
      (values[key] ??= []).push(value);
    }
  } catch {
    malformed = true;
  }
  return { values, malformed };
}

/**
 * GET /khao-sat/:token shows the form, POST takes one submission; any other method or path below
 * /khao-sat is refused. No session is read and nothing but the submission is accepted.
 */
export function publicSurveyForm(app: Hono<AppEnv>, base: Omit<ServiceContext, 'actor'>) {
  const limits = rateLimitsFromEnv();
  const html = (c: Context, body: string, status: number) => {
    c.header('Cache-Control', 'no-store');
    return c.html(body, status as 200);
  };

  app.get('/khao-sat/:token', async (c) => {
    const token = c.req.param('token');
    const target = await loadPublicSurveyForm({ ...base, actor: null }, token);
    if (!target)
      return html(
        c,
        renderSurveyMessage(
          'Không tìm thấy phiếu khảo sát',
          'Đường dẫn hoặc mã QR không đúng. Vui lòng quét lại mã QR tại nơi giao dịch.',
        ),
        404,
      );
    const status = campaignStatus(target, localDateOf(base.now()));
    if (status !== 'open')
      return html(
        c,
        renderSurveyMessage(
          'Đợt khảo sát không nhận ý kiến',
          status === 'cancelled'
            ? 'Đợt khảo sát này đã bị huỷ.'
            : `Đợt khảo sát nhận ý kiến từ ngày ${formatDateVi(target.startsOn)} đến ngày ${formatDateVi(target.endsOn)}.`,
          target.unitName,
        ),
        409,
      );
    return html(
      c,
      renderSurveyForm({
        unitName: target.unitName,
        campaignTitle: target.title,
        questionnaire: target.content,
        action: `/khao-sat/${token}`,
        codesRequired: target.codesRequired,
        values: c.req.query('ma') ? { code: [c.req.query('ma')!] } : {},
      }),
      200,
    );
  });

  app.post('/khao-sat/:token', async (c) => {
    const token = c.req.param('token');
    const target = await loadPublicSurveyForm({ ...base, actor: null }, token);
    if (!target) return html(c, renderSurveyMessage('Không tìm thấy phiếu khảo sát', 'Đường dẫn không đúng.'), 404);
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded')
      return html(
        c,
        renderSurveyMessage('Phiếu gửi lên không hợp lệ', 'Vui lòng gửi phiếu từ trang khảo sát.', target.unitName),
        415,
      );
    const declared = Number(c.req.header('content-length') ?? '0');
    const tooLarge = () =>
      html(
        c,
        renderSurveyMessage(
          'Phiếu gửi lên quá lớn',
          errorMessage('SURVEY_TOO_LARGE', { limit: '64 KB' }),
          target.unitName,
        ),
        413,
      );
    if (declared > SURVEY_BODY_LIMIT) return tooLarge();
    const body = await c.req.arrayBuffer();
    if (body.byteLength > SURVEY_BODY_LIMIT) return tooLarge();
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      return html(
        c,
        renderSurveyMessage(
          'Phiếu gửi lên không hợp lệ',
          'Nội dung phiếu không đọc được (sai bảng mã).',
          target.unitName,
        ),
        400,
      );
    }
    const { values, malformed } = readForm(text);
    const again = (status: number, error: string) =>
      html(
        c,
        renderSurveyForm({
          unitName: target.unitName,
          campaignTitle: target.title,
          questionnaire: target.content,
          action: `/khao-sat/${token}`,
          codesRequired: target.codesRequired,
          values,
          error,
        }),
        status,
      );
    if (malformed) return again(400, 'Phiếu có ký tự không hợp lệ.');
    const answers: Record<string, string[]> = {};
    const demographics: Record<string, string> = {};
    const unknown: string[] = [];
    for (const [key, list] of Object.entries(values)) {
      if (key.startsWith('q.')) answers[key.slice(2)] = list;
      else if (key.startsWith('d.')) {
        if (list.length > 1) unknown.push(key);
        else if (list[0]) demographics[key.slice(2)] = list[0];
      } else if (key !== 'code') unknown.push(key);
    }
    if (unknown.length || (values.code?.length ?? 0) > 1)
      return again(400, `Phiếu có trường không hợp lệ: ${unknown.slice(0, 5).join(', ') || 'code'}.`);
    try {
      await submitSurveyResponse(
        { ...base, actor: null },
        {
          token,
          answers,
          demographics,
          code: values.code?.[0],
          address: clientAddress(c),
          userAgent: c.req.header('user-agent') ?? '',
        },
        limits,
        target,
      );
    } catch (error) {
      if (error instanceof AppError) return again(ERROR_STATUS[error.code as AppError['code']], error.message);
      throw error;
    }
    return html(c, renderSurveyThanks(target.unitName), 200);
  });

  app.all('/khao-sat/*', (c) => {
    c.header('Allow', 'GET, POST');
    return html(c, renderSurveyMessage('Không hỗ trợ', 'Trang khảo sát chỉ nhận việc gửi phiếu.'), 405);
  });
}

import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { campaignUnitByToken } from '../../db/queries/surveys/campaign-view.js';
import { hitRateLimits, insertSurveyResponse } from '../../db/queries/surveys/insert-response.js';
import { surveyCodes } from '../../db/schema/index.js';
import { AppError, notFound } from '../../domain/errors.js';
import { campaignStatus, normaliseSurveyCode } from '../../domain/surveys/campaign.js';
import { validateSubmission, type RawAnswers } from '../../domain/surveys/submission.js';
import { formatDateVi, localDateOf } from '../../domain/text/format.js';
import type { ServiceContext } from '../context.js';
import { isUniqueViolation } from '../unique-violation.js';
import { unwrap } from '../unwrap.js';

/** How many submissions the public form takes (counted in the database, so every server process shares them). */
export interface SurveyRateLimits {
  /** Per client address, in a 10-minute window. */
  perAddress: number;
  /** Per campaign unit, in a 1-minute window. */
  perUnit: number;
}
export const DEFAULT_SURVEY_RATE_LIMITS: SurveyRateLimits = { perAddress: 20, perUnit: 300 };

export interface PublicSubmission {
  token: string;
  answers: RawAnswers;
  demographics?: Record<string, string | undefined>;
  code?: string | undefined;
  /** The client's address and browser, hashed at once: only the hash is kept, to flag duplicates. */
  address: string;
  userAgent: string;
}

/** A campaign unit as its public token finds it (`campaignUnitByToken`). */
export type PublicSurveyTarget = NonNullable<Awaited<ReturnType<typeof campaignUnitByToken>>>;

const hash = (text: string) => createHash('sha256').update(text).digest('base64url');
const windowOf = (now: Date, minutes: number) =>
  new Date(Math.floor(now.getTime() / (minutes * 60_000)) * minutes * 60_000);

/**
 * One filled form from the public link, no session: rate limits first, then the campaign open and the code
 * unused, then the answers checked against the campaign's version and stored in one transaction.
 */
export async function submitSurveyResponse(
  ctx: ServiceContext,
  s: PublicSubmission,
  limits: SurveyRateLimits = DEFAULT_SURVEY_RATE_LIMITS,
  loaded?: PublicSurveyTarget | null,
): Promise<{ id: string; duplicate: boolean }> {
  const now = ctx.now();
  // The route has read the form by its token already (to answer in the unit's name); its row is reused.
  const target = loaded ?? (await campaignUnitByToken(ctx.db, s.token));
  if (!target) throw notFound('phiếu khảo sát');
  const withinLimits = await hitRateLimits(ctx.db, [
    { key: `ip:${hash(s.address)}`, windowStart: windowOf(now, 10), limit: limits.perAddress },
    { key: `unit:${target.campaignId}:${target.unitId}`, windowStart: windowOf(now, 1), limit: limits.perUnit },
  ]);
  if (!withinLimits) throw new AppError('SURVEY_RATE_LIMITED');
  const status = campaignStatus(target, localDateOf(now));
  if (status === 'cancelled') throw new AppError('SURVEY_CAMPAIGN_CANCELLED');
  if (status !== 'open')
    throw new AppError('SURVEY_CAMPAIGN_NOT_OPEN', {
      from: formatDateVi(target.startsOn),
      to: formatDateVi(target.endsOn),
    });
  const submission = unwrap(
    validateSubmission(target.content, s.answers, s.demographics ?? {}),
    'SURVEY_ANSWERS_INVALID',
  );
  const typed = s.code ? normaliseSurveyCode(s.code) : '';
  if (target.codesRequired && !typed) throw new AppError('SURVEY_CODE_REQUIRED');
  try {
    return await ctx.db.transaction(async (tx) => {
      let codeId: string | null = null;
      if (typed) {
        const [code] = await tx.select().from(surveyCodes).where(eq(surveyCodes.code, typed));
        if (!code || code.campaignId !== target.campaignId || (code.unitId && code.unitId !== target.unitId))
          throw new AppError('SURVEY_CODE_INVALID');
        if (code.usedAt) throw new AppError('SURVEY_CODE_USED');
        codeId = code.id;
      }
      return insertSurveyResponse(tx, {
        campaignId: target.campaignId,
        unitId: target.unitId,
        questionnaireVersionId: target.versionId,
        questionnaire: target.content,
        channel: 'online',
        submittedAt: now,
        submission,
        codeId,
        deviceHash: hash(`${target.campaignId}|${s.address}|${s.userAgent}`),
      });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'survey_responses_code')) throw new AppError('SURVEY_CODE_USED');
    throw error;
  }
}

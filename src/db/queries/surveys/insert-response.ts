import { createHash } from 'node:crypto';
import { and, eq, gte, isNull, sql } from 'drizzle-orm';
import { questionnaireItems, type QuestionnaireDefinition } from '../../../domain/surveys/questionnaire.js';
import { answersFingerprint, type ValidSubmission } from '../../../domain/surveys/submission.js';
import type { DbOrTx } from '../../client.js';
import { surveyAnswers, surveyCodes, surveyRateLimits, surveyResponses } from '../../schema/index.js';

/** Same device and same answers within this many minutes: flagged as a duplicate. */
export const DUPLICATE_WINDOW_MINUTES = 10;

export interface NewSurveyResponse {
  campaignId: string;
  unitId: string;
  questionnaireVersionId: string;
  questionnaire: QuestionnaireDefinition;
  channel: 'online' | 'paper';
  submittedAt: Date;
  submission: ValidSubmission;
  codeId?: string | null;
  deviceHash?: string | null;
  enteredBy?: string | null;
}

/**
 * A response and its answers (one row per answered item, pillar copied in), in the caller's transaction.
 * A code is marked used here; the unique `survey_responses.code_id` refuses a second response with it even
 * when two arrive at once (the caller turns that violation into SURVEY_CODE_USED).
 */
export async function insertSurveyResponse(
  tx: DbOrTx,
  r: NewSurveyResponse,
): Promise<{ id: string; duplicate: boolean }> {
  const answersHash = createHash('sha256').update(answersFingerprint(r.submission.answers)).digest('base64url');
  let duplicate = false;
  if (r.deviceHash) {
    const since = new Date(r.submittedAt.getTime() - DUPLICATE_WINDOW_MINUTES * 60_000);
    const [same] = await tx
      .select({ id: surveyResponses.id })
      .from(surveyResponses)
      .where(
        and(
          eq(surveyResponses.deviceHash, r.deviceHash),
          eq(surveyResponses.answersHash, answersHash),
          eq(surveyResponses.campaignId, r.campaignId),
          gte(surveyResponses.submittedAt, since),
        ),
      )
      .limit(1);
    duplicate = !!same;
  }
  const [row] = await tx
    .insert(surveyResponses)
    .values({
      campaignId: r.campaignId,
      unitId: r.unitId,
      questionnaireVersionId: r.questionnaireVersionId,
      channel: r.channel,
      submittedAt: r.submittedAt,
      field: r.submission.field,
      demographics: r.submission.demographics,
      codeId: r.codeId ?? null,
      deviceHash: r.deviceHash ?? null,
      answersHash,
      duplicate,
      enteredBy: r.enteredBy ?? null,
    })
    .returning({ id: surveyResponses.id });
  const id = row!.id;
  if (r.codeId)
    await tx
      .update(surveyCodes)
      .set({ usedAt: r.submittedAt })
      .where(and(eq(surveyCodes.id, r.codeId), isNull(surveyCodes.usedAt)));
  const pillarOf = new Map(questionnaireItems(r.questionnaire).map((i) => [i.id, i.pillar]));
  const rows = [...r.submission.answers.entries()].map(([itemId, a]) => ({
    responseId: id,
    itemId,
    campaignId: r.campaignId,
    unitId: r.unitId,
    pillar: pillarOf.get(itemId) ?? null,
    scale: a.kind === 'scale' ? a.value : null,
    choice: a.kind === 'single' ? a.value : null,
    choices: a.kind === 'multiple' ? a.values : null,
    text: a.kind === 'text' ? a.value : null,
  }));
  if (rows.length) await tx.insert(surveyAnswers).values(rows);
  return { id, duplicate };
}

/**
 * Counts one more hit of each key in its window, in one statement; true while every count stays within its
 * limit. Counted in the database, so every server process shares them.
 */
export async function hitRateLimits(
  tx: DbOrTx,
  hits: readonly { key: string; windowStart: Date; limit: number }[],
): Promise<boolean> {
  const rows = await tx
    .insert(surveyRateLimits)
    .values(hits.map(({ key, windowStart }) => ({ key, windowStart, count: 1 })))
    .onConflictDoUpdate({
      target: [surveyRateLimits.key, surveyRateLimits.windowStart],
      set: { count: sql`${surveyRateLimits.count} + 1` },
    })
    .returning({ key: surveyRateLimits.key, count: surveyRateLimits.count });
  const countOf = new Map(rows.map((row) => [row.key, row.count]));
  return hits.every(({ key, limit }) => (countOf.get(key) ?? Infinity) <= limit);
}

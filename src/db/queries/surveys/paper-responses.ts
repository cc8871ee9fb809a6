/**
 * A batch of paper forms (an XLSX import) written in one statement per table (insert-response.ts writes one
 * form at a time, with the public form's duplicate and code checks, which paper forms do not have): each response (channel 'paper', the officer who typed it,
 * no device) and one answer row per answered item with the campaign, unit and the item's pillar copied in.
 * Called inside the use case's transaction, so a batch (an XLSX of forms) is stored whole or not at all.
 */
import { createHash, randomUUID } from 'node:crypto';
import { surveyAnswers, surveyResponses } from '../../schema/index.js';
import type { DbOrTx } from '../../client.js';
import type { SurveyAnswerValue, SurveyItem } from '../../../domain/surveys/questionnaire.js';
import { answersFingerprint, type ValidSubmission } from '../../../domain/surveys/submission.js';

export interface PaperResponse {
  campaignId: string;
  unitId: string;
  questionnaireVersionId: string;
  submittedAt: Date;
  submission: ValidSubmission;
}

const answerColumns = (a: SurveyAnswerValue) => ({
  scale: a.kind === 'scale' ? a.value : null,
  choice: a.kind === 'single' ? a.value : null,
  choices: a.kind === 'multiple' ? a.values : null,
  text: a.kind === 'text' ? a.value : null,
});

/** Inserts the forms; returns their ids in order. */
export async function insertPaperResponses(
  tx: DbOrTx,
  enteredBy: string,
  items: readonly SurveyItem[],
  responses: readonly PaperResponse[],
): Promise<string[]> {
  if (!responses.length) return [];
  const pillarOf = new Map(items.map((i) => [i.id, i.pillar]));
  const ids = responses.map(() => randomUUID());
  await tx.insert(surveyResponses).values(
    responses.map((r, i) => ({
      id: ids[i]!,
      campaignId: r.campaignId,
      unitId: r.unitId,
      questionnaireVersionId: r.questionnaireVersionId,
      channel: 'paper' as const,
      submittedAt: r.submittedAt,
      field: r.submission.field,
      demographics: r.submission.demographics,
      answersHash: createHash('sha256').update(answersFingerprint(r.submission.answers)).digest('base64url'),
      enteredBy,
    })),
  );
  const answers = responses.flatMap((r, i) =>
    [...r.submission.answers].map(([itemId, answer]) => ({
      responseId: ids[i]!,
      itemId,
      campaignId: r.campaignId,
      unitId: r.unitId,
      pillar: pillarOf.get(itemId) ?? null,
      ...answerColumns(answer),
    })),
  );
  // A few thousand rows per statement keeps within the protocol's parameter limit (8 columns a row).
  for (let at = 0; at < answers.length; at += 4000) await tx.insert(surveyAnswers).values(answers.slice(at, at + 4000));
  return ids;
}

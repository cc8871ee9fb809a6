import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { surveyQuestionnaires, surveyQuestionnaireVersions } from '../../db/schema/index.js';
import { questionnaireItems } from '../../domain/surveys/questionnaire.js';
import { validateQuestionnaire } from '../../domain/surveys/validate-questionnaire.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { unwrap } from '../unwrap.js';

/**
 * A questionnaire (read from JSON or XLSX) stored as a new version: version 1 of a new code, or the next
 * version of the questionnaire with that code. Campaigns keep the version they were made with.
 */
export async function importQuestionnaire(ctx: ServiceContext, raw: unknown) {
  const actor = await authorize(ctx, 'surveys.manage');
  const content = unwrap(validateQuestionnaire(raw), 'QUESTIONNAIRE_INVALID');
  return ctx.db.transaction(async (tx) => {
    // One at a time per code: two imports of the same code get versions n+1 and n+2.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'survey-questionnaire:' + content.code}))`);
    const [existing] = await tx.select().from(surveyQuestionnaires).where(eq(surveyQuestionnaires.code, content.code));
    const version = existing ? existing.currentVersion + 1 : 1;
    let questionnaireId = existing?.id;
    if (existing) {
      await tx
        .update(surveyQuestionnaires)
        .set({ currentVersion: version, title: content.title })
        .where(eq(surveyQuestionnaires.id, existing.id));
    } else {
      const [row] = await tx
        .insert(surveyQuestionnaires)
        .values({ code: content.code, title: content.title, currentVersion: 1, createdBy: actor.userId })
        .returning({ id: surveyQuestionnaires.id });
      questionnaireId = row!.id;
    }
    const [v] = await tx
      .insert(surveyQuestionnaireVersions)
      .values({ questionnaireId: questionnaireId!, version, content, createdBy: actor.userId })
      .returning({ id: surveyQuestionnaireVersions.id });
    await recordAudit(tx, actor, {
      action: 'surveyQuestionnaire.import',
      entityId: questionnaireId!,
      after: { code: content.code, title: content.title, version, items: questionnaireItems(content).length },
    });
    return { id: v!.id, questionnaireId: questionnaireId!, version, content };
  });
}

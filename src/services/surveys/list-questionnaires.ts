import { asc, eq } from 'drizzle-orm';
import { surveyQuestionnaires, surveyQuestionnaireVersions } from '../../db/schema/index.js';
import { questionnaireItems } from '../../domain/surveys/questionnaire.js';
import { notFound } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

export async function listQuestionnaires(ctx: ServiceContext) {
  await authorize(ctx, 'surveys.manage');
  const rows = await ctx.db
    .select({ q: surveyQuestionnaires, v: surveyQuestionnaireVersions })
    .from(surveyQuestionnaires)
    .innerJoin(surveyQuestionnaireVersions, eq(surveyQuestionnaireVersions.questionnaireId, surveyQuestionnaires.id))
    .orderBy(asc(surveyQuestionnaires.title), asc(surveyQuestionnaireVersions.version));
  const byId = new Map<
    string,
    {
      id: string;
      code: string;
      title: string;
      currentVersion: number;
      versions: { id: string; version: number; items: number; createdAt: string }[];
    }
  >();
  for (const { q, v } of rows) {
    const entry = byId.get(q.id) ?? {
      id: q.id,
      code: q.code,
      title: q.title,
      currentVersion: q.currentVersion,
      versions: [],
    };
    entry.versions.push({
      id: v.id,
      version: v.version,
      items: questionnaireItems(v.content).length,
      createdAt: v.createdAt.toISOString(),
    });
    byId.set(q.id, entry);
  }
  return { questionnaires: [...byId.values()] };
}

/** One version's content, for the preview and the export. */
export async function getQuestionnaireVersion(ctx: ServiceContext, versionId: string) {
  await authorize(ctx, 'surveys.manage');
  const [v] = await ctx.db
    .select()
    .from(surveyQuestionnaireVersions)
    .where(eq(surveyQuestionnaireVersions.id, versionId));
  if (!v) throw notFound('phiếu khảo sát');
  return { id: v.id, questionnaireId: v.questionnaireId, version: v.version, content: v.content };
}

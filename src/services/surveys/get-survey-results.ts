/**
 * The satisfaction results for a selection (a campaign, a unit, a period, a channel, a field): per unit,
 * item, pillar, field, level and campaign (campaigns side by side compare periods), each with its share,
 * answers, respondents, 95 % margin and the too-small warning; and the free-text answers. A unit's reporters
 * see only their own unit (asked for none, they get theirs); nobody without a session sees anything.
 */
import { eq, inArray } from 'drizzle-orm';
import type { SurveyResultsQuery, SurveyResultsView, SatisfactionFigureView } from '../../contracts/survey-results.js';
import {
  loadSatisfactionCounts,
  loadTextAnswers,
  type SatisfactionCountRow,
} from '../../db/queries/surveys/satisfaction-counts.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';
import { surveyCampaigns, surveyQuestionnaireVersions, units } from '../../db/schema/index.js';
import { reachesEverywhere } from '../../domain/access/policy.js';
import { satisfactionFigure } from '../../domain/surveys/margin.js';
import {
  SURVEY_FIELD_LABELS,
  SURVEY_PILLAR_LABELS,
  questionnaireItems,
  type SurveyField,
  type SurveyPillar,
} from '../../domain/surveys/questionnaire.js';
import { warningText } from '../../domain/surveys/results.js';
import { compareCodes } from '../../domain/text/code-order.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

const LEVEL_LABELS: Record<string, string> = {
  department: 'Sở, ban, ngành',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
  province: 'Cấp tỉnh',
};

export async function getSurveyResults(ctx: ServiceContext, query: SurveyResultsQuery): Promise<SurveyResultsView> {
  const unitId =
    query.unitId ?? (ctx.actor && !reachesEverywhere(ctx.actor, 'surveys.results') ? ctx.actor.unitId : undefined);
  const actor = await authorize(
    ctx,
    'surveys.results',
    { ...(unitId ? { unitId } : {}), ...(query.campaignId ? { campaignId: query.campaignId } : {}) },
    'xem kết quả khảo sát',
  );
  // Without a unit named, the actor's province's units (another province's answers are not theirs to read).
  const provinceId = unitId ? null : await provinceOfUnit(ctx.db, actor.unitId);
  const filter = {
    ...(provinceId ? { provinceId } : {}),
    ...(query.campaignId ? { campaignIds: [query.campaignId] } : {}),
    ...(unitId ? { unitIds: [unitId] } : {}),
    ...(query.from || query.to ? { period: { from: query.from, to: query.to } } : {}),
    ...(query.channel ? { channel: query.channel } : {}),
    ...(query.field ? { field: query.field } : {}),
  };
  const [rows, texts] = await Promise.all([
    loadSatisfactionCounts(ctx.db, filter),
    loadTextAnswers(ctx.db, filter, 500),
  ]);
  const labels = await labelsFor(
    ctx,
    rows,
    texts.map((t) => t.unitId),
  );
  const view = (row: SatisfactionCountRow, key: string | null, label: string): SatisfactionFigureView => {
    const figure = satisfactionFigure(row, row.respondents);
    return {
      key,
      label,
      satisfied: row.satisfied,
      answers: row.answers,
      respondents: row.respondents,
      share: figure.share,
      interval: figure.interval,
      warnings: figure.warnings,
      tooSmall: figure.tooSmall,
      warningText: warningText(figure),
    };
  };
  const of = (grouping: SatisfactionCountRow['grouping']) => rows.filter((r) => r.grouping === grouping);
  const total = of('total')[0];
  return {
    total: total ? view(total, null, 'Tất cả') : null,
    units: of('unit')
      .map((r) => view(r, r.unitId, labels.unit.get(r.unitId!)?.name ?? r.unitId!))
      .sort((a, b) => compareCodes(labels.unit.get(a.key!)?.code, labels.unit.get(b.key!)?.code)),
    items: of('item')
      .map((r) => view(r, r.itemId, `${r.itemId}. ${labels.item.get(r.itemId!) ?? ''}`.trim()))
      .sort((a, b) => compareCodes(a.key, b.key)),
    pillars: of('pillar').map((r) =>
      view(
        r,
        r.pillar,
        r.pillar ? (SURVEY_PILLAR_LABELS[r.pillar as SurveyPillar]?.vi ?? r.pillar) : 'Không thuộc trụ cột',
      ),
    ),
    fields: of('field').map((r) =>
      view(r, r.field, r.field ? (SURVEY_FIELD_LABELS[r.field as SurveyField] ?? r.field) : 'Không ghi lĩnh vực'),
    ),
    levels: of('level').map((r) => view(r, r.level, LEVEL_LABELS[r.level ?? ''] ?? r.level ?? '')),
    campaigns: of('campaign').map((r) => view(r, r.campaignId, labels.campaign.get(r.campaignId!) ?? r.campaignId!)),
    texts: texts.map((t) => ({
      unitName: labels.unit.get(t.unitId)?.name ?? t.unitId,
      itemId: t.itemId,
      text: t.text,
      submittedAt: t.submittedAt,
      channel: t.channel,
    })),
  };
}

/** Names of the units, campaigns and items the rows mention (item texts from the campaigns' versions). */
async function labelsFor(ctx: ServiceContext, rows: SatisfactionCountRow[], textUnits: string[]) {
  const unitIds = [...new Set([...rows.map((r) => r.unitId).filter((x): x is string => !!x), ...textUnits])];
  const campaignIds = [...new Set(rows.map((r) => r.campaignId).filter((x): x is string => !!x))];
  const unitRows = unitIds.length
    ? await ctx.db
        .select({ id: units.id, code: units.code, name: units.name })
        .from(units)
        .where(inArray(units.id, unitIds))
    : [];
  const campaignRows = campaignIds.length
    ? await ctx.db
        .select({ id: surveyCampaigns.id, title: surveyCampaigns.title, content: surveyQuestionnaireVersions.content })
        .from(surveyCampaigns)
        .innerJoin(
          surveyQuestionnaireVersions,
          eq(surveyQuestionnaireVersions.id, surveyCampaigns.questionnaireVersionId),
        )
        .where(inArray(surveyCampaigns.id, campaignIds))
    : [];
  const item = new Map<string, string>();
  for (const c of campaignRows) for (const i of questionnaireItems(c.content)) item.set(i.id, i.text);
  return {
    unit: new Map(unitRows.map((u) => [u.id, u])),
    campaign: new Map(campaignRows.map((c) => [c.id, c.title])),
    item,
  };
}

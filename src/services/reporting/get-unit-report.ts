import { alignReportContent } from '../../domain/reporting/align-report.js';
import { blankReportContent, withRecordedResults } from '../../domain/reporting/report-form.js';
import {
  allowedReportActions,
  INITIAL_REPORT_STATE,
  isSubmittedOnTime,
  type ReportState,
} from '../../domain/reporting/report-workflow.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { toPeriodSummary } from '../../db/queries/reporting/period-summary.js';
import { loadReportContext, recordedStatuses, reportVersions } from '../../db/queries/reporting/report-context.js';
import { reportRoleOf } from '../../domain/reporting/report-role.js';
import { countLabelsOf, indicatorEntry } from '../../domain/reporting/indicator-counts.js';
import type { FigureValue } from '../../domain/figures/values.js';
import { localDateOf } from '../../domain/text/format.js';
import { unitLinkedFigures } from '../figures/linked-indicator-figures.js';
import { periodDueForUnit } from '../../domain/reporting/unit-due-date.js';

const EDITABLE = new Set<ReportState>(['draft', 'returned']);

/**
 * The unit's report form for a period. Until the unit first saves it, it is a blank form (version 0)
 * starting from the statuses the unit last recorded; reading it writes nothing.
 */
export async function getUnitReport(ctx: ServiceContext, periodId: string, unitId: string) {
  const actor = await authorize(ctx, 'unitData.read', { unitId });
  const context = await loadReportContext(ctx.db, periodId, unitId);
  const { period, unit, owed, indicators, report } = context;
  const assignmentIds = owed.map((a) => a.id);
  const indicatorIds = indicators.map((i) => i.id);
  const state = report
    ? { status: report.status, submissionCount: report.submissionCount, reopenCount: report.reopenCount }
    : INITIAL_REPORT_STATE;
  const recorded = recordedStatuses(context);
  const saved = report && alignReportContent(report.content, assignmentIds, indicatorIds);
  // A report sent or accepted shows what was sent; one still being written takes results written on the task since.
  const content = !saved
    ? blankReportContent(assignmentIds, indicatorIds, recorded)
    : EDITABLE.has(state.status)
      ? withRecordedResults(saved, recorded)
      : saved;
  const versions = report ? await reportVersions(ctx.db, report.id) : [];
  // The unit's own value of each target linked to a catalogue figure, for the period (read-only on the form).
  const figures = await unitLinkedFigures(ctx.db, {
    year: Number(period.end.slice(0, 4)),
    period,
    unitId,
    targets: indicators.map((i) => ({
      id: i.id,
      level: i.level,
      figureKey: indicatorEntry(i) === 'figure' ? i.figureKey : null,
    })),
    today: localDateOf(ctx.now()),
  });
  const lastReturn = [...versions].reverse().find((v) => v.action === 'return' || v.action === 'reopen') ?? null;
  return {
    id: report?.id ?? null,
    period: toPeriodSummary(period, unit.kind),
    unitId: unit.id,
    unitName: unit.name,
    status: state.status,
    submissionCount: state.submissionCount,
    firstSubmittedAt: report?.firstSubmittedAt?.toISOString() ?? null,
    onTime: report?.firstSubmittedAt
      ? isSubmittedOnTime(report.firstSubmittedAt, periodDueForUnit(period, unit.kind))
      : null,
    content,
    assignments: owed.map((a) => ({
      id: a.id,
      area: a.area,
      number: a.number,
      title: a.title,
      dueOn: a.dueOn,
      deadlineText: a.deadlineText,
      resultText: a.resultText ?? '',
    })),
    indicators: indicators.map((i) => ({
      id: i.id,
      area: i.area,
      subject: i.subject,
      text: i.text,
      comparator: i.comparator,
      value: i.value,
      unit: i.unit,
      level: i.level,
      entry: indicatorEntry(i),
      countLabels: indicatorEntry(i) === 'counts' ? countLabelsOf(i.subject) : null,
      figure: figureOf(figures.get(i.id)),
    })),
    allowedActions: allowedReportActions(state, reportRoleOf(actor, unitId), {
      periodClosed: period.closedAt !== null,
      periodLabel: period.label,
    }),
    lastReturn:
      lastReturn && (state.status === 'returned' || lastReturn === versions.at(-1)) ? withoutContent(lastReturn) : null,
    version: report?.version ?? 0,
  };
}

function figureOf(value: (FigureValue & { sourceLabel: string }) | undefined) {
  if (!value) return null;
  return {
    key: value.key,
    value: value.value,
    numerator: value.numerator,
    denominator: value.denominator,
    sourceLabel: value.sourceLabel,
    ...(value.source.link ? { link: value.source.link } : {}),
  };
}

function withoutContent<T extends { content: unknown }>(version: T): Omit<T, 'content'> {
  const { content: _content, ...rest } = version;
  return rest;
}

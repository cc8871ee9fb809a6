import { endpoints } from '../../contracts/endpoints/index.js';
import { getMyNotificationSettings } from '../../services/notifications/get-my-notification-settings.js';
import { listMyNotifications } from '../../services/notifications/list-my-notifications.js';
import { markNotificationRead } from '../../services/notifications/mark-notification-read.js';
import { updateMyNotificationSettings } from '../../services/notifications/update-my-notification-settings.js';
import { actOnUnitReport } from '../../services/reporting/act-on-unit-report.js';
import { addEvidence } from '../../services/reporting/add-evidence.js';
import { addIssuedDocument } from '../../services/reporting/add-issued-document.js';
import { changeAssignment } from '../../services/reporting/change-assignment.js';
import { downloadEvidence } from '../../services/reporting/download-evidence.js';
import { getAssignment } from '../../services/reporting/get-assignment.js';
import { getUnitReport } from '../../services/reporting/get-unit-report.js';
import { listAssignments } from '../../services/reporting/list-assignments.js';
import { getPeriodCompleteness } from '../../services/reporting/period-completeness.js';
import { addAdHocPeriod } from '../../services/reporting/add-ad-hoc-period.js';
import { closePeriod } from '../../services/reporting/close-period.js';
import { listPeriods } from '../../services/reporting/list-periods.js';
import { getReportingCalendar } from '../../services/reporting/get-reporting-calendar.js';
import { saveReportingCalendar } from '../../services/reporting/save-reporting-calendar.js';
import { attachIndicatorEvidence } from '../../services/reporting/attach-indicator-evidence.js';
import { downloadIndicatorEvidence } from '../../services/reporting/download-indicator-evidence.js';
import { enterIndicatorValue } from '../../services/reporting/enter-indicator-value.js';
import { linkIndicatorFigure } from '../../services/reporting/link-indicator-figure.js';
import { attachUnitIndicatorEvidence } from '../../services/reporting/attach-unit-indicator-evidence.js';
import { downloadUnitIndicatorEvidence } from '../../services/reporting/download-unit-indicator-evidence.js';
import { listPlanIndicators } from '../../services/reporting/list-plan-indicators.js';
import { remindLateUnits } from '../../services/reporting/remind-late-units.js';
import { compareReportVersions } from '../../services/reporting/compare-report-versions.js';
import { listReportVersions } from '../../services/reporting/list-report-versions.js';
import { saveUnitReport } from '../../services/reporting/save-unit-report.js';
import { updateAssignment } from '../../services/reporting/update-assignment.js';
import { markMilestone } from '../../services/reporting/mark-milestone.js';
import { withdrawEvidence } from '../../services/reporting/withdraw-evidence.js';
import { readUploadedFile } from '../read-body.js';
import { handle } from '../route.js';

export const reportingRoutes = [
  handle(endpoints.listAssignments, ({ query }, ctx) => listAssignments(ctx, query)),
  handle(endpoints.getAssignment, ({ params }, ctx) => getAssignment(ctx, params.id)),
  handle(endpoints.updateAssignment, ({ params, body }, ctx) => updateAssignment(ctx, params.id, body)),
  handle(endpoints.markAssignmentMilestone, ({ params, body }, ctx) =>
    markMilestone(ctx, params.id, params.milestoneId, body),
  ),
  handle(endpoints.uploadAssignmentEvidence, async ({ params }, ctx, c) => {
    const file = await readUploadedFile(c);
    return addEvidence(ctx, params.id, file);
  }),
  handle(endpoints.changeAssignment, ({ body }, ctx) => changeAssignment(ctx, body)),
  handle(endpoints.addIssuedDocument, ({ params, body }, ctx) => addIssuedDocument(ctx, params.id, body)),
  handle(endpoints.downloadAssignmentEvidence, ({ params }, ctx) => downloadEvidence(ctx, params.id)),
  handle(endpoints.withdrawAssignmentEvidence, ({ params, body }, ctx) =>
    withdrawEvidence(ctx, params.id, body.reason),
  ),
  handle(endpoints.listPlanPeriods, ({ params }, ctx) => listPeriods(ctx, params.id)),
  handle(endpoints.getReportingCalendar, ({ params }, ctx) => getReportingCalendar(ctx, params.id)),
  handle(endpoints.saveReportingCalendar, ({ params, body }, ctx) => saveReportingCalendar(ctx, params.id, body)),
  handle(endpoints.addAdHocPeriod, ({ params, body }, ctx) => addAdHocPeriod(ctx, params.id, body)),
  handle(endpoints.getPeriodCompleteness, ({ params, query }, ctx) => getPeriodCompleteness(ctx, params.id, query)),
  handle(endpoints.listPlanIndicators, ({ params, query }, ctx) => listPlanIndicators(ctx, params.id, query.periodId)),
  handle(endpoints.linkIndicatorFigure, ({ params, body }, ctx) => linkIndicatorFigure(ctx, params.id, body)),
  handle(endpoints.enterIndicatorValue, ({ params, body }, ctx) => enterIndicatorValue(ctx, params.id, body)),
  handle(endpoints.attachIndicatorEvidence, async ({ params, query }, ctx, c) => {
    const file = await readUploadedFile(c);
    return attachIndicatorEvidence(ctx, params.id, query.periodId, file);
  }),
  handle(endpoints.downloadIndicatorEvidence, ({ params, query }, ctx) =>
    downloadIndicatorEvidence(ctx, params.id, query.periodId),
  ),
  handle(endpoints.closePeriod, ({ params, body }, ctx) => closePeriod(ctx, params.id, body.reason)),
  handle(endpoints.remindLateUnits, ({ params }, ctx) => remindLateUnits(ctx, params.id)),
  handle(endpoints.attachUnitIndicatorEvidence, async ({ params }, ctx, c) => {
    const file = await readUploadedFile(c);
    return attachUnitIndicatorEvidence(ctx, params, file);
  }),
  handle(endpoints.downloadUnitIndicatorEvidence, ({ params, query }, ctx) =>
    downloadUnitIndicatorEvidence(ctx, params, query.fileId),
  ),
  handle(endpoints.getUnitReport, ({ params }, ctx) => getUnitReport(ctx, params.periodId, params.unitId)),
  handle(endpoints.saveUnitReport, ({ params, body }, ctx) =>
    saveUnitReport(ctx, params.periodId, params.unitId, body),
  ),
  handle(endpoints.submitUnitReport, ({ params, body }, ctx) =>
    actOnUnitReport(ctx, params.periodId, params.unitId, body.version, { type: 'submit' }),
  ),
  handle(endpoints.returnUnitReport, ({ params, body }, ctx) =>
    actOnUnitReport(ctx, params.periodId, params.unitId, body.version, {
      type: 'return',
      overallComment: body.overallComment,
      itemComments: body.itemComments,
    }),
  ),
  handle(endpoints.acceptUnitReport, ({ params, body }, ctx) =>
    actOnUnitReport(ctx, params.periodId, params.unitId, body.version, { type: 'accept' }),
  ),
  handle(endpoints.reopenUnitReport, ({ params, body }, ctx) =>
    actOnUnitReport(ctx, params.periodId, params.unitId, body.version, { type: 'reopen', reason: body.reason }),
  ),
  handle(endpoints.listUnitReportVersions, ({ params }, ctx) =>
    listReportVersions(ctx, params.periodId, params.unitId),
  ),
  handle(endpoints.compareUnitReportVersions, ({ params, query }, ctx) =>
    compareReportVersions(ctx, params.periodId, params.unitId, query.from, query.to),
  ),
  handle(endpoints.listMyNotifications, ({ query }, ctx) => listMyNotifications(ctx, query.unread)),
  handle(endpoints.markNotificationRead, ({ params }, ctx) => markNotificationRead(ctx, params.id)),
  handle(endpoints.getMyNotificationSettings, (_i, ctx) => getMyNotificationSettings(ctx)),
  handle(endpoints.updateMyNotificationSettings, ({ body }, ctx) => updateMyNotificationSettings(ctx, body)),
];

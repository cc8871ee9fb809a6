import { endpoints } from '../../contracts/endpoints/index.js';
import { getJob } from '../../services/jobs/get-job.js';
import { downloadReportBuild } from '../../services/consolidated-report/download-report-build.js';
import { exportUnitReport } from '../../services/reporting/export-unit-report.js';
import { getReportDraft } from '../../services/consolidated-report/get-report-draft.js';
import { listReportBuilds } from '../../services/consolidated-report/list-report-builds.js';
import { requestConsolidatedReport } from '../../services/consolidated-report/request-consolidated-report.js';
import { saveReportDraft } from '../../services/consolidated-report/save-report-draft.js';
import { handle } from '../route.js';

export const consolidatedReportRoutes = [
  handle(endpoints.getConsolidatedReportDraft, ({ params }, ctx) => getReportDraft(ctx, params.id)),
  handle(endpoints.saveConsolidatedReportDraft, ({ params, body }, ctx) => saveReportDraft(ctx, params.id, body)),
  handle(endpoints.requestConsolidatedReport, ({ params }, ctx) => requestConsolidatedReport(ctx, params.id)),
  handle(endpoints.listConsolidatedReportBuilds, ({ params }, ctx) => listReportBuilds(ctx, params.id)),
  handle(endpoints.downloadConsolidatedReportBuild, ({ params, query }, ctx) =>
    downloadReportBuild(ctx, params.id, query.format),
  ),
  handle(endpoints.getJob, ({ params }, ctx) => getJob(ctx, params.id)),
  handle(endpoints.exportUnitReportDocx, ({ params }, ctx) => exportUnitReport(ctx, params.periodId, params.unitId)),
];

import { endpoints } from '../../contracts/endpoints/index.js';
import { commitPlanImport } from '../../services/plans/commit-plan-import.js';
import { diffPlanVersions } from '../../services/plans/diff-plan-versions.js';
import { discardPlanImport } from '../../services/plans/discard-plan-import.js';
import { getPlan } from '../../services/plans/get-plan.js';
import { getPlanImport } from '../../services/plans/get-plan-import.js';
import { listPlanImports } from '../../services/plans/list-plan-imports.js';
import { listPlans } from '../../services/plans/list-plans.js';
import { mapPlanImportColumns } from '../../services/plans/map-plan-import-columns.js';
import { revisePlanImportActivity } from '../../services/plans/revise-plan-import.js';
import { decidePlanImportDuty } from '../../services/plans/decide-plan-import-duty.js';
import { uploadPlanDocument } from '../../services/plans/upload-plan-document.js';
import { readUploadedFile } from '../read-body.js';
import { handle } from '../route.js';

export const planRoutes = [
  handle(endpoints.uploadPlanDocument, async ({ query }, ctx, c) => {
    const file = await readUploadedFile(c);
    return uploadPlanDocument(ctx, {
      ...file,
      basePlanId: query.basePlanId,
      asOf: query.asOf,
    });
  }),
  handle(endpoints.listPlanImports, (_input, ctx) => listPlanImports(ctx)),
  handle(endpoints.getPlanImport, ({ params }, ctx) => getPlanImport(ctx, params.id)),
  handle(endpoints.decidePlanImportDuty, ({ params, body }, ctx) =>
    decidePlanImportDuty(ctx, params.id, params.dutyId, body),
  ),
  handle(endpoints.revisePlanImportActivity, ({ params, body }, ctx) =>
    revisePlanImportActivity(ctx, params.id, params.activityId, body),
  ),
  handle(endpoints.mapPlanImportColumns, ({ params, body }, ctx) => mapPlanImportColumns(ctx, params.id, body)),
  handle(endpoints.commitPlanImport, ({ params, body }, ctx) => commitPlanImport(ctx, params.id, body)),
  handle(endpoints.discardPlanImport, ({ params, body }, ctx) => discardPlanImport(ctx, params.id, body.reason)),
  handle(endpoints.listPlans, (_input, ctx) => listPlans(ctx)),
  handle(endpoints.getPlan, ({ params, query }, ctx) => getPlan(ctx, params.id, query.version)),
  handle(endpoints.diffPlanVersions, ({ params, query }, ctx) =>
    diffPlanVersions(ctx, params.id, query.from, query.to),
  ),
];

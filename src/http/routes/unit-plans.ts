import { endpoints } from '../../contracts/endpoints/index.js';
import { attachUnitPlanFile, downloadUnitPlanFile } from '../../services/unit-plans/attach-unit-plan-file.js';
import { cancelUnitPlan } from '../../services/unit-plans/cancel-unit-plan.js';
import { getUnitPlanDuty } from '../../services/unit-plans/get-unit-plan-duty.js';
import { getUnitPlanOverview } from '../../services/unit-plans/get-unit-plan-overview.js';
import { recordUnitPlan } from '../../services/unit-plans/record-unit-plan.js';
import { setUnitPlanDeadlines } from '../../services/unit-plans/set-unit-plan-deadlines.js';
import { getUnitPlanActivities } from '../../services/unit-plans/get-unit-plan-activities.js';
import { linkUnitPlanActivity } from '../../services/unit-plans/link-unit-plan-activity.js';
import { readUnitPlanActivities } from '../../services/unit-plans/read-unit-plan-activities.js';
import { readUploadedFile } from '../read-body.js';
import { handle } from '../route.js';

export const unitPlanRoutes = [
  handle(endpoints.getUnitPlanOverview, ({ params }, ctx) => getUnitPlanOverview(ctx, params.id)),
  handle(endpoints.setUnitPlanDeadlines, ({ params, body }, ctx) => setUnitPlanDeadlines(ctx, params.id, body)),
  handle(endpoints.getUnitPlanDuty, ({ params }, ctx) => getUnitPlanDuty(ctx, params.id, params.unitId)),
  handle(endpoints.recordUnitPlan, ({ params, body }, ctx) => recordUnitPlan(ctx, params.id, params.unitId, body)),
  handle(endpoints.attachUnitPlanFile, async ({ params }, ctx, c) => {
    const file = await readUploadedFile(c);
    return attachUnitPlanFile(ctx, params.id, params.unitId, file);
  }),
  handle(endpoints.downloadUnitPlanFile, ({ params }, ctx) => downloadUnitPlanFile(ctx, params.id, params.unitId)),
  handle(endpoints.cancelUnitPlan, ({ params, body }, ctx) => cancelUnitPlan(ctx, params.id, params.unitId, body)),
  handle(endpoints.getUnitPlanActivities, ({ params }, ctx) => getUnitPlanActivities(ctx, params.id, params.unitId)),
  handle(endpoints.readUnitPlanActivities, ({ params }, ctx) => readUnitPlanActivities(ctx, params.id, params.unitId)),
  handle(endpoints.linkUnitPlanActivity, ({ params, body }, ctx) =>
    linkUnitPlanActivity(ctx, params.id, params.unitId, params.activityId, body),
  ),
];

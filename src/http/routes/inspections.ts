import { endpoints } from '../../contracts/endpoints/index.js';
import { cancelInspectionPlan } from '../../services/inspections/cancel-inspection-plan.js';
import { getInspectionPlan, listInspectionPlans } from '../../services/inspections/get-inspection-plan.js';
import { proposeInspectionSelection } from '../../services/inspections/propose-inspection-selection.js';
import { createInspectionPlan, updateInspectionPlan } from '../../services/inspections/save-inspection-plan.js';
import { handle } from '../route.js';

export const inspectionRoutes = [
  handle(endpoints.proposeInspectionSelection, ({ query }, ctx) => proposeInspectionSelection(ctx, query)),
  handle(endpoints.listInspectionPlans, ({ query }, ctx) => listInspectionPlans(ctx, query)),
  handle(endpoints.createInspectionPlan, ({ body }, ctx) => createInspectionPlan(ctx, body)),
  handle(endpoints.getInspectionPlan, ({ params }, ctx) => getInspectionPlan(ctx, params.id)),
  handle(endpoints.updateInspectionPlan, ({ params, body }, ctx) => updateInspectionPlan(ctx, params.id, body)),
  handle(endpoints.cancelInspectionPlan, ({ params, body }, ctx) => cancelInspectionPlan(ctx, params.id, body)),
];

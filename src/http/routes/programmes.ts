import { endpoints } from '../../contracts/endpoints/index.js';
import { createNextYearPlan } from '../../services/plans/create-next-year-plan.js';
import { previewNextYearPlan } from '../../services/plans/preview-next-year-plan.js';
import { compareProgrammeYears } from '../../services/programmes/compare-programme-years.js';
import { createProgramme } from '../../services/programmes/create-programme.js';
import { listProgrammes } from '../../services/programmes/list-programmes.js';
import { setPlanProgramme } from '../../services/programmes/set-plan-programme.js';
import { updateProgramme } from '../../services/programmes/update-programme.js';
import { handle } from '../route.js';

export const programmeRoutes = [
  handle(endpoints.previewNextYearPlan, ({ params }, ctx) => previewNextYearPlan(ctx, params.id)),
  handle(endpoints.createNextYearPlan, ({ params, body }, ctx) => createNextYearPlan(ctx, params.id, body)),
  handle(endpoints.setPlanProgramme, ({ params, body }, ctx) => setPlanProgramme(ctx, params.id, body.programmeId)),
  handle(endpoints.listProgrammes, (_input, ctx) => listProgrammes(ctx)),
  handle(endpoints.createProgramme, ({ body }, ctx) => createProgramme(ctx, body)),
  handle(endpoints.updateProgramme, ({ params, body }, ctx) => updateProgramme(ctx, params.id, body)),
  handle(endpoints.compareProgrammeYears, ({ params, query }, ctx) => compareProgrammeYears(ctx, params.id, query)),
];

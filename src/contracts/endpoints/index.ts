import { apiTokenEndpoints } from './api-tokens.js';
import { citizenFeedbackEndpoints } from './citizen-feedback.js';
import { auditEndpoints } from './audit.js';
import { authEndpoints } from './auth.js';
import { planEndpoints } from './plans.js';
import { programmeEndpoints } from './programmes.js';
import { reportingEndpoints } from './reporting.js';
import { consolidatedReportEndpoints } from './consolidated-report.js';
import { dashboardEndpoints } from './dashboard.js';
import { dossierEndpoints } from './dossiers.js';
import { figureEndpoints } from './figures.js';
import { nationalEndpoints } from './national.js';
import { indexEndpoints } from './indices.js';
import { registerEndpoints } from './registers.js';
import { initiativeEndpoints } from './initiatives.js';
import { inspectionEndpoints } from './inspections.js';
import { scoringEndpoints } from './scoring.js';
import { serviceQualityEndpoints } from './service-quality.js';
import { surveyEndpoints } from './surveys.js';
import { surveyResultEndpoints } from './survey-results.js';
import { ssoRuleEndpoints } from './sso-rules.js';
import { systemEndpoints } from './system.js';
import { unitEndpoints } from './units.js';
import { unitPlanEndpoints } from './unit-plans.js';
import { userEndpoints } from './users.js';
import { workingCalendarEndpoints } from './working-calendar.js';

/**
 * Every API endpoint, by name. The server binds one handler to each (src/http/routes, checked at start-up:
 * an endpoint without a handler or bound twice stops the server), the browser calls them through
 * `call(endpoints.x, …)` (web/src/api/client.ts), and /api/openapi.json is generated from them.
 */
export const endpoints = {
  ...apiTokenEndpoints,
  ...auditEndpoints,
  ...citizenFeedbackEndpoints,
  ...authEndpoints,
  ...planEndpoints,
  ...programmeEndpoints,
  ...reportingEndpoints,
  ...consolidatedReportEndpoints,
  ...dashboardEndpoints,
  ...dossierEndpoints,
  ...figureEndpoints,
  ...nationalEndpoints,
  ...indexEndpoints,
  ...registerEndpoints,
  ...initiativeEndpoints,
  ...inspectionEndpoints,
  ...scoringEndpoints,
  ...serviceQualityEndpoints,
  ...surveyEndpoints,
  ...surveyResultEndpoints,
  ...ssoRuleEndpoints,
  ...systemEndpoints,
  ...unitEndpoints,
  ...unitPlanEndpoints,
  ...userEndpoints,
  ...workingCalendarEndpoints,
};

export type EndpointName = keyof typeof endpoints;

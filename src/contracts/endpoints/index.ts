import { auditEndpoints } from './audit.js';
import { authEndpoints } from './auth.js';
import { planEndpoints } from './plans.js';
import { programmeEndpoints } from './programmes.js';
import { reportingEndpoints } from './reporting.js';
import { consolidatedReportEndpoints } from './consolidated-report.js';
import { dashboardEndpoints } from './dashboard.js';
import { dossierEndpoints } from './dossiers.js';
import { figureEndpoints } from './figures.js';
import { scoringEndpoints } from './scoring.js';
import { serviceQualityEndpoints } from './service-quality.js';
import { surveyResultEndpoints } from './survey-results.js';
import { systemEndpoints } from './system.js';
import { unitEndpoints } from './units.js';
import { userEndpoints } from './users.js';

/**
 * Every API endpoint, by name. The server binds one handler to each (src/http/routes, checked at start-up:
 * an endpoint without a handler or bound twice stops the server), the browser calls them through
 * `call(endpoints.x, …)` (web/src/api/client.ts), and /api/openapi.json is generated from them.
 */
export const endpoints = {
  ...auditEndpoints,
  ...authEndpoints,
  ...planEndpoints,
  ...programmeEndpoints,
  ...reportingEndpoints,
  ...consolidatedReportEndpoints,
  ...dashboardEndpoints,
  ...dossierEndpoints,
  ...figureEndpoints,
  ...scoringEndpoints,
  ...serviceQualityEndpoints,
  ...surveyResultEndpoints,
  ...systemEndpoints,
  ...unitEndpoints,
  ...userEndpoints,
};

export type EndpointName = keyof typeof endpoints;

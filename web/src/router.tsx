import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { z } from 'zod';
import type { Role } from '../../src/contracts/auth.js';
import { sessionQuery } from './api/session.js';
import { auditSearch } from './audit/search.js';
import { canEditPlans, canImportDossiers, canManageApiTokens, isAdmin } from './auth/roles.js';
import { AppLayout } from './layout/AppLayout.js';
import { RootLayout } from './layout/RootLayout.js';
import { dashboardSearch } from './dashboard/search.js';
import { nationalSearch } from './national/search.js';
import { lateDossiersSearch, serviceQualitySearch } from './service-quality/search.js';
import { planImportSearch, planSearch } from './plans/search.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { RouteErrorPage } from './pages/RouteErrorPage.js';
import { canReadConsolidatedReport } from './reporting/access.js';
import { reportsSearch, sendReportersToTasks, tasksSearch } from './reporting/routeSearch.js';
import { surveyResultsSearch } from './surveys/results-search.js';
import { registerListSearch } from './registers/search.js';
import { unitsSearch } from './units/search.js';
import { usersSearch } from './users/search.js';

/**
 * The route tree. Pages never import this file (it imports them, lazily): a page reads its own route by id with
 * `getRouteApi('/app/…')`, and search schemas live beside their capability (`units/search.ts`, …).
 */
export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dang-nhap',
  validateSearch: z.object({
    redirect: z.string().optional().catch(undefined),
    /** An error code the single sign-on callback came back with (http/single-sign-on.ts). */
    sso: z.string().optional().catch(undefined),
  }),
  beforeLoad: async ({ context }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (session) throw redirect({ to: '/' });
  },
  component: lazyRouteComponent(() => import('./pages/LoginPage.js'), 'LoginPage'),
});

/** Every screen below needs a session: without one, go to the login page and come back after. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) throw redirect({ to: '/dang-nhap', search: { redirect: location.href } });
    return { session };
  },
  component: AppLayout,
});

const adminOnly = ({ context }: { context: { session: { user: { role: Role } } } }) => {
  if (!isAdmin(context.session.user.role)) throw redirect({ to: '/' });
};

const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  validateSearch: dashboardSearch,
  component: lazyRouteComponent(() => import('./pages/dashboard/DashboardPage.js'), 'DashboardPage'),
});
/** The dashboard's drill-down to one activity; it keeps the dashboard's filters for the way back. */
const dashboardActivityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bang-dieu-hanh/hoat-dong/$activityId',
  validateSearch: dashboardSearch,
  beforeLoad: sendReportersToTasks,
  component: lazyRouteComponent(() => import('./pages/dashboard/ActivityPage.js'), 'ActivityPage'),
});
const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bao-cao',
  validateSearch: reportsSearch,
  component: lazyRouteComponent(() => import('./pages/unit-reports/ReportsPage.js'), 'ReportsPage'),
});
// The Ministry's national view: every province's figures side by side and the country's.
const nationalRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/toan-quoc',
  validateSearch: nationalSearch,
  component: lazyRouteComponent(() => import('./pages/national/NationalPage.js'), 'NationalPage'),
});
// National indices (PAR INDEX, SIPAS, PAPI, PCI, DTI): the province's results by year, targets, points lost.
const indicesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/chi-so-quoc-gia',
  component: lazyRouteComponent(() => import('./pages/indices/IndicesPage.js'), 'IndicesPage'),
});
// Satisfaction surveys: the campaigns, one campaign (links, QR codes, posters, codes).
const surveysRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/khao-sat-y-kien',
  component: lazyRouteComponent(() => import('./pages/surveys/SurveyCampaignsPage.js'), 'SurveyCampaignsPage'),
});
const surveyCampaignRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/khao-sat-y-kien/dot/$campaignId',
  component: lazyRouteComponent(() => import('./pages/surveys/SurveyCampaignPage.js'), 'SurveyCampaignPage'),
});
const paperEntryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/khao-sat-y-kien/nhap-phieu',
  component: lazyRouteComponent(() => import('./pages/surveys/PaperEntryPage.js'), 'PaperEntryPage'),
});
const surveyResultsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/khao-sat-y-kien/ket-qua',
  validateSearch: surveyResultsSearch,
  component: lazyRouteComponent(() => import('./pages/surveys/SurveyResultsPage.js'), 'SurveyResultsPage'),
});
// Service quality (QĐ 766): the page, a unit's late dossiers without apology, one dossier.
const serviceQualityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/chat-luong-phuc-vu',
  validateSearch: serviceQualitySearch,
  component: lazyRouteComponent(() => import('./pages/service-quality/ServiceQualityPage.js'), 'ServiceQualityPage'),
});
const lateDossiersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/chat-luong-phuc-vu/don-vi/$unitId/tre-han',
  validateSearch: lateDossiersSearch,
  component: lazyRouteComponent(() => import('./pages/service-quality/LateDossiersPage.js'), 'LateDossiersPage'),
});
const dossierRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/chat-luong-phuc-vu/don-vi/$unitId/ho-so/$code',
  validateSearch: lateDossiersSearch,
  component: lazyRouteComponent(() => import('./pages/service-quality/DossierPage.js'), 'DossierPage'),
});
// Units' own CCHC plans; CCHC initiatives and one initiative.
const unitPlansRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ke-hoach-don-vi',
  validateSearch: z.object({
    planId: z.uuid().optional().catch(undefined),
    unitId: z.uuid().optional().catch(undefined),
  }),
  component: lazyRouteComponent(() => import('./pages/unit-plans/UnitPlansPage.js'), 'UnitPlansPage'),
});
const initiativesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sang-kien',
  validateSearch: z.object({
    year: z.coerce.number().int().optional().catch(undefined),
    status: z.enum(['submitted', 'recognised', 'not_recognised', 'withdrawn']).optional().catch(undefined),
    unitId: z.uuid().optional().catch(undefined),
  }),
  component: lazyRouteComponent(() => import('./pages/initiatives/InitiativesPage.js'), 'InitiativesPage'),
});
const initiativeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/sang-kien/$id',
  component: lazyRouteComponent(() => import('./pages/initiatives/InitiativePage.js'), 'InitiativePage'),
});
// Citizen feedback (PAKN): the list with its figures, one item.
const feedbackListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/phan-anh-kien-nghi',
  validateSearch: z.object({
    year: z.coerce.number().int().optional().catch(undefined),
    status: z.enum(['received', 'assigned', 'answered', 'cancelled']).optional().catch(undefined),
    unitId: z.uuid().optional().catch(undefined),
    late: z.enum(['true']).optional().catch(undefined),
    q: z.string().max(200).optional().catch(undefined),
  }),
  component: lazyRouteComponent(() => import('./pages/citizen-feedback/FeedbackListPage.js'), 'FeedbackListPage'),
});
const feedbackRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/phan-anh-kien-nghi/$id',
  component: lazyRouteComponent(() => import('./pages/citizen-feedback/FeedbackPage.js'), 'FeedbackPage'),
});
/** The working calendar (holidays, days worked in exchange) due dates in working days are counted with. */
const workingCalendarRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/lich-lam-viec',
  component: lazyRouteComponent(() => import('./pages/working-calendar/WorkingCalendarPage.js'), 'WorkingCalendarPage'),
});
/** The year's inspection plans (the inspections themselves are the `inspections` register's entries). */
const inspectionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kiem-tra',
  component: lazyRouteComponent(() => import('./pages/inspections/InspectionsPage.js'), 'InspectionsPage'),
});
// Scoring: rounds, unit sheets, criteria sets, what-if plans.
/** The registers (steering meetings, training, publicity, ISO 9001): tiles, a register's list, one entry. */
const registersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/so-theo-doi',
  component: lazyRouteComponent(() => import('./pages/registers/RegistersPage.js'), 'RegistersPage'),
});
const registerListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/so-theo-doi/$register',
  validateSearch: registerListSearch,
  component: lazyRouteComponent(() => import('./pages/registers/RegisterListPage.js'), 'RegisterListPage'),
});
const registerEntryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/so-theo-doi/$register/$entryId',
  component: lazyRouteComponent(() => import('./pages/registers/RegisterEntryPage.js'), 'RegisterEntryPage'),
});
const scoringRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cham-diem',
  component: lazyRouteComponent(() => import('./pages/scoring/ScoringPage.js'), 'ScoringPage'),
});
const roundRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cham-diem/dot/$roundId',
  component: lazyRouteComponent(() => import('./pages/scoring/RoundPage.js'), 'RoundPage'),
});
const unitSheetRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cham-diem/dot/$roundId/don-vi/$unitId',
  component: lazyRouteComponent(() => import('./pages/scoring/UnitSheetPage.js'), 'UnitSheetPage'),
});
const jointRoundRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cham-diem/dot/$roundId/tu-danh-gia-chung',
  component: lazyRouteComponent(() => import('./pages/scoring/JointRoundPage.js'), 'JointRoundPage'),
});
const criteriaSetRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cham-diem/bo-tieu-chi/$setId',
  component: lazyRouteComponent(() => import('./pages/scoring/CriteriaSetPage.js'), 'CriteriaSetPage'),
});
const whatIfRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cham-diem/bo-tieu-chi/$setId/phuong-an',
  component: lazyRouteComponent(() => import('./pages/scoring/WhatIfPage.js'), 'WhatIfPage'),
});

/** Dossier exports in: the coordinating department and administrators only. */
const dossierImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ho-so-tthc',
  validateSearch: z.object({ importId: z.uuid().optional().catch(undefined) }),
  beforeLoad: ({ context }) => {
    if (!canImportDossiers(context.session.user.role)) throw redirect({ to: '/' });
  },
  component: lazyRouteComponent(() => import('./pages/dossiers/DossierImportPage.js'), 'DossierImportPage'),
});

const unitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/don-vi',
  validateSearch: unitsSearch,
  component: lazyRouteComponent(() => import('./pages/units/UnitsPage.js'), 'UnitsPage'),
});

const unitDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/don-vi/$unitId',
  component: lazyRouteComponent(() => import('./pages/units/UnitDetailPage.js'), 'UnitDetailPage'),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nguoi-dung',
  validateSearch: usersSearch,
  beforeLoad: adminOnly,
  component: lazyRouteComponent(() => import('./pages/users/UsersPage.js'), 'UsersPage'),
});

/** Tokens other systems call the API with: issued (shown once) and revoked by administrators. */
const apiTokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ma-truy-cap-api',
  beforeLoad: ({ context }) => {
    if (!canManageApiTokens(context.session.user.role)) throw redirect({ to: '/' });
  },
  component: lazyRouteComponent(() => import('./pages/api-tokens/ApiTokensPage.js'), 'ApiTokensPage'),
});

/** Single sign-on: whether it is configured, and the rules that make accounts at first sign-in (administrators). */
const singleSignOnRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/dang-nhap-mot-lan',
  beforeLoad: adminOnly,
  component: lazyRouteComponent(() => import('./pages/sso/SingleSignOnPage.js'), 'SingleSignOnPage'),
});

const plansRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ke-hoach',
  component: lazyRouteComponent(() => import('./pages/plans/PlansPage.js'), 'PlansPage'),
});

/** The review of an uploaded document: only those who may commit plans see drafts. */
const planImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ke-hoach/nhap/$importId',
  validateSearch: planImportSearch,
  beforeLoad: ({ context }) => {
    if (!canEditPlans(context.session.user.role)) throw redirect({ to: '/ke-hoach' });
  },
  component: lazyRouteComponent(() => import('./pages/plans/PlanImportPage.js'), 'PlanImportPage'),
});

const planRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ke-hoach/$planId',
  validateSearch: planSearch,
  component: lazyRouteComponent(() => import('./pages/plans/PlanPage.js'), 'PlanPage'),
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nhat-ky',
  validateSearch: auditSearch,
  beforeLoad: adminOnly,
  component: lazyRouteComponent(() => import('./pages/audit/AuditPage.js'), 'AuditPage'),
});

const tasksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nhiem-vu',
  validateSearch: tasksSearch,
  component: lazyRouteComponent(() => import('./pages/tasks/TasksPage.js'), 'TasksPage'),
});
const assignmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nhiem-vu/$assignmentId',
  component: lazyRouteComponent(() => import('./pages/tasks/AssignmentPage.js'), 'AssignmentPage'),
});
/** Static "tong-hop" outranks the unit route's $unitId; reporters have no consolidated report to read. */
const consolidatedReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bao-cao/$periodId/tong-hop',
  validateSearch: z.object({ planId: z.uuid().optional().catch(undefined) }),
  beforeLoad: ({ context }) => {
    if (!canReadConsolidatedReport(context.session.user.role)) throw redirect({ to: '/bao-cao' });
  },
  component: lazyRouteComponent(
    () => import('./pages/consolidated-report/ConsolidatedReportPage.js'),
    'ConsolidatedReportPage',
  ),
});
const unitReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bao-cao/$periodId/$unitId',
  component: lazyRouteComponent(() => import('./pages/unit-reports/UnitReportPage.js'), 'UnitReportPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    dashboardRoute,
    dashboardActivityRoute,
    plansRoute,
    planImportRoute,
    planRoute,
    reportsRoute,
    serviceQualityRoute,
    registersRoute,
    registerListRoute,
    registerEntryRoute,
    unitPlansRoute,
    initiativesRoute,
    initiativeRoute,
    feedbackListRoute,
    feedbackRoute,
    workingCalendarRoute,
    inspectionsRoute,
    nationalRoute,
    indicesRoute,
    surveysRoute,
    surveyCampaignRoute,
    paperEntryRoute,
    surveyResultsRoute,
    lateDossiersRoute,
    dossierRoute,
    scoringRoute,
    roundRoute,
    unitSheetRoute,
    jointRoundRoute,
    criteriaSetRoute,
    whatIfRoute,
    dossierImportRoute,
    unitsRoute,
    unitDetailRoute,
    usersRoute,
    apiTokensRoute,
    singleSignOnRoute,
    auditRoute,
    tasksRoute,
    assignmentRoute,
    consolidatedReportRoute,
    unitReportRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

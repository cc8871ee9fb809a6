import type { CurrentUser, Role } from '../../../src/contracts/auth.js';
import { REPORT_READERS, REPORT_WRITERS } from '../../../src/contracts/reports.js';

/** Only a reporting officer of the unit itself records its work (progress, evidence, documents, its report). */
export const canRecordWork = (user: CurrentUser, unitId: string): boolean => user.role === 'reporter' && user.unitId === unitId;

/** The coordinating department reviews reports: return, accept, reopen, remind. */
export const canReviewReports = (role: Role): boolean => role === 'admin' || role === 'coordinator';

/** Who follows every unit's reporting on the completeness board; reviewers act, leaders and appraisers read. */
export const canFollowReporting = (role: Role): boolean => role !== 'reporter';

/** Who edits the consolidated report's texts and builds it (the server's own list). */
export const canWriteConsolidatedReport = (role: Role): boolean => REPORT_WRITERS.includes(role);

/** Who reads and downloads the consolidated report and the dashboards: everyone but unit reporters. */
export const canReadConsolidatedReport = (role: Role): boolean => REPORT_READERS.includes(role);

/** The coordinating department opens ad-hoc periods and locks periods. */
export const canManagePeriods = (role: Role): boolean => role === 'admin' || role === 'coordinator';

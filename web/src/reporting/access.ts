import type { CurrentUser, Role } from '../../../src/contracts/auth.js';

/** Only a reporting officer of the unit itself records its work (progress, evidence, documents, its report). */
export const canRecordWork = (user: CurrentUser, unitId: string): boolean => user.role === 'reporter' && user.unitId === unitId;

/** The coordinating department reviews reports: return, accept, reopen, remind. */
export const canReviewReports = (role: Role): boolean => role === 'admin' || role === 'coordinator';

/** Who follows every unit's reporting on the completeness board; reviewers act, leaders and appraisers read. */
export const canFollowReporting = (role: Role): boolean => role !== 'reporter';

/** Mirrors REPORT_WRITERS (src/services/reports/report-access.ts): who edits the consolidated report's texts and builds it. */
export const canWriteConsolidatedReport = (role: Role): boolean => role === 'admin' || role === 'coordinator';

/** Mirrors REPORT_READERS: everyone but unit reporters reads and downloads the consolidated report. */
export const canReadConsolidatedReport = (role: Role): boolean => role !== 'reporter';

/** The coordinating department opens ad-hoc periods and locks periods. */
export const canManagePeriods = (role: Role): boolean => role === 'admin' || role === 'coordinator';

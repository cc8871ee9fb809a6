import type { CurrentUser, Role } from '../../../src/contracts/auth.js';
import { can, reachesEverywhere } from '../../../src/domain/access/policy.js';

// What the pages offer follows the server's own access table (src/domain/access/policy.ts).

/** Only a reporting officer of the unit itself records its work (progress, evidence, documents, its report). */
export const canRecordWork = (user: CurrentUser, unitId: string): boolean => can(user, 'unitWork.record', { unitId });

/** The coordinating department reviews reports: return, accept, reopen, remind. */
export const canReviewReports = (role: Role): boolean => reachesEverywhere({ role }, 'unitReport.review');

/** Who follows every unit's reporting on the completeness board; reviewers act, leaders and appraisers read. */
export const canFollowReporting = (role: Role): boolean => reachesEverywhere({ role }, 'provinceReport.read');

/** Who edits the consolidated report's texts and builds it. */
export const canWriteConsolidatedReport = (role: Role): boolean => reachesEverywhere({ role }, 'provinceReport.write');

/** Who reads and downloads the consolidated report and the dashboards: everyone but unit reporters. */
export const canReadConsolidatedReport = (role: Role): boolean => reachesEverywhere({ role }, 'provinceReport.read');

/** The coordinating department may withdraw any unit's wrongly uploaded evidence, even of a cancelled assignment. */
export const canWithdrawAnyEvidence = (role: Role): boolean => reachesEverywhere({ role }, 'evidence.withdraw');

/** The coordinating department opens ad-hoc periods and locks periods. */
export const canManagePeriods = (role: Role): boolean => reachesEverywhere({ role }, 'period.manage');

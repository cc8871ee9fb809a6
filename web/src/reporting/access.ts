import type { CurrentUser, Role } from '../../../src/contracts/auth.js';

/** Only a reporting officer of the unit itself records its work (progress, evidence, documents, its report). */
export const canRecordWork = (user: CurrentUser, unitId: string): boolean => user.role === 'reporter' && user.unitId === unitId;

/** The coordinating department reviews reports: return, accept, reopen, remind. */
export const canReviewReports = (role: Role): boolean => role === 'admin' || role === 'coordinator';

/** Who follows every unit's reporting on the completeness board; reviewers act, leaders and appraisers read. */
export const canFollowReporting = (role: Role): boolean => role !== 'reporter';

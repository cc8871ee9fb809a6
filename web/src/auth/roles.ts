import type { Role } from '../../../src/contracts/auth.js';

export const isAdmin = (role: Role): boolean => role === 'admin';

/** The unit directory is maintained by administrators and the coordinating department. */
export const canEditUnits = (role: Role): boolean => role === 'admin' || role === 'coordinator';

/** Plans are uploaded, reviewed and committed by the coordinating department and administrators; everyone reads them. */
export const canEditPlans = (role: Role): boolean => role === 'admin' || role === 'coordinator';

/** Rounds, councils, survey points and criteria sets are run by the coordinating department and administrators. */
export const canManageScoring = (role: Role): boolean => role === 'admin' || role === 'coordinator';

import type { Role } from '../../../src/contracts/auth.js';

export const isAdmin = (role: Role): boolean => role === 'admin';

/** The unit directory is maintained by administrators and the coordinating department. */
export const canEditUnits = (role: Role): boolean => role === 'admin' || role === 'coordinator';

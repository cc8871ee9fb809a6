import type { Role } from '../../contracts/auth.js';

/** Who prepares and commits plans: the Sở Nội vụ's CCHC staff and administrators. */
export const PLAN_EDITORS: readonly Role[] = ['admin', 'coordinator'];

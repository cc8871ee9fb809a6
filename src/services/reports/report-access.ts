import type { Role } from '../../contracts/auth.js';

/** Who reads the province-wide reports and dashboards (leaders read only). */
export const REPORT_READERS: readonly Role[] = ['admin', 'coordinator', 'leader', 'appraiser'];
/** Who writes the consolidated report and asks for it to be built. */
export const REPORT_WRITERS: readonly Role[] = ['admin', 'coordinator'];

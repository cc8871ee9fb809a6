import type { Role } from '../../../src/contracts/auth.js';
import { reachesEverywhere } from '../../../src/domain/access/policy.js';

// What the pages offer follows the server's own access table (src/domain/access/policy.ts), never a role list of its own.

/** Accounts are managed by administrators. */
export const isAdmin = (role: Role): boolean => reachesEverywhere({ role }, 'users.manage');
/** Other systems' API tokens are issued and revoked by administrators. */
export const canManageApiTokens = (role: Role): boolean => reachesEverywhere({ role }, 'apiTokens.manage');

/** The unit directory is maintained by administrators and the coordinating department. */
export const canEditUnits = (role: Role): boolean => reachesEverywhere({ role }, 'units.manage');

/** Plans are uploaded, reviewed and committed by the coordinating department and administrators; everyone reads them. */
export const canEditPlans = (role: Role): boolean => reachesEverywhere({ role }, 'plan.import');
/** Next year's plan is made from a plan by the coordinating department and administrators. */
export const canCarryOverPlans = (role: Role): boolean => reachesEverywhere({ role }, 'plan.carryOver');
/** Multi-year programmes are created, edited and filled with plans by the same. */
export const canManageProgrammes = (role: Role): boolean => reachesEverywhere({ role }, 'programme.manage');
/** Confirms, changes or clears the catalogue figure a plan target is measured by. */
export const canLinkFigures = (role: Role): boolean => reachesEverywhere({ role }, 'indicator.linkFigure');

/** Rounds, councils, survey points and criteria sets are run by the coordinating department and administrators. */
export const canManageScoring = (role: Role): boolean => reachesEverywhere({ role }, 'scoring.manage');

/** Who reads every unit's scoring: the round's results before they are published included. */
export const readsEveryUnitsScoring = (role: Role): boolean => reachesEverywhere({ role }, 'scoring.readResults');

/** Who sees every unit's service-quality figures and the levels; a unit's reporter sees their own unit's. */
export const readsProvinceFigures = (role: Role): boolean => reachesEverywhere({ role }, 'figures.read');
/** Dossier exports are imported by the coordinating department and administrators. */
export const canImportDossiers = (role: Role): boolean => reachesEverywhere({ role }, 'dossiers.import');

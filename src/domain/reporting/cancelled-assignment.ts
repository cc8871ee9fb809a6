import { AppError } from '../errors.js';

/** A cancelled assignment takes no more work (progress, evidence, documents). */
export const cancelledAssignment = () => new AppError('ASSIGNMENT_CANCELLED');

import type { AssignmentStatus } from '../../../src/domain/reporting/assignment-status.js';

/**
 * The progress a status change implies, so the form does not offer a combination the rules refuse:
 * finished is 100%, not started is 0%, and work in progress is below 100%.
 */
export function progressForStatus(status: AssignmentStatus, progress: number): number {
  if (status === 'done' || status === 'done_late') return 100;
  if (status === 'not_started') return 0;
  if (status === 'in_progress' && progress >= 100) return 50;
  return progress;
}

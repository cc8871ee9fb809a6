import { can, type PolicyActor } from '../access/policy.js';
import type { ReportActorRole } from './report-workflow.js';

/** How the review workflow sees an actor for this unit's report, read from the one access policy. */
export function reportRoleOf(actor: PolicyActor, unitId: string): ReportActorRole {
  if (can(actor, 'unitWork.record', { unitId })) return 'reporter';
  if (can(actor, 'unitReport.review', { unitId })) return 'coordinator';
  return 'viewer';
}

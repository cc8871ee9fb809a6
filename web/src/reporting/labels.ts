import { ASSIGNMENT_STATUSES, type AssignmentStatus } from '../../../src/domain/reporting/assignment-status.js';
import { EVIDENCE_TYPES } from '../../../src/domain/reporting/evidence-type.js';
import type { ReportState } from '../../../src/domain/reporting/report-workflow.js';
import { formatNumberVi } from '../i18n/format.js';
import type { MessageKey } from '../i18n/vi.js';

type Translate = (key: MessageKey) => string;

export const assignmentStatusOptions = (t: Translate) =>
  ASSIGNMENT_STATUSES.map((value) => ({ value, label: t(`assignmentStatus.${value}`) }));

export const ASSIGNMENT_STATUS_COLORS: Record<AssignmentStatus, string> = {
  not_started: 'gray',
  in_progress: 'blue',
  done: 'green',
  done_late: 'yellow',
  not_feasible: 'red',
};

export const REPORT_STATE_COLORS: Record<ReportState, string> = {
  draft: 'gray',
  submitted: 'blue',
  returned: 'orange',
  accepted: 'green',
};

/** The file picker's filter for evidence: every type the server accepts (it checks the content anyway). */
export const EVIDENCE_ACCEPT = Object.values(EVIDENCE_TYPES)
  .flatMap((type) => [...type.extensions.map((extension) => `.${extension}`), type.mime])
  .join(',');

/** A share (0..1) as a Vietnamese percentage, "86,4%"; "—" when there is nothing to divide by. */
export function formatRate(rate: number | null, none: string): string {
  return rate === null ? none : `${formatNumberVi(rate * 100, 1)}%`;
}

/** "1,2 MB" / "35 KB": file sizes the way people read them. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${formatNumberVi(bytes / 1024 / 1024, 1)} MB`;
  return `${formatNumberVi(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

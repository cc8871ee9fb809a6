import { Badge } from '@mantine/core';
import type { AssignmentStatus } from '../../../../src/domain/reporting/assignment-status.js';
import { useT } from '../../i18n/I18nProvider.js';
import { ASSIGNMENT_STATUS_COLORS } from '../../reporting/labels.js';

export function AssignmentStatusBadge({ status }: { status: AssignmentStatus }) {
  const t = useT();
  return (
    <Badge color={ASSIGNMENT_STATUS_COLORS[status]} variant="light" tt="none">
      {t(`assignmentStatus.${status}`)}
    </Badge>
  );
}

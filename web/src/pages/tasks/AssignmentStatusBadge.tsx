import { Badge } from '@mantine/core';
import type { AssignmentStatus } from '../../../../src/domain/reporting/assignment-status.js';
import { useT } from '../../i18n/I18nProvider.js';
import { ASSIGNMENT_STATUS_COLORS } from '../../reporting/labels.js';

export function AssignmentStatusBadge({ status }: { status: AssignmentStatus }) {
  const t = useT();
  return (
    // The label stays whole in a narrow table column instead of ending in "…".
    <Badge
      color={ASSIGNMENT_STATUS_COLORS[status]}
      variant="light"
      tt="none"
      styles={{ label: { overflow: 'visible' } }}
    >
      {t(`assignmentStatus.${status}`)}
    </Badge>
  );
}

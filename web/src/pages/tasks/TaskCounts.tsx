import { Badge, Group, Paper, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import type { z } from 'zod';
import type { assignmentPage } from '../../../../src/contracts/reporting.js';
import { ASSIGNMENT_STATUSES } from '../../../../src/domain/reporting/assignment-status.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { ASSIGNMENT_STATUS_COLORS } from '../../reporting/labels.js';
import type { TasksSearch } from '../../reporting/routeSearch.js';

interface TaskCountsProps {
  counts: z.infer<typeof assignmentPage>['counts'];
  search: TasksSearch;
  onFilter: (patch: Partial<TasksSearch>) => void;
}

/** What the unit leads in the chosen plan: overdue, coming due, and by status; each figure filters the list. */
export function TaskCounts({ counts, search, onFilter }: TaskCountsProps) {
  const t = useT();
  const figures = [
    {
      key: 'total',
      label: t('tasks.countTotal'),
      value: counts.total,
      color: undefined,
      active: !search.due && !search.status,
      patch: { due: undefined, status: undefined },
    },
    {
      key: 'overdue',
      label: t('tasks.countOverdue'),
      value: counts.overdue,
      color: counts.overdue ? 'red' : undefined,
      active: search.due === 'overdue',
      patch: { due: 'overdue' as const, status: undefined },
    },
    {
      key: 'dueSoon',
      label: t('tasks.countDueSoon'),
      value: counts.dueSoon,
      color: counts.dueSoon ? 'orange' : undefined,
      active: search.due === 'due_soon',
      patch: { due: 'due_soon' as const, status: undefined },
    },
  ];
  return (
    <section aria-label={t('tasks.counts')}>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        {figures.map((figure) => (
          <UnstyledButton key={figure.key} onClick={() => onFilter(figure.patch)} aria-pressed={figure.active}>
            <Paper withBorder p="sm" bd={figure.active ? '2px solid var(--mantine-primary-color-filled)' : undefined}>
              <Text size="sm" c="dimmed">
                {figure.label}
              </Text>
              <Text fz={28} fw={700} c={figure.color}>
                {formatNumberVi(figure.value)}
              </Text>
            </Paper>
          </UnstyledButton>
        ))}
      </SimpleGrid>
      <Group gap="xs" mt="xs">
        {ASSIGNMENT_STATUSES.map((status) => (
          <UnstyledButton
            key={status}
            onClick={() => onFilter({ status, due: undefined })}
            aria-pressed={search.status === status}
          >
            <Badge
              color={ASSIGNMENT_STATUS_COLORS[status]}
              variant={search.status === status ? 'filled' : 'light'}
              size="lg"
              tt="none"
            >
              {t(`assignmentStatus.${status}`)}: {formatNumberVi(counts.byStatus[status] ?? 0)}
            </Badge>
          </UnstyledButton>
        ))}
      </Group>
    </section>
  );
}

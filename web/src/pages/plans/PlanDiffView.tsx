import { Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { PlanActivity, PlanDiff } from '../../api/plans.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/vi.js';
import { TableScroll } from '../../components/TableScroll.js';

const FIELD_LABELS: Record<string, MessageKey> = {
  area: 'plans.field.area',
  number: 'plans.field.number',
  objective: 'plans.field.objective',
  task: 'plans.field.task',
  activity: 'plans.field.activity',
  deliverable: 'plans.field.deliverable',
  lead: 'plans.field.lead',
  cooperating: 'plans.field.cooperating',
  deadline: 'plans.field.deadline',
  budget: 'plans.field.budget',
};

/** "II.1 Thẩm định dự thảo văn bản": where an activity sits and what it says. */
function activityLine(activity: PlanActivity): string {
  const place = [activity.area, activity.number].filter(Boolean).join('.');
  return `${place ? `${place} ` : ''}${activity.activity ?? activity.deliverable ?? activity.id}`;
}

/** Added, removed and changed activities between two versions, changes field by field (before → after). */
export function PlanDiffView({ diff }: { diff: PlanDiff }) {
  const t = useT();
  const none = t('common.none');
  const fieldLabel = (field: string) => {
    const key = FIELD_LABELS[field];
    return key ? t(key) : field;
  };
  return (
    <Stack gap="md">
      <Group gap="xs" role="status">
        <Badge color="green" variant="light" tt="none">
          {t('plans.diffAdded', { count: formatNumberVi(diff.added.length) })}
        </Badge>
        <Badge color="red" variant="light" tt="none">
          {t('plans.diffRemoved', { count: formatNumberVi(diff.removed.length) })}
        </Badge>
        <Badge color="orange" variant="light" tt="none">
          {t('plans.diffChanged', { count: formatNumberVi(diff.changed.length) })}
        </Badge>
        <Badge color="gray" variant="light" tt="none">
          {t('plans.diffUnchanged', { count: formatNumberVi(diff.unchanged) })}
        </Badge>
      </Group>
      {diff.added.length > 0 && (
        <section aria-label={t('plans.diffAddedTitle')}>
          <Title order={3} size="h6">
            {t('plans.diffAddedTitle')}
          </Title>
          <List size="sm">
            {diff.added.map((activity) => (
              <List.Item key={activity.id}>{activityLine(activity)}</List.Item>
            ))}
          </List>
        </section>
      )}
      {diff.removed.length > 0 && (
        <section aria-label={t('plans.diffRemovedTitle')}>
          <Title order={3} size="h6">
            {t('plans.diffRemovedTitle')}
          </Title>
          <List size="sm">
            {diff.removed.map((activity) => (
              <List.Item key={activity.id}>
                <Text span size="sm" td="line-through">
                  {activityLine(activity)}
                </Text>
              </List.Item>
            ))}
          </List>
        </section>
      )}
      {diff.changed.length > 0 && (
        <section aria-label={t('plans.diffChangedTitle')}>
          <Title order={3} size="h6" mb={4}>
            {t('plans.diffChangedTitle')}
          </Title>
          <TableScroll>
            <Table
              aria-label={t('plans.diffChangedTitle')}
              layout="fixed"
              miw={760}
              withTableBorder
              className="activity-table"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('plans.field.activity')}</Table.Th>
                  <Table.Th scope="col" w={130}>
                    {t('plans.diffField')}
                  </Table.Th>
                  <Table.Th scope="col">{t('plans.diffBefore')}</Table.Th>
                  <Table.Th scope="col">{t('plans.diffAfter')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {diff.changed.flatMap(({ after, changes }) =>
                  changes.map((change, index) => (
                    <Table.Tr key={`${after.id}:${change.field}`}>
                      {index === 0 && <Table.Td rowSpan={changes.length}>{activityLine(after)}</Table.Td>}
                      <Table.Td>{fieldLabel(change.field)}</Table.Td>
                      <Table.Td>
                        <Text size="sm" c="red.8" td="line-through">
                          {change.before || none}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c="green.9">
                          {change.after || none}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  )),
                )}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </section>
      )}
    </Stack>
  );
}

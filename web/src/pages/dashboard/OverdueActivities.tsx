import { Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { DashboardView } from '../../api/dashboard.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { groupOverdueByActivity } from '../../dashboard/overdue.js';
import type { DashboardSearch } from '../../dashboard/search.js';
import { formatDateVi, formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { TableScroll } from '../../components/TableScroll.js';

/** The longest overdue work, one line per activity naming its late units; each opens the activity with every unit's share and evidence. */
export function OverdueActivities({ data, search }: { data: DashboardView; search: DashboardSearch }) {
  const t = useT();
  const groups = useMemo(() => groupOverdueByActivity(data.overdueActivities), [data.overdueActivities]);
  if (!groups.length) return <Text size="sm">{t('dashboard.overdue.none')}</Text>;
  const hint = t('dashboard.overdue.hint', {
    shown: formatNumberVi(data.overdueActivities.length),
    count: formatNumberVi(data.overdue.assignments),
    activities: formatNumberVi(data.overdue.activities),
  });
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
      <TableScroll>
        <Table striped highlightOnHover aria-label={t('dashboard.overdue.title')} miw={900}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboard.col.area')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.col.activity')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.col.dueOn')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('dashboard.col.daysOverdue')}
              </Table.Th>
              <Table.Th scope="col">{t('dashboard.col.overdueUnits')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((group) => (
              <Table.Tr key={group.activityId}>
                <Table.Td>{group.areaCode ?? t('common.none')}</Table.Td>
                <Table.Td miw={280}>
                  <AnchorLink
                    to="/bang-dieu-hanh/hoat-dong/$activityId"
                    params={{ activityId: group.activityId }}
                    search={search}
                    size="sm"
                  >
                    {group.activityNumber ? `${group.activityNumber}. ${group.activityTitle}` : group.activityTitle}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{formatDateVi(group.dueOn)}</Table.Td>
                <Table.Td ta="right" c="red">
                  {formatNumberVi(group.daysOverdue)}
                </Table.Td>
                <Table.Td miw={280}>
                  <Text size="sm" fw={500}>
                    {t('dashboard.overdue.units', { count: formatNumberVi(group.units.length) })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {group.units.map((unit) => unit.unitName).join('; ')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}

import { List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { DashboardView } from '../../api/dashboard.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { formatDateVi, formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { TableScroll } from '../../components/TableScroll.js';
import { EmptyState } from '../../components/EmptyState.js';

/** Units that have sent nothing for the period, and those that sent after the due date. */
export function ReportingGaps({ data }: { data: DashboardView }) {
  const t = useT();
  const { missing, late, completeness } = data.discipline;
  const periodId = data.period.id;
  const missingTitle = t('dashboard.gaps.missing', { count: formatNumberVi(missing.length) });
  const lateTitle = t('dashboard.gaps.late', { count: formatNumberVi(late.length) });
  const reportLink = (unitId: string, name: string) => (
    <AnchorLink to="/bao-cao/$periodId/$unitId" params={{ periodId, unitId }} size="sm">
      {name}
    </AnchorLink>
  );
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('dashboard.gaps.hint', { period: data.period.label, due: formatDateVi(completeness.dueOn) })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <div>
          <Title order={3} size="h5" mb="xs">
            {missingTitle}
          </Title>
          {missing.length === 0 ? (
            <Text size="sm">{t('dashboard.gaps.allReported')}</Text>
          ) : (
            <List aria-label={missingTitle} size="sm" style={{ columns: '16rem' }}>
              {missing.map((unit) => (
                <List.Item key={unit.id}>{reportLink(unit.id, unit.name)}</List.Item>
              ))}
            </List>
          )}
        </div>
        <div>
          <Title order={3} size="h5" mb="xs">
            {lateTitle}
          </Title>
          {late.length === 0 ? (
            <EmptyState inline>{t('dashboard.gaps.noneLate')}</EmptyState>
          ) : (
            <TableScroll>
              <Table aria-label={lateTitle}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('dashboard.col.unit')}</Table.Th>
                    <Table.Th scope="col">{t('dashboard.col.submittedOn')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('dashboard.col.daysLate')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {late.map((unit) => (
                    <Table.Tr key={unit.unitId}>
                      <Table.Td>{reportLink(unit.unitId, unit.unitName)}</Table.Td>
                      <Table.Td>{formatDateVi(unit.firstSubmittedOn)}</Table.Td>
                      <Table.Td ta="right">{formatNumberVi(unit.daysLate)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </div>
      </SimpleGrid>
    </Stack>
  );
}

import { Badge, Stack, Table, Text } from '@mantine/core';
import type { IndicatorRowView } from '../../../../src/contracts/dashboard.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { TableScroll } from '../../components/TableScroll.js';

const STATUS_COLORS = { achieved: 'green', not_achieved: 'gray', at_risk: 'red' } as const;

const shownValue = (row: IndicatorRowView, none: string) =>
  row.value === null ? none : `${formatNumberVi(row.value, 1)}${row.unit === '%' ? '%' : ''}`;

/** Plan targets at risk of being missed, or missed at the year's end, with the reason in one sentence. */
export function IndicatorsAtRisk({ rows }: { rows: IndicatorRowView[] }) {
  const t = useT();
  const title = t('dashboard.risk.title');
  const none = t('common.none');
  if (!rows.length) return <Text size="sm">{t('dashboard.risk.none')}</Text>;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('dashboard.risk.hint')}
      </Text>
      <TableScroll>
        <Table striped aria-label={title} miw={1000}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboard.col.area')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.col.indicator')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.col.level')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.col.target')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('dashboard.col.value')}
              </Table.Th>
              <Table.Th scope="col">{t('dashboard.col.evaluation')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.indicatorId}>
                <Table.Td>{row.areaCode ?? none}</Table.Td>
                <Table.Td style={{ minWidth: 320 }}>
                  <Text size="sm">{row.subject}</Text>
                  <Text size="xs" c="dimmed" lineClamp={2} title={row.text}>
                    {row.text}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`targetLevel.${row.level}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.targetLabel}</Table.Td>
                <Table.Td ta="right">{shownValue(row, none)}</Table.Td>
                <Table.Td style={{ minWidth: 240 }}>
                  {row.evaluation.status && (
                    <Badge color={STATUS_COLORS[row.evaluation.status]} variant="light" tt="none">
                      {t(`indicatorStatus.${row.evaluation.status}`)}
                    </Badge>
                  )}
                  <Text size="xs" c="dimmed" mt={4}>
                    {row.evaluation.explanation}
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

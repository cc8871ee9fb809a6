import { Badge, Stack, Table, Text } from '@mantine/core';
import type { IndicatorRowView } from '../../../../src/contracts/dashboard.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { TableScroll } from '../../components/TableScroll.js';

const STATUS_COLORS = { achieved: 'green', not_achieved: 'gray', at_risk: 'red' } as const;

const number = (value: number, unit: string) => `${formatNumberVi(value, 2)}${unit === '%' ? '%' : ''}`;

/** The figure for the target's whole scope: judged, provisional (part of the units, not judged), or no data. */
function ShownValue({ row }: { row: IndicatorRowView }) {
  const t = useT();
  if (row.value !== null) return <>{number(row.value, row.unit)}</>;
  if (row.provisionalValue !== null)
    return (
      <>
        {number(row.provisionalValue, row.unit)}
        <Text size="xs" c="orange">
          {t('targets.provisional')}
        </Text>
      </>
    );
  return (
    <Text span size="sm" c="dimmed">
      {t('targets.noData')}
    </Text>
  );
}

/**
 * Plan targets, each once, with the figure for its whole scope, the units it covers and where it comes from,
 * and the verdict only where there is a figure to judge: by default those at risk of being missed, or missed
 * at the year's end, with the reason in one sentence; `kind="all"` every target.
 */
export function IndicatorsAtRisk({ rows, kind = 'risk' }: { rows: IndicatorRowView[]; kind?: 'risk' | 'all' }) {
  const t = useT();
  const title = t(kind === 'all' ? 'dashboard.targets.title' : 'dashboard.risk.title');
  const none = t('common.none');
  if (!rows.length)
    return <Text size="sm">{t(kind === 'all' ? 'dashboard.targets.none' : 'dashboard.risk.none')}</Text>;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t(kind === 'all' ? 'dashboard.targets.hint' : 'dashboard.risk.hint')}
      </Text>
      <TableScroll>
        <Table striped aria-label={title} miw={1250}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboard.col.area')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.col.indicator')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.col.level')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.col.target')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('dashboard.col.value')}
              </Table.Th>
              <Table.Th scope="col">{t('targets.coverage')}</Table.Th>
              <Table.Th scope="col">{t('targets.source')}</Table.Th>
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
                <Table.Td ta="right">
                  <ShownValue row={row} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.coverageLabel || none}</Table.Td>
                <Table.Td style={{ minWidth: 160 }}>
                  <Text size="xs">{row.sourceLabel || none}</Text>
                </Table.Td>
                <Table.Td style={{ minWidth: 240 }}>
                  {row.evaluation.status ? (
                    <Badge color={STATUS_COLORS[row.evaluation.status]} variant="light" tt="none">
                      {t(`indicatorStatus.${row.evaluation.status}`)}
                    </Badge>
                  ) : (
                    <Badge color="gray" variant="outline" tt="none">
                      {row.provisionalValue !== null ? t('targets.provisional') : t('indicatorStatus.none')}
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

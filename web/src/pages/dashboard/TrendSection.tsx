import { Table } from '@mantine/core';
import { useMemo } from 'react';
import type { PeriodTrendView } from '../../../../src/contracts/dashboard.js';
import { trendChartOption } from '../../dashboard/chart-options.js';
import { formatDateVi, formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { formatRate } from '../../reporting/labels.js';
import { ChartPanel } from './ChartPanel.js';

/** Reports received, on time, and the share of reported work finished, period after period. */
export function TrendSection({
  trends,
  periodLabel,
  caption,
}: {
  trends: PeriodTrendView[];
  periodLabel: string;
  caption: string;
}) {
  const t = useT();
  const option = useMemo(() => trendChartOption(trends, t), [trends, t]);
  const title = t('dashboard.trend.title');
  const none = t('common.none');
  return (
    <ChartPanel
      title={title}
      hint={t('dashboard.trend.hint')}
      periodLabel={periodLabel}
      caption={caption}
      option={option}
      height={300}
    >
      <Table striped aria-label={t('dashboard.tableOf', { chart: title })} miw={860}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.col.period')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.col.dueOn')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.col.received')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.trend.receivedRate')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.trend.onTimeRate')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.col.reportedItems')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.trend.completionRate')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trends.map((trend) => (
            <Table.Tr key={trend.periodCode}>
              <Table.Th scope="row" fw={400}>
                {trend.label}
              </Table.Th>
              <Table.Td>{formatDateVi(trend.dueOn)}</Table.Td>
              <Table.Td ta="right">
                {t('dashboard.ofExpected', {
                  count: formatNumberVi(trend.received),
                  of: formatNumberVi(trend.expected),
                })}
              </Table.Td>
              <Table.Td ta="right">{formatRate(trend.receivedRate, none)}</Table.Td>
              <Table.Td ta="right">{formatRate(trend.onTimeRate, none)}</Table.Td>
              <Table.Td ta="right">
                {t('dashboard.ofExpected', {
                  count: formatNumberVi(trend.reportedFinished),
                  of: formatNumberVi(trend.reportedItems),
                })}
              </Table.Td>
              <Table.Td ta="right">{formatRate(trend.completionRate, none)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ChartPanel>
  );
}

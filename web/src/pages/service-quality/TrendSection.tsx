import { Table } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import type { ServiceQualityRowView } from '../../../../src/contracts/service-quality.js';
import type { ServiceQualityView } from '../../api/service-quality.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { serviceTrendChartOption } from '../../service-quality/chart-options.js';
import { ChartPanel } from '../dashboard/ChartPanel.js';

/** One row's total and on-time rate over the periods of the year up to the one shown, chart and table. */
export function TrendSection({
  data,
  row,
  period,
  caption,
  chooser,
}: {
  data: ServiceQualityView;
  row: ServiceQualityRowView;
  period: string;
  caption: string;
  chooser: ReactNode;
}) {
  const t = useT();
  const none = t('common.none');
  const points = useMemo(() => row.trend.map((p) => ({ ...p, label: t(`sq.span.${p.span}`) })), [row.trend, t]);
  const option = useMemo(
    () => serviceTrendChartOption(points, { total: t('sq.col.total'), onTimeRate: t('sq.col.onTimeRate') }),
    [points, t],
  );
  const title = t('sq.chart.trend');
  const name = row.unitId
    ? row.unitName
    : t('sq.levelRow', { level: data.scope === 'unit' ? '' : t(`sq.level.${data.scope}`) });
  return (
    <ChartPanel
      title={title}
      hint={t('sq.chart.trendHint')}
      periodLabel={period}
      caption={`${caption}\n${name}`}
      option={option}
      height={280}
      controls={chooser}
    >
      <Table striped aria-label={t('dashboard.tableOf', { chart: `${title}: ${name}` })} miw={420}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('sq.col.period')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('sq.col.total')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('sq.col.onTimeRate')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {points.map((p) => (
            <Table.Tr key={p.span}>
              <Table.Th scope="row" fw={400}>
                {p.label}
              </Table.Th>
              <Table.Td ta="right">{p.total === null ? none : formatNumberVi(p.total, 2, 2)}</Table.Td>
              <Table.Td ta="right">{p.onTimeRate === null ? none : `${formatNumberVi(p.onTimeRate, 2)}%`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ChartPanel>
  );
}

import { Table } from '@mantine/core';
import { useMemo } from 'react';
import type { ProgressFiguresView, ProgressTableView } from '../../../../src/contracts/dashboard.js';
import { ASSIGNMENT_STATUSES } from '../../../../src/domain/reporting/assignment-status.js';
import { barChartHeight, progressChartOption } from '../../dashboard/chart-options.js';
import { formatProgress } from '../../dashboard/format.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { formatRate } from '../../reporting/labels.js';
import { ChartPanel } from './ChartPanel.js';

interface ProgressSectionProps {
  title: string;
  hint: string;
  /** The heading of the first column: area, or kind of unit. */
  rowHeader: string;
  table: ProgressTableView;
  periodLabel: string;
  /** The plan, period and filters, printed on the saved picture. */
  caption: string;
  /** The row's name in the current language (a stable function: the chart is rebuilt when it changes); the server's label by default. */
  labelOf?: (row: ProgressFiguresView) => string;
}

const serverLabel = (row: ProgressFiguresView) => row.label;

/** Assignments by status per area or per kind of unit: a stacked bar chart and the same figures as a table. */
export function ProgressSection({
  title,
  hint,
  rowHeader,
  table,
  periodLabel,
  caption,
  labelOf = serverLabel,
}: ProgressSectionProps) {
  const t = useT();
  const option = useMemo(() => progressChartOption(table, t, labelOf), [table, t, labelOf]);
  const none = t('common.none');
  const cells = (row: ProgressFiguresView) => (
    <>
      <Table.Td ta="right">{formatNumberVi(row.total)}</Table.Td>
      {ASSIGNMENT_STATUSES.map((status) => (
        <Table.Td key={status} ta="right">
          {formatNumberVi(row.byStatus[status])}
        </Table.Td>
      ))}
      <Table.Td ta="right" c={row.overdue ? 'red' : undefined}>
        {formatNumberVi(row.overdue)}
      </Table.Td>
      <Table.Td ta="right">{formatRate(row.completionRate, none)}</Table.Td>
      <Table.Td ta="right">{formatProgress(row.averageProgress, none)}</Table.Td>
    </>
  );
  return (
    <ChartPanel
      title={title}
      hint={hint}
      periodLabel={periodLabel}
      caption={caption}
      option={option}
      height={barChartHeight(table.rows.length)}
    >
      <Table striped aria-label={t('dashboard.tableOf', { chart: title })} miw={960}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{rowHeader}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.col.total')}
            </Table.Th>
            {ASSIGNMENT_STATUSES.map((status) => (
              <Table.Th key={status} scope="col" ta="right">
                {t(`assignmentStatus.${status}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              {t('dashboard.col.overdue')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.col.completionRate')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.col.averageProgress')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={400}>
                {labelOf(row)}
              </Table.Th>
              {cells(row)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row">{t('dashboard.col.sum')}</Table.Th>
            {cells(table.total)}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ChartPanel>
  );
}

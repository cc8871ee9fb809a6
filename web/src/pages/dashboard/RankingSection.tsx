import { SegmentedControl, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { RankedUnitView } from '../../../../src/contracts/dashboard.js';
import type { UnitKind } from '../../../../src/domain/units/types.js';
import { barChartHeight, rankingChartOption } from '../../dashboard/chart-options.js';
import { rankingGroups } from '../../dashboard/ranking.js';
import { formatProgress } from '../../dashboard/format.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { formatRate } from '../../reporting/labels.js';
import { ChartPanel } from './ChartPanel.js';

/** How many units the chart shows; the table lists them all. */
const CHART_TOP = 10;

/** Units ranked within their kind by completion, then reports on time, then fewer overdue tasks. */
export function RankingSection({
  ranking,
  periodLabel,
  caption,
}: {
  ranking: RankedUnitView[];
  periodLabel: string;
  caption: string;
}) {
  const t = useT();
  const groups = useMemo(() => rankingGroups(ranking), [ranking]);
  const [chosen, setChosen] = useState<UnitKind | null>(null);
  const group = groups.find((g) => g.kind === chosen) ?? groups[0];
  const units = useMemo(() => group?.units ?? [], [group]);
  const option = useMemo(() => rankingChartOption(units, CHART_TOP, t), [units, t]);
  const title = t('dashboard.ranking.title');
  const none = t('common.none');

  const controls =
    groups.length > 1 ? (
      <div>
        <Text size="sm" fw={500} id="ranking-kind">
          {t('dashboard.ranking.group')}
        </Text>
        <SegmentedControl
          aria-labelledby="ranking-kind"
          value={group?.kind}
          onChange={(value) => setChosen(value as UnitKind)}
          data={groups.map((g) => ({ value: g.kind, label: t(`unitKind.${g.kind}`) }))}
        />
      </div>
    ) : null;

  return (
    <ChartPanel
      title={title}
      hint={t('dashboard.ranking.hint', { top: formatNumberVi(Math.min(CHART_TOP, units.length)) })}
      periodLabel={periodLabel}
      caption={caption}
      option={option}
      height={barChartHeight(Math.min(CHART_TOP, units.length))}
      controls={controls}
    >
      <Table striped aria-label={t('dashboard.tableOf', { chart: title })} miw={980}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.col.rank')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.col.unit')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.col.total')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.col.finished')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.col.overdue')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.ranking.completionRate')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.col.averageProgress')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.col.reportsOnTime')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.ranking.reportOnTimeRate')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((unit) => (
            <Table.Tr key={unit.unitId}>
              <Table.Td>
                {t('dashboard.rankOf', { rank: formatNumberVi(unit.rank), of: formatNumberVi(unit.of) })}
              </Table.Td>
              <Table.Th scope="row" fw={400}>
                {unit.unitName}
              </Table.Th>
              <Table.Td ta="right">{formatNumberVi(unit.assignments)}</Table.Td>
              <Table.Td ta="right">{formatNumberVi(unit.finished)}</Table.Td>
              <Table.Td ta="right" c={unit.overdue ? 'red' : undefined}>
                {formatNumberVi(unit.overdue)}
              </Table.Td>
              <Table.Td ta="right">{formatRate(unit.completionRate, none)}</Table.Td>
              <Table.Td ta="right">{formatProgress(unit.averageProgress, none)}</Table.Td>
              <Table.Td ta="right">
                {t('dashboard.ofExpected', {
                  count: formatNumberVi(unit.reportsOnTime),
                  of: formatNumberVi(unit.reportsDue),
                })}
              </Table.Td>
              <Table.Td ta="right">{formatRate(unit.reportOnTimeRate, none)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ChartPanel>
  );
}

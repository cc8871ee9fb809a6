import { Alert, Group, Loader, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { programmeComparisonQuery, programmeListQuery, type ProgrammeComparison } from '../../api/programmes.js';
import { useCurrentUser } from '../../api/session.js';
import { readsProvinceFigures } from '../../auth/roles.js';
import { programmeChartOption } from '../../dashboard/programme-chart.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { ChartPanel } from './ChartPanel.js';

type Rate = ProgrammeComparison['rows'][number]['cells'][number]['completion'];

/**
 * An area's or a unit's completion and on-time rates across the years of a multi-year programme: a chart of
 * the chosen row and the table of every row. A unit's reporter sees their own unit's row only.
 */
export function ProgrammeComparisonSection() {
  const t = useT();
  const provinceWide = readsProvinceFigures(useCurrentUser().role);
  const { data: programmes } = useQuery(programmeListQuery);
  const withPlans = (programmes ?? []).filter((p) => p.plans.length > 0);
  const [chosen, setChosen] = useState<string | null>(null);
  const [by, setBy] = useState<'area' | 'unit'>(provinceWide ? 'area' : 'unit');
  const programmeId = chosen ?? withPlans.at(-1)?.id ?? null;
  const query = useQuery({ ...programmeComparisonQuery(programmeId ?? '', by), enabled: programmeId !== null });
  if (!withPlans.length || !programmeId) return null;

  const controls = (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={t('comparison.programme')}
        w={360}
        allowDeselect={false}
        data={withPlans.map((p) => ({ value: p.id, label: `${p.name} (${p.startYear}–${p.endYear})` }))}
        value={programmeId}
        onChange={setChosen}
      />
      {provinceWide && (
        <SegmentedControl
          aria-label={t('comparison.by')}
          value={by}
          onChange={(value) => setBy(value as 'area' | 'unit')}
          data={[
            { value: 'area', label: t('comparison.byArea') },
            { value: 'unit', label: t('comparison.byUnit') },
          ]}
        />
      )}
    </Group>
  );
  if (query.isError)
    return (
      <Alert color="red" role="alert" title={t('comparison.title')}>
        {query.error.message}
      </Alert>
    );
  if (!query.data) return <Loader size="sm" aria-label={t('app.loading')} />;
  return <ComparisonPanel view={query.data} controls={controls} />;
}

function ComparisonPanel({ view, controls }: { view: ProgrammeComparison; controls: React.ReactNode }) {
  const t = useT();
  const [rowKey, setRowKey] = useState<string | null>(null);
  const row = view.rows.find((r) => r.key === rowKey) ?? view.rows[0];
  const labels = useMemo(() => ({ completion: t('comparison.completion'), onTime: t('comparison.onTime') }), [t]);
  const option = useMemo(() => (row ? programmeChartOption(row, labels) : {}), [row, labels]);
  const title = t('comparison.title');
  // The table keeps to the years that have a plan (a ten-year programme would not fit a tablet); the others are named.
  const shown = view.years.map((y, i) => ({ ...y, i })).filter((y) => y.plans.length > 0);
  const without = view.years.filter((y) => y.plans.length === 0).map((y) => y.year);
  const labelOf = (r: ProgrammeComparison['rows'][number]) => (r.kind === 'total' ? t('comparison.total') : r.label);
  const rate = (value: Rate) =>
    value.value === null
      ? t('comparison.noData')
      : `${formatNumberVi(value.value, 1)}% (${t('comparison.counts', {
          count: formatNumberVi(value.numerator ?? 0),
          of: formatNumberVi(value.denominator ?? 0),
        })})`;
  return (
    <ChartPanel
      title={title}
      hint={t('comparison.hint')}
      periodLabel={`${view.programme.startYear}-${view.programme.endYear}`}
      caption={`${view.programme.name}${row ? ` — ${labelOf(row)}` : ''}`}
      option={option}
      height={280}
      controls={
        <>
          {controls}
          {view.rows.length > 1 && (
            <Select
              label={t('comparison.row')}
              maw={480}
              allowDeselect={false}
              searchable
              data={view.rows.map((r) => ({ value: r.key, label: labelOf(r) }))}
              value={row?.key ?? null}
              onChange={setRowKey}
            />
          )}
          {without.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('comparison.yearsWithoutPlan', { years: without.join(', ') })}
            </Text>
          )}
        </>
      }
    >
      {view.rows.length === 0 || shown.length === 0 ? (
        <Text size="sm">{t('comparison.empty')}</Text>
      ) : (
        <Table striped aria-label={t('dashboard.tableOf', { chart: title })} miw={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" rowSpan={2}>
                {t('comparison.rowHeader')}
              </Table.Th>
              {shown.map((y) => (
                <Table.Th key={y.year} scope="colgroup" colSpan={2} ta="center">
                  {t('comparison.year', { year: y.year })}
                </Table.Th>
              ))}
            </Table.Tr>
            <Table.Tr>
              {shown.map((y) => [
                <Table.Th key={`${y.year}-c`} scope="col" ta="right">
                  {t('comparison.completion')}
                </Table.Th>,
                <Table.Th key={`${y.year}-o`} scope="col" ta="right">
                  {t('comparison.onTime')}
                </Table.Th>,
              ])}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Th scope="row" fw={r.kind === 'total' ? 700 : 400}>
                  {labelOf(r)}
                </Table.Th>
                {shown
                  .map(({ i }) => r.cells[i]!)
                  .map((c) => [
                    <Table.Td key={`${c.year}-c`} ta="right">
                      {rate(c.completion)}
                    </Table.Td>,
                    <Table.Td key={`${c.year}-o`} ta="right">
                      {rate(c.onTime)}
                    </Table.Td>,
                  ])}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </ChartPanel>
  );
}

import { Box, Button, LoadingOverlay, Select, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import type { ServiceQualityRowView } from '../../../../src/contracts/service-quality.js';
import { FIGURE_LEVELS, type FigureLevel } from '../../../../src/domain/figures/scope.js';
import { serviceQualityExportUrl, serviceQualityQuery, type ServiceQualityView } from '../../api/service-quality.js';
import { useCurrentUser } from '../../api/session.js';
import { readsProvinceFigures } from '../../auth/roles.js';
import { FigurePeriodSelects } from '../../components/FigurePeriodSelects.js';
import { ListFilters } from '../../components/ListFilters.js';
import { PageShell, QueryState } from '../../components/PageShell.js';
import { Section } from '../../components/Section.js';
import { TableScroll } from '../../components/TableScroll.js';
import { barChartHeight } from '../../dashboard/chart-options.js';
import { formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { totalsChartOption } from '../../service-quality/chart-options.js';
import { resolvedSearch, type ServiceQualitySearch } from '../../service-quality/search.js';
import { ChartPanel } from '../dashboard/ChartPanel.js';
import { ScoresTable } from './ScoresTable.js';
import { TargetsFed } from './TargetsFed.js';
import { TrendSection } from './TrendSection.js';

const route = getRouteApi('/app/chat-luong-phuc-vu');

/** "Chất lượng phục vụ": leaders and coordinators see a level's units ranked; a unit's reporter their own unit. */
export function ServiceQualityPage() {
  const t = useT();
  const province = readsProvinceFigures(useCurrentUser().role);
  const search = route.useSearch();
  const resolved = resolvedSearch(search);
  const navigate = useNavigate({ from: '/chat-luong-phuc-vu' });
  const query = useQuery(serviceQualityQuery(resolved));
  const { data, isFetching } = query;
  const setSearch = (patch: Partial<ServiceQualitySearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });

  return (
    <PageShell
      title={t('sq.title')}
      intro={province ? t('sq.intro') : t('sq.introUnit')}
      actions={
        <Button component="a" href={serviceQualityExportUrl(resolved)} download variant="light">
          {t('sq.excel')}
        </Button>
      }
      actionsAlign="flex-end"
    >
      <ListFilters cols={{ base: 1, sm: province ? 3 : 2 }} label={t('sq.filters')}>
        <FigurePeriodSelects year={resolved.year} span={resolved.span} onChange={setSearch} />
        {province && (
          <Select
            label={t('sq.level')}
            allowDeselect={false}
            data={FIGURE_LEVELS.map((level) => ({ value: level, label: t(`sq.level.${level}`) }))}
            value={resolved.level}
            onChange={(value) => setSearch({ level: (value ?? 'departments') as FigureLevel })}
          />
        )}
      </ListFilters>
      <QueryState query={{ data, error: data ? null : query.error }}>
        {(shown) => (
          <Box pos="relative">
            <LoadingOverlay
              visible={isFetching}
              zIndex={10}
              overlayProps={{ blur: 1 }}
              loaderProps={{ 'aria-label': t('app.loading') }}
            />
            <Body data={shown} />
          </Box>
        )}
      </QueryState>
    </PageShell>
  );
}

function Body({ data }: { data: ServiceQualityView }) {
  const t = useT();
  const period = t('sq.periodLabel', { span: t(`sq.span.${data.span}`), year: String(data.year) });
  const levelName = data.scope === 'unit' ? (data.rows[0]?.unitName ?? '') : t(`sq.level.${data.scope}`);
  const caption = t('sq.caption', { level: levelName, period });
  const ranked = useMemo(() => [...data.rows].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)), [data.rows]);
  const option = useMemo(() => totalsChartOption(ranked, t('sq.col.total')), [ranked, t]);
  const [trendOf, setTrendOf] = useState<string | null>(null);
  const trendRows: ServiceQualityRowView[] = [...(data.levelRow ? [data.levelRow] : []), ...ranked];
  const trendRow = trendRows.find((r) => (r.unitId ?? 'level') === trendOf) ?? trendRows[0];
  const table = <ScoresTable data={data} />;
  const range = t('sq.periodRange', {
    span: t(`sq.span.${data.span}`),
    year: String(data.year),
    from: formatDateVi(data.period.from),
    to: formatDateVi(data.period.to),
  });

  return (
    <Stack>
      {data.scope === 'unit' ? (
        <Section title={t('sq.scores')} hint={`${range}. ${t('sq.scoresHint')}`}>
          <TableScroll>{table}</TableScroll>
        </Section>
      ) : (
        <ChartPanel
          title={t('sq.chart.totals')}
          hint={`${range}. ${t('sq.chart.totalsHint')} ${t('sq.scoresHint')}`}
          periodLabel={period}
          caption={caption}
          option={option}
          height={barChartHeight(ranked.length)}
        >
          {table}
        </ChartPanel>
      )}
      {trendRow && (
        <TrendSection
          data={data}
          row={trendRow}
          period={period}
          caption={caption}
          chooser={
            trendRows.length > 1 ? (
              <Select
                label={t('sq.trendOf')}
                allowDeselect={false}
                searchable
                maw={420}
                data={trendRows.map((r) => ({
                  value: r.unitId ?? 'level',
                  label: r.unitId ? r.unitName : t('sq.levelRow', { level: levelName }),
                }))}
                value={trendRow.unitId ?? 'level'}
                onChange={setTrendOf}
              />
            ) : null
          }
        />
      )}
      <TargetsFed year={data.year} spanEnd={data.period.to} />
    </Stack>
  );
}

import { Box, LoadingOverlay, SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { ProgressFiguresView } from '../../../../src/contracts/dashboard.js';
import type { UnitKind } from '../../../../src/domain/units/types.js';
import { dashboardQuery, type DashboardView } from '../../api/dashboard.js';
import { useCurrentUser } from '../../api/session.js';
import { PageShell, QueryState } from '../../components/PageShell.js';
import type { DashboardSearch } from '../../dashboard/search.js';
import { formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { AttentionLists } from './AttentionLists.js';
import { DashboardFilters, ExcelButton } from './DashboardFilters.js';
import { HeadlineFigures } from './HeadlineFigures.js';
import { ProgressSection } from './ProgressSection.js';
import { RankingSection } from './RankingSection.js';
import { TrendSection } from './TrendSection.js';
import { RegisterTilesSection } from '../registers/RegisterTilesSection.js';
import { ProgrammeComparisonSection } from './ProgrammeComparisonSection.js';
import { UnitOverview } from './UnitOverview.js';
import { canReadConsolidatedReport } from '../../reporting/access.js';

const route = getRouteApi('/app/');

/** "Tổng quan": a reporting officer sees their own unit; everyone else the province-wide dashboard. */
export function DashboardPage() {
  return canReadConsolidatedReport(useCurrentUser().role) ? <ProvinceDashboard /> : <UnitOverview />;
}

/** The leaders' and coordinators' dashboard: read-only figures, charts with their tables, and the lists behind them. */
function ProvinceDashboard() {
  const t = useT();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/' });
  const query = useQuery(dashboardQuery(search));
  const { data, isFetching } = query;
  const setSearch = (patch: Partial<DashboardSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });

  return (
    <PageShell
      title={t('dashboard.title')}
      intro={
        data
          ? t('dashboard.subtitle', {
              plan: data.plan.name,
              period: data.period.label,
              due: formatDateVi(data.period.dueOn),
            })
          : t('dashboard.intro')
      }
      actions={data ? <ExcelButton data={data} search={search} /> : null}
      actionsAlign="flex-end"
    >
      <DashboardFilters data={data} search={search} onFilter={setSearch} />
      {/* A failed refetch leaves the figures shown; the error is the page's only when there are none. */}
      <QueryState query={{ data, error: data ? null : query.error }}>
        {(shown) => (
          <Box pos="relative">
            <LoadingOverlay
              visible={isFetching}
              zIndex={10}
              overlayProps={{ blur: 1 }}
              loaderProps={{ 'aria-label': t('app.loading') }}
            />
            <DashboardBody data={shown} search={search} />
          </Box>
        )}
      </QueryState>
    </PageShell>
  );
}

function DashboardBody({ data, search }: { data: DashboardView; search: DashboardSearch }) {
  const t = useT();
  const kindLabel = useCallback((row: ProgressFiguresView) => t(`unitKind.${row.key as UnitKind}`), [t]);
  const periodLabel = data.period.label;
  const caption = pictureCaption(data, search, t);
  return (
    <Stack>
      <HeadlineFigures data={data} />
      <SimpleGrid cols={{ base: 1, xl: 2 }}>
        <ProgressSection
          title={t('dashboard.byArea.title')}
          hint={t('dashboard.byArea.hint')}
          rowHeader={t('dashboard.col.area')}
          table={data.byArea}
          periodLabel={periodLabel}
          caption={caption}
        />
        <ProgressSection
          title={t('dashboard.byKind.title')}
          hint={t('dashboard.byKind.hint')}
          rowHeader={t('dashboard.col.kind')}
          table={data.byUnitKind}
          periodLabel={periodLabel}
          caption={caption}
          labelOf={kindLabel}
        />
      </SimpleGrid>
      <AttentionLists data={data} search={search} />
      <RankingSection ranking={data.ranking} periodLabel={periodLabel} caption={caption} />
      <TrendSection trends={data.trends} periodLabel={periodLabel} caption={caption} />
      <ProgrammeComparisonSection />
      {/* A tile per register (steering meetings, training, publicity, ISO 9001, …) and per workflow with its own page. */}
      <RegisterTilesSection />
    </Stack>
  );
}

/** What a saved chart picture says under its title: the plan and period, then the filters chosen, if any. */
function pictureCaption(data: DashboardView, search: DashboardSearch, t: ReturnType<typeof useT>): string {
  const lines = [
    t('dashboard.picture.caption', {
      plan: data.plan.name,
      period: data.period.label,
      due: formatDateVi(data.period.dueOn),
    }),
  ];
  const area = search.area ? data.areas.find((a) => a.code === search.area) : undefined;
  const filters = [
    ...(search.area ? [`${t('dashboard.area')}: ${area ? `${area.code}. ${area.title}` : search.area}`] : []),
    ...(search.kind ? [`${t('dashboard.kind')}: ${t(`unitKind.${search.kind}`)}`] : []),
  ];
  if (filters.length) lines.push(filters.join('; '));
  return lines.join('\n');
}

import { Alert, Badge, Group, Loader, Paper, Select, SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { committedPlansQuery, periodsQuery, unitReportQuery } from '../../api/reporting.js';
import { useCurrentUser } from '../../api/session.js';
import { ButtonLink } from '../../components/ButtonLink.js';
import { todayInVietnam } from '../../forms/dates.js';
import { formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { PageShell } from '../../components/PageShell.js';
import { canFollowReporting } from '../../reporting/access.js';
import { REPORT_STATE_COLORS } from '../../reporting/labels.js';
import { currentPeriod } from '../../reporting/periods.js';
import type { ReportsSearch } from '../../reporting/routeSearch.js';
import { CompletenessBoard } from './CompletenessBoard.js';
import { PeriodBar } from './PeriodBar.js';
import { PlanTargets } from './PlanTargets.js';
import { UnitReportWordLink } from './UnitReportWordLink.js';

const route = getRouteApi('/app/bao-cao');

/** Choose a plan and a period: a reporter then opens the unit's report, everyone else follows who has reported. */
export function ReportsPage() {
  const t = useT();
  const user = useCurrentUser();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/bao-cao' });
  const { data: plans, isPending } = useQuery(committedPlansQuery);
  const planId = search.planId ?? plans?.[0]?.id;
  const { data: periods } = useQuery({ ...periodsQuery(planId ?? ''), enabled: planId !== undefined });
  const period = periods?.find((p) => p.id === search.periodId) ?? currentPeriod(periods ?? [], todayInVietnam());
  const setSearch = (patch: Partial<ReportsSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });

  return (
    <PageShell title={t('reports.title')} intro={t('reports.intro')}>
      {isPending ? (
        <Loader aria-label={t('app.loading')} />
      ) : !plans?.length ? (
        <Alert color="blue">{t('reports.noPlans')}</Alert>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('reports.plan')}
            allowDeselect={false}
            data={plans.map((plan) => ({ value: plan.id, label: plan.name }))}
            value={planId ?? null}
            onChange={(value) => setSearch({ planId: value ?? undefined, periodId: undefined })}
          />
          <Select
            label={t('reports.period')}
            allowDeselect={false}
            data={(periods ?? []).map((p) => ({
              value: p.id,
              label: t(p.closed ? 'periodAdmin.lockedOption' : 'reports.periodOption', {
                label: p.label,
                due: formatDateVi(p.dueOn),
              }),
            }))}
            value={period?.id ?? null}
            onChange={(value) => setSearch({ periodId: value ?? undefined })}
            error={periods && !periods.length ? t('reports.noPeriods') : undefined}
          />
        </SimpleGrid>
      )}
      {planId && <PeriodBar planId={planId} period={period} onAdded={(periodId) => setSearch({ periodId })} />}
      {period &&
        (canFollowReporting(user.role) ? (
          <CompletenessBoard period={period} search={search} onFilter={setSearch} />
        ) : user.unitId ? (
          <OwnReport periodId={period.id} unitId={user.unitId} />
        ) : (
          <Alert color="orange">{t('reports.noUnit')}</Alert>
        ))}
      {period && planId && <PlanTargets planId={planId} periodId={period.id} />}
    </PageShell>
  );
}

/** The reporter's own report for the period: where it stands, and the way in. */
export function OwnReport({ periodId, unitId }: { periodId: string; unitId: string }) {
  const t = useT();
  const { data: report } = useQuery(unitReportQuery(periodId, unitId));
  if (!report) return <Loader aria-label={t('app.loading')} />;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between">
        <div>
          <Text fw={600}>{t('reports.own', { unit: report.unitName })}</Text>
          <Text size="sm" c="dimmed">
            {t('board.due', { date: formatDateVi(report.period.dueOn) })}
          </Text>
        </div>
        <Group>
          <Badge color={REPORT_STATE_COLORS[report.status]} tt="none" size="lg">
            {t(`reportState.${report.status}`)}
          </Badge>
          <UnitReportWordLink periodId={periodId} unitId={unitId} />
          <ButtonLink to="/bao-cao/$periodId/$unitId" params={{ periodId, unitId }}>
            {t('reports.openOwn')}
          </ButtonLink>
        </Group>
      </Group>
    </Paper>
  );
}

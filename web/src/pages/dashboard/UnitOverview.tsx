import { Alert, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { assignmentListQuery, committedPlansQuery, periodsQuery } from '../../api/reporting.js';
import { useCurrentUser } from '../../api/session.js';
import { ButtonLink } from '../../components/ButtonLink.js';
import { todayInVietnam } from '../../forms/dates.js';
import { useT } from '../../i18n/I18nProvider.js';
import { currentPeriod } from '../../reporting/periods.js';
import type { TasksSearch } from '../../reporting/routeSearch.js';
import { OwnReport } from '../unit-reports/ReportsPage.js';
import { TaskCounts } from '../tasks/TaskCounts.js';
import { ProgrammeComparisonSection } from './ProgrammeComparisonSection.js';

/**
 * A reporting officer's overview: the unit's own tasks by status, what is overdue or coming due, and where the
 * unit's report for the current period stands. The province-wide dashboard is for those who follow many units.
 */
export function UnitOverview() {
  const t = useT();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { data: plans, isPending } = useQuery(committedPlansQuery);
  const plan = plans?.[0];
  const { data: tasks } = useQuery({
    ...assignmentListQuery({ planId: plan?.id, pageSize: 1 }),
    enabled: plan !== undefined,
  });
  const { data: periods } = useQuery({ ...periodsQuery(plan?.id ?? ''), enabled: plan !== undefined });
  const period = currentPeriod(periods ?? [], todayInVietnam());
  const openTasks = (patch: Partial<TasksSearch>) =>
    void navigate({ to: '/nhiem-vu', search: { planId: plan?.id, ...patch } });

  return (
    <Stack>
      <div>
        <Title order={1}>{t('overview.title')}</Title>
        <Text c="dimmed" size="sm">
          {plan ? t('overview.intro', { plan: plan.name }) : t('overview.introNoPlan')}
        </Text>
      </div>
      {!user.unitId ? (
        <Alert color="orange">{t('reports.noUnit')}</Alert>
      ) : isPending ? (
        <Loader aria-label={t('app.loading')} />
      ) : !plan ? (
        <Alert color="blue">{t('reports.noPlans')}</Alert>
      ) : (
        <>
          <Paper withBorder p="md" component="section" aria-label={t('overview.tasks')}>
            <Stack gap="sm">
              <Group justify="space-between">
                <Title order={2} size="h4">
                  {t('overview.tasks')}
                </Title>
                <ButtonLink to="/nhiem-vu" search={{ planId: plan.id }} variant="light" size="xs">
                  {t('overview.openTasks')}
                </ButtonLink>
              </Group>
              {tasks ? (
                <TaskCounts counts={tasks.counts} search={{}} onFilter={openTasks} />
              ) : (
                <Loader size="sm" aria-label={t('app.loading')} />
              )}
            </Stack>
          </Paper>
          <section aria-label={t('overview.report')}>
            <Title order={2} size="h4" mb="xs">
              {period ? t('overview.reportOf', { period: period.label }) : t('overview.report')}
            </Title>
            {period ? (
              <OwnReport periodId={period.id} unitId={user.unitId} />
            ) : (
              <Alert color="blue">{t('reports.noPeriods')}</Alert>
            )}
          </section>
          <ProgrammeComparisonSection />
        </>
      )}
    </Stack>
  );
}

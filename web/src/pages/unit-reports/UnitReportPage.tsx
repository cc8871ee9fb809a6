import { Alert, Badge, Group, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { reportingKeys, unitReportQuery, type UnitReport } from '../../api/reporting.js';
import { BackLink } from '../../components/AnchorLink.js';
import { PageShell } from '../../components/PageShell.js';
import { Section } from '../../components/Section.js';
import { StaleAlert } from '../../components/StaleAlert.js';
import { formatDateTimeVi, formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { REPORT_STATE_COLORS } from '../../reporting/labels.js';
import { ReportHistory } from './ReportHistory.js';
import { ReportWorkspace } from './ReportWorkspace.js';
import { UnitReportWordLink } from './UnitReportWordLink.js';

const route = getRouteApi('/app/bao-cao/$periodId/$unitId');

/** One unit's report for one period: the form for the unit, the review for the coordinator, the history for all. */
export function UnitReportPage() {
  const t = useT();
  const { periodId, unitId } = route.useParams();
  const query = useQuery(unitReportQuery(periodId, unitId));
  return (
    <PageShell
      back={
        <BackLink to="/bao-cao" search={{ periodId, planId: query.data?.period.planId }}>
          {t('report.back')}
        </BackLink>
      }
      query={query}
    >
      {(report) => <ReportView report={report} />}
    </PageShell>
  );
}

function ReportView({ report }: { report: UnitReport }) {
  const t = useT();
  const { periodId, unitId } = route.useParams();
  const queryClient = useQueryClient();
  const [stale, setStale] = useState(false);

  const changed = (next: UnitReport) => {
    setStale(false);
    queryClient.setQueryData(reportingKeys.report(periodId, unitId), next);
    // Versions, the board and the unit's assignments (written through on submit) are now out of date.
    void queryClient.invalidateQueries({ queryKey: reportingKeys.reports });
    void queryClient.invalidateQueries({ queryKey: reportingKeys.assignments });
  };
  const reload = async () => {
    setStale(true);
    await queryClient.invalidateQueries({ queryKey: reportingKeys.report(periodId, unitId) });
  };

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {t('report.title', { period: report.period.label })}
          </Title>
          <Text c="dimmed">{report.unitName}</Text>
        </div>
        <Group>
          <UnitReportWordLink periodId={periodId} unitId={unitId} />
          <Badge color={REPORT_STATE_COLORS[report.status]} size="lg" tt="none">
            {t(`reportState.${report.status}`)}
          </Badge>
        </Group>
      </Group>
      <ReportFacts report={report} />
      {report.period.closed && (
        <Alert color="gray" role="status" title={t('periodAdmin.locked')}>
          {t('unitReport.periodLocked', { label: report.period.label })}
        </Alert>
      )}
      {stale && <StaleAlert onClose={() => setStale(false)} />}
      <LastReturn report={report} />
      <ReportWorkspace report={report} onChanged={changed} onStale={() => void reload()} />
      <ReportHistory report={report} />
    </>
  );
}

function ReportFacts({ report }: { report: UnitReport }) {
  const t = useT();
  const submitted = report.firstSubmittedAt
    ? `${formatDateTimeVi(report.firstSubmittedAt)} (${report.onTime ? t('report.onTime') : t('report.late')})`
    : t('common.none');
  const rows: [string, string][] = [
    [t('report.due'), formatDateVi(report.period.dueOn)],
    [t('report.firstSubmitted'), submitted],
    [t('report.submissions'), String(report.submissionCount)],
  ];
  return (
    <Table variant="vertical" layout="fixed" withTableBorder={false} aria-label={t('report.facts')} maw={640}>
      <Table.Tbody>
        {rows.map(([name, value]) => (
          <Table.Tr key={name}>
            <Table.Th w={200} scope="row">
              {name}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The reviewer's last word while the unit fixes its report: the overall comment, or why it was reopened. */
function LastReturn({ report }: { report: UnitReport }) {
  const t = useT();
  const last = report.lastReturn;
  if (!last || report.status !== 'returned') return null;
  const who = { at: formatDateTimeVi(last.at), name: last.actorName ?? t('common.none') };
  if (last.action === 'reopen') {
    return (
      <Alert color="orange" role="status">
        {t('report.lastReopen', { ...who, reason: last.reason ?? '' })}
      </Alert>
    );
  }
  return (
    <Section title={t('report.lastReturn', who)}>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{last.overallComment ?? t('common.none')}</Text>
    </Section>
  );
}

import { Alert, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { assignmentQuery, reportingKeys, type AssignmentDetail } from '../../api/reporting.js';
import { useCurrentUser } from '../../api/session.js';
import { AnchorLink, BackLink } from '../../components/AnchorLink.js';
import { PageShell } from '../../components/PageShell.js';
import { formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { canRecordWork, canWithdrawAnyEvidence } from '../../reporting/access.js';
import { Section } from '../../components/Section.js';
import { StaleAlert } from '../../components/StaleAlert.js';
import { AssignmentStatusBadge } from './AssignmentStatusBadge.js';
import { EvidencePanel } from './EvidencePanel.js';
import { IssuedDocuments } from './IssuedDocuments.js';
import { Milestones } from './Milestones.js';
import { ProgressForm } from './ProgressForm.js';

const route = getRouteApi('/app/nhiem-vu/$assignmentId');

/** One assignment: the activity as the plan wrote it, where it stands, its evidence and the documents issued for it. */
export function AssignmentPage() {
  const t = useT();
  const { assignmentId } = route.useParams();
  const query = useQuery(assignmentQuery(assignmentId));
  return (
    <PageShell back={<BackLink to="/nhiem-vu">{t('tasks.back')}</BackLink>} query={query}>
      {(assignment) => <AssignmentView assignment={assignment} />}
    </PageShell>
  );
}

function AssignmentView({ assignment }: { assignment: AssignmentDetail }) {
  const t = useT();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const { assignmentId } = route.useParams();
  const [stale, setStale] = useState(false);

  const writer = canRecordWork(user, assignment.unitId) && !assignment.cancelled;
  const changed = (next: AssignmentDetail) => {
    queryClient.setQueryData(reportingKeys.assignment(assignmentId), next);
    void queryClient.invalidateQueries({ queryKey: reportingKeys.assignments, refetchType: 'none' });
  };
  const reload = async () => {
    setStale(true);
    await queryClient.invalidateQueries({ queryKey: reportingKeys.assignment(assignmentId) });
  };

  return (
    <>
      <Group gap="sm" align="flex-start">
        <Title order={1} size="h2" style={{ flex: 1 }}>
          {[assignment.area, assignment.number].filter(Boolean).join('.')} {assignment.title}
        </Title>
        <AssignmentStatusBadge status={assignment.status} />
        {assignment.overdue && <Badge color="red">{t('tasks.overdue')}</Badge>}
      </Group>
      {assignment.cancelled && (
        <Alert color="gray" role="status">
          {t('assignment.cancelled', { reason: assignment.cancelReason ?? t('common.none') })}
        </Alert>
      )}
      <AssignmentFacts assignment={assignment} />
      {stale && <StaleAlert onClose={() => setStale(false)} />}
      {assignment.milestones.length > 0 && (
        <Milestones
          assignment={assignment}
          writable={writer && assignment.role === 'lead'}
          onChanged={changed}
          onStale={() => void reload()}
        />
      )}
      {assignment.role === 'lead' && (
        <Section title={t('progress.title')}>
          {writer ? (
            <ProgressForm
              key={assignment.version}
              assignment={assignment}
              onSaved={changed}
              onStale={() => void reload()}
            />
          ) : (
            <ProgressSummary assignment={assignment} />
          )}
        </Section>
      )}
      <EvidencePanel
        assignment={assignment}
        writable={writer}
        canWithdraw={writer || canWithdrawAnyEvidence(user.role)}
        onChanged={changed}
      />
      <IssuedDocuments assignment={assignment} writable={writer} onChanged={changed} />
    </>
  );
}

function FactsTable({ rows, label }: { rows: [string, ReactNode][]; label: string }) {
  return (
    <Table variant="vertical" layout="fixed" withTableBorder={false} aria-label={label}>
      <Table.Tbody>
        {rows.map(([name, value]) => (
          <Table.Tr key={name}>
            <Table.Th w={220} scope="row">
              {name}
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function AssignmentFacts({ assignment }: { assignment: AssignmentDetail }) {
  const t = useT();
  const none = t('common.none');
  const rows: [string, ReactNode][] = [
    [t('assignment.plan'), assignment.planName],
    [t('assignment.objective'), assignment.objective ?? none],
    [t('assignment.task'), assignment.task ?? none],
    [t('assignment.activity'), assignment.title],
    [t('assignment.deliverable'), assignment.deliverable ?? none],
    [t('assignment.lead'), assignment.leadText || none],
    [t('assignment.cooperating'), assignment.cooperatingText || none],
    [t('assignment.deadline'), assignment.deadlineText || none],
    [
      t(assignment.milestones.length ? 'assignment.nextDueOn' : 'assignment.dueOn'),
      assignment.dueOn ? formatDateVi(assignment.dueOn) : none,
    ],
    [`${t('tasks.unit')} · ${t('assignment.role')}`, `${assignment.unitName} · ${t(`tasks.role.${assignment.role}`)}`],
  ];
  if (assignment.cooperatingUnits.length)
    rows.push([t('assignment.cooperatingUnits'), assignment.cooperatingUnits.map((u) => u.unitName).join('; ')]);
  if (assignment.note) rows.push([t('assignment.note'), assignment.note]);
  const from = assignment.carriedFrom;
  if (from)
    rows.push([
      t('assignment.carriedFrom'),
      <AnchorLink key="carried" to="/nhiem-vu/$assignmentId" params={{ assignmentId: from.id }} size="sm">
        {from.planId === assignment.planId
          ? t('assignment.carriedFromSame')
          : t('assignment.carriedFromPlan', { year: from.planYear })}
      </AnchorLink>,
    ]);
  return (
    <Section title={t('assignment.facts')}>
      <FactsTable rows={rows} label={t('assignment.facts')} />
    </Section>
  );
}

function ProgressSummary({ assignment }: { assignment: AssignmentDetail }) {
  const t = useT();
  const none = t('common.none');
  const rows: [string, ReactNode][] = [
    [t('progress.status'), <AssignmentStatusBadge key="status" status={assignment.status} />],
    [t('progress.percent'), `${assignment.progress}%`],
    [t('progress.completedOn'), assignment.completedOn ? formatDateVi(assignment.completedOn) : none],
    [t('progress.result'), assignment.resultText || none],
  ];
  if (assignment.reason) rows.splice(3, 0, [t('progress.reason'), assignment.reason]);
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('progress.readOnly')}
      </Text>
      <FactsTable rows={rows} label={t('progress.title')} />
    </Stack>
  );
}

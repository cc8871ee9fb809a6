import { Anchor, Badge, Group, List, Paper, Progress, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { activityDrillDownQuery, type ActivityDrillDown } from '../../api/dashboard.js';
import { BackLink } from '../../components/AnchorLink.js';
import { PageShell } from '../../components/PageShell.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Section } from '../../components/Section.js';
import { formatDateVi, formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { ASSIGNMENT_STATUS_COLORS, formatFileSize } from '../../reporting/labels.js';
import { TableScroll } from '../../components/TableScroll.js';

const route = getRouteApi('/app/bang-dieu-hanh/hoat-dong/$activityId');

/** From a dashboard figure down to one activity: every unit's share, its status and progress, its evidence files. Read-only. */
export function ActivityPage() {
  const t = useT();
  const { activityId } = route.useParams();
  const search = route.useSearch();
  const query = useQuery(activityDrillDownQuery(activityId));
  return (
    <PageShell
      back={
        <BackLink to="/" search={search}>
          {t('dashboard.activity.back')}
        </BackLink>
      }
      query={query}
    >
      {(data) => <DrillDown data={data} />}
    </PageShell>
  );
}

function DrillDown({ data }: { data: ActivityDrillDown }) {
  const t = useT();
  const { activity } = data;
  return (
    <>
      <div>
        <Text size="sm" c="dimmed">
          {t('dashboard.activity.kicker', { area: activity.area ?? t('common.none') })}
        </Text>
        <Title order={1} size="h2">
          {activity.number ? `${activity.number}. ${activity.title}` : activity.title}
        </Title>
      </div>
      <ActivityFacts activity={activity} />
      <Section title={t('dashboard.activity.units', { count: formatNumberVi(data.assignments.length) })}>
        {!data.assignments.length ? (
          <EmptyState inline>{t('dashboard.activity.noUnits')}</EmptyState>
        ) : (
          <AssignmentTable assignments={data.assignments} />
        )}
      </Section>
    </>
  );
}

function ActivityFacts({ activity }: { activity: ActivityDrillDown['activity'] }) {
  const t = useT();
  const facts = [
    { label: t('dashboard.activity.deliverable'), value: activity.deliverable || t('common.none') },
    { label: t('dashboard.activity.deadline'), value: activity.deadlineText || t('common.none') },
    { label: t('dashboard.activity.lead'), value: activity.leadText || t('common.none') },
    { label: t('dashboard.activity.cooperating'), value: activity.cooperatingText || t('common.none') },
  ];
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
        {facts.map((fact) => (
          <div key={fact.label}>
            <Text component="dt" size="sm" c="dimmed">
              {fact.label}
            </Text>
            <Text component="dd" m={0} size="sm">
              {fact.value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

function AssignmentTable({ assignments }: { assignments: ActivityDrillDown['assignments'] }) {
  const t = useT();
  return (
    <TableScroll>
      <Table striped aria-label={t('dashboard.activity.table')} miw={1000} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.col.unit')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.activity.role')}</Table.Th>
            <Table.Th scope="col">{t('common.status')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.col.progress')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.col.dueOn')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.activity.completedOn')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.activity.result')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.activity.evidence')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assignments.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Th scope="row" fw={400}>
                {a.unitName}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`tasks.role.${a.role}`)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge color={ASSIGNMENT_STATUS_COLORS[a.status]} variant="light" tt="none">
                    {t(`assignmentStatus.${a.status}`)}
                  </Badge>
                  {a.overdue && (
                    <Badge color="red" variant="outline" tt="none">
                      {t('dashboard.col.overdue')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td miw={120}>
                <Text size="sm">{formatNumberVi(a.progress)}%</Text>
                <Progress value={a.progress} size="sm" aria-hidden />
              </Table.Td>
              <Table.Td>{a.dueOn ? formatDateVi(a.dueOn) : t('common.none')}</Table.Td>
              <Table.Td>{a.completedOn ? formatDateVi(a.completedOn) : t('common.none')}</Table.Td>
              <Table.Td maw={320}>
                <Text size="sm" lineClamp={4} title={a.resultText}>
                  {a.resultText || t('common.none')}
                </Text>
              </Table.Td>
              <Table.Td>
                {!a.evidence.length ? (
                  t('common.none')
                ) : (
                  <List size="sm" listStyleType="none" spacing={2}>
                    {a.evidence.map((file) => (
                      <List.Item key={file.id}>
                        <Anchor
                          href={file.downloadPath}
                          size="sm"
                          aria-label={t('evidence.download', { name: file.fileName })}
                        >
                          {file.fileName}
                        </Anchor>{' '}
                        <Text span size="xs" c="dimmed">
                          ({formatFileSize(file.sizeBytes)})
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

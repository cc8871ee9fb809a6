import { Alert, Badge, Button, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { planDiffQuery, planQuery, type PlanDetail } from '../../api/plans.js';
import { useCurrentUser } from '../../api/session.js';
import { canCarryOverPlans, canEditPlans, canManageProgrammes } from '../../auth/roles.js';
import { AnchorLink, BackLink } from '../../components/AnchorLink.js';
import { PageShell } from '../../components/PageShell.js';
import { Section } from '../../components/Section.js';
import { formatDateTimeVi, formatDateVi, formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { groupByArea } from '../../plans/review.js';
import { ActivityGroups } from './ActivityGroups.js';
import { IndicatorTable } from './IndicatorTable.js';
import { PlanDiffView } from './PlanDiffView.js';
import { PlanUploadDialog } from './PlanUploadDialog.js';
import { BudgetTotals } from './BudgetTotals.js';
import { ReportingCalendarSection } from './ReportingCalendarSection.js';
import { NextYearPlanDialog } from './NextYearPlanDialog.js';
import { CarriedFromNotice, PlanProgrammeField } from './PlanYears.js';
import { TableScroll } from '../../components/TableScroll.js';

const planRoute = getRouteApi('/app/ke-hoach/$planId');

/** A committed plan, read-only for everyone: any of its versions, and what changed between two. */
export function PlanPage() {
  const t = useT();
  const { planId } = planRoute.useParams();
  const { version } = planRoute.useSearch();
  const query = useQuery({ ...planQuery(planId, version), placeholderData: keepPreviousData });

  return (
    <PageShell back={<BackLink to="/ke-hoach">{t('plans.back')}</BackLink>} query={query}>
      {(detail) => <PlanView detail={detail} />}
    </PageShell>
  );
}

function PlanView({ detail }: { detail: PlanDetail }) {
  const t = useT();
  const navigate = useNavigate({ from: '/ke-hoach/$planId' });
  const { role } = useCurrentUser();
  const editable = canEditPlans(role);
  const carries = canCarryOverPlans(role) && !detail.plan.archived;
  const [uploadOpen, uploadDialog] = useDisclosure(false);
  const [nextYearOpen, nextYearDialog] = useDisclosure(false);
  const { plan, version, versions } = detail;
  const content = version.content;
  const groups = useMemo(() => groupByArea(content.areas, content.activities, content.activities), [content]);
  const versionLabel = (v: PlanDetail['versions'][number]) =>
    `${t('plans.versionN', { version: v.version })} — ${formatDateTimeVi(v.committedAt)}${v.committedByName ? ` — ${v.committedByName}` : ''}`;

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={1}>{plan.name}</Title>
            <Badge variant="light" tt="none">
              {t('plans.versionN', { version: version.version })}
            </Badge>
            {version.version === plan.currentVersion && (
              <Badge color="green" variant="light" tt="none">
                {t('plans.current')}
              </Badge>
            )}
            {plan.archived && (
              <Badge color="gray" variant="light" tt="none">
                {t('common.archived')}
              </Badge>
            )}
          </Group>
          {content.title && (
            <Text size="sm" c="dimmed">
              {content.title}
            </Text>
          )}
        </div>
        <Group align="flex-end" gap="sm">
          {editable && (
            <Button variant="default" onClick={uploadDialog.open}>
              {t('plans.uploadRevision')}
            </Button>
          )}
          {carries && (
            <Button variant="default" onClick={nextYearDialog.open}>
              {t('nextYear.button')}
            </Button>
          )}
          <Select
            label={t('plans.version')}
            w={360}
            allowDeselect={false}
            data={versions.map((v) => ({ value: String(v.version), label: versionLabel(v) }))}
            value={String(version.version)}
            onChange={(value) => {
              const chosen = Number(value);
              void navigate({ search: { version: chosen === plan.currentVersion ? undefined : chosen } });
            }}
          />
        </Group>
      </Group>

      {plan.carriedFromPlanId && (
        <CarriedFromNotice
          plan={plan}
          fromPlanId={plan.carriedFromPlanId}
          onUpload={editable && versions.length === 1 ? uploadDialog.open : undefined}
        />
      )}

      <Section title={t('plans.details')}>
        <Facts
          rows={[
            [t('plans.year'), String(plan.year)],
            [t('plans.documentNumber'), content.documentNumber ?? t('common.none')],
            [t('plans.issuer'), content.issuer ?? t('common.none')],
            [t('plans.issuedOn'), content.issuedOn ? formatDateVi(content.issuedOn) : t('common.none')],
            [
              t('plans.committedBy'),
              `${version.committedByName ?? t('common.none')}, ${formatDateTimeVi(version.committedAt)}`,
            ],
            [t('plans.note'), version.note ?? t('common.none')],
            [t('plans.fileName'), version.sourceFileName ?? t('common.none')],
            [t('plans.activities'), formatNumberVi(version.summary.activities)],
            [t('plans.indicators'), formatNumberVi(version.summary.indicators)],
          ]}
        />
        <PlanProgrammeField plan={plan} editable={canManageProgrammes(role)} />
      </Section>

      <Section title={t('plans.versions')}>
        <VersionTable detail={detail} />
      </Section>

      {versions.length > 1 && (
        <Section title={t('plans.compare')}>
          <CompareVersions detail={detail} />
        </Section>
      )}

      <Section title={t('plans.activitiesByArea')}>
        <ActivityGroups groups={groups} />
      </Section>

      <Section title={t('budget.title')}>
        <BudgetTotals budget={version.budget} />
      </Section>

      {version.version === plan.currentVersion && (
        <Section title={t('calendar.title')}>
          <ReportingCalendarSection planId={plan.id} />
        </Section>
      )}

      {content.indicators.length > 0 && (
        <Section title={t('plans.indicators')}>
          <IndicatorTable indicators={content.indicators} planId={plan.id} />
        </Section>
      )}
      {editable && <PlanUploadDialog opened={uploadOpen} onClose={uploadDialog.close} basePlanId={plan.id} />}
      {carries && <NextYearPlanDialog planId={plan.id} opened={nextYearOpen} onClose={nextYearDialog.close} />}
    </>
  );
}

function Facts({ rows }: { rows: [string, string][] }) {
  return (
    <Table variant="vertical" layout="fixed" withTableBorder={false}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={220} scope="row">
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function VersionTable({ detail }: { detail: PlanDetail }) {
  const t = useT();
  const { plan, version: shown, versions } = detail;
  return (
    <TableScroll>
      <Table aria-label={t('plans.versions')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('plans.version')}</Table.Th>
            <Table.Th scope="col">{t('plans.committedAt')}</Table.Th>
            <Table.Th scope="col">{t('plans.committedByShort')}</Table.Th>
            <Table.Th scope="col">{t('plans.note')}</Table.Th>
            <Table.Th scope="col">{t('plans.fileName')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((v) => (
            <Table.Tr key={v.version} aria-current={v.version === shown.version ? 'true' : undefined}>
              <Table.Td>
                {v.version === shown.version ? (
                  <Text span fw={700} size="sm">
                    {t('plans.versionN', { version: v.version })}
                  </Text>
                ) : (
                  <AnchorLink
                    to="/ke-hoach/$planId"
                    params={{ planId: plan.id }}
                    search={{ version: v.version === plan.currentVersion ? undefined : v.version }}
                    size="sm"
                  >
                    {t('plans.versionN', { version: v.version })}
                  </AnchorLink>
                )}
                {v.version === plan.currentVersion && (
                  <Badge ml="xs" size="sm" color="green" variant="light" tt="none">
                    {t('plans.current')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{formatDateTimeVi(v.committedAt)}</Table.Td>
              <Table.Td>{v.committedByName ?? t('common.none')}</Table.Td>
              <Table.Td>{v.note ?? t('common.none')}</Table.Td>
              <Table.Td>{v.sourceFileName ?? t('common.none')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function CompareVersions({ detail }: { detail: PlanDetail }) {
  const t = useT();
  const { plan, versions } = detail;
  const [to, setTo] = useState(plan.currentVersion);
  const [from, setFrom] = useState(
    versions.find((v) => v.version < plan.currentVersion)?.version ?? plan.currentVersion,
  );
  const options = versions.map((v) => ({
    value: String(v.version),
    label: t('plans.versionN', { version: v.version }),
  }));
  const {
    data: diff,
    isFetching,
    isError,
    error,
  } = useQuery({ ...planDiffQuery(plan.id, from, to), enabled: from !== to });

  return (
    <Stack>
      <Group align="flex-end">
        <Select
          label={t('plans.compareFrom')}
          w={180}
          allowDeselect={false}
          data={options}
          value={String(from)}
          onChange={(value) => setFrom(Number(value))}
        />
        <Select
          label={t('plans.compareTo')}
          w={180}
          allowDeselect={false}
          data={options}
          value={String(to)}
          onChange={(value) => setTo(Number(value))}
        />
        {isFetching && <Loader size="sm" aria-label={t('app.loading')} />}
      </Group>
      {from === to ? (
        <Text size="sm">{t('plans.compareSame')}</Text>
      ) : isError ? (
        <Alert color="red" role="alert">
          {error.message}
        </Alert>
      ) : (
        diff && <PlanDiffView diff={diff} />
      )}
    </Stack>
  );
}

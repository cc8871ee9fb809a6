import { Badge, Button, FileInput, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { reachesEverywhere } from '../../../../src/domain/access/policy.js';
import { planListQuery } from '../../api/plans.js';
import { useCurrentUser } from '../../api/session.js';
import {
  attachUnitPlanFile,
  recordUnitPlan,
  unitPlanDutyQuery,
  unitPlanKeys,
  unitPlanOverviewQuery,
} from '../../api/unit-plans.js';
import { isApiError } from '../../api/client.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { DateField } from '../../components/DateField.js';
import { PageShell, QueryState } from '../../components/PageShell.js';
import { TableScroll } from '../../components/TableScroll.js';
import { formatDateVi, formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/vi.js';
import { UnitPlanActivities } from './UnitPlanActivities.js';

const route = getRouteApi('/app/ke-hoach-don-vi');

/**
 * Units' own CCHC plans under the province's plan: the office and leaders see each level's deadline and counts
 * and the units without a plan; a unit's reporter sees its duty and records the plan it issued.
 */
export function UnitPlansPage() {
  const t = useT();
  const user = useCurrentUser();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/ke-hoach-don-vi' });
  const plans = useQuery(planListQuery);
  const current = (plans.data ?? []).filter((p) => !p.archived).sort((a, b) => b.year - a.year);
  const planId = search.planId ?? current[0]?.id;
  const overview = reachesEverywhere(user, 'unitPlans.overview');
  const unitId = search.unitId ?? user.unitId;
  return (
    <PageShell title={t('up.title')}>
      <Select
        label={t('up.plan')}
        data={current.map((p) => ({ value: p.id, label: p.name }))}
        value={planId ?? null}
        onChange={(id) => id && void navigate({ search: (s) => ({ ...s, planId: id }) })}
        maw={480}
        allowDeselect={false}
      />
      {plans.data && !planId && <Text>{t('up.noPlan')}</Text>}
      {/* A unit picked in the overview: its plan and the activities read from it, read-only. */}
      {planId && overview && search.unitId && <Duty planId={planId} unitId={search.unitId} />}
      {planId && overview && <Overview planId={planId} />}
      {planId && !overview && unitId && <Duty planId={planId} unitId={unitId} />}
    </PageShell>
  );
}

function Overview({ planId }: { planId: string }) {
  const t = useT();
  const query = useQuery(unitPlanOverviewQuery(planId));
  return (
    <QueryState query={query}>
      {(data) => {
        const missing = data.units.filter((u) => u.issuedOn === null);
        return (
          <Stack>
            <Text c="dimmed" size="sm">
              {t('up.intro', { plan: data.planName })}
            </Text>
            <TableScroll>
              <Table striped aria-label={t('up.title')} miw={640}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('up.level')}</Table.Th>
                    <Table.Th scope="col">{t('up.dueOn')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('up.units')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('up.issued')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('up.onTime')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('up.rate')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.levels.map((l) => {
                    const deadline = data.deadlines.find((d) => d.level === l.level);
                    return (
                      <Table.Tr key={l.level}>
                        <Table.Th scope="row">{t(`up.level.${l.level}` as MessageKey)}</Table.Th>
                        <Table.Td>
                          {deadline
                            ? `${formatDateVi(deadline.dueOn)} (${t(`up.source.${deadline.source}` as MessageKey)})`
                            : t('up.noDeadline')}
                        </Table.Td>
                        <Table.Td ta="right">{l.units}</Table.Td>
                        <Table.Td ta="right">{l.issued}</Table.Td>
                        <Table.Td ta="right">{l.onTime}</Table.Td>
                        <Table.Td ta="right">
                          {l.units > 0 ? `${formatNumberVi(Math.round((l.issued / l.units) * 1000) / 10)}%` : '—'}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </TableScroll>
            <Title order={2} size="h3">
              {t('up.missing', { count: missing.length })}
            </Title>
            {missing.length === 0 ? (
              <Text>{t('up.noneMissing')}</Text>
            ) : (
              <UnitTable planId={planId} rows={missing} label={t('up.missing', { count: missing.length })} />
            )}
            <Title order={2} size="h3">
              {t('up.all')}
            </Title>
            <UnitTable planId={planId} rows={data.units} label={t('up.all')} />
          </Stack>
        );
      }}
    </QueryState>
  );
}

type OverviewRow = {
  unitId: string;
  unitName: string;
  level: string;
  dueOn: string;
  state: string;
  documentNumber: string | null;
  issuedOn: string | null;
};

const STATE_COLOR: Record<string, string> = {
  issued_on_time: 'green',
  issued_late: 'yellow',
  overdue: 'red',
  not_yet_due: 'gray',
};

function UnitTable({ planId, rows, label }: { planId: string; rows: OverviewRow[]; label: string }) {
  const t = useT();
  return (
    <TableScroll>
      <Table striped aria-label={label} miw={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('up.unit')}</Table.Th>
            <Table.Th scope="col">{t('up.dueOn')}</Table.Th>
            <Table.Th scope="col">{t('up.state')}</Table.Th>
            <Table.Th scope="col">{t('up.number')}</Table.Th>
            <Table.Th scope="col">{t('up.issuedOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((u) => (
            <Table.Tr key={u.unitId}>
              <Table.Th scope="row" fw={400}>
                {u.issuedOn ? (
                  <AnchorLink to="/ke-hoach-don-vi" search={{ planId, unitId: u.unitId }}>
                    {u.unitName}
                  </AnchorLink>
                ) : (
                  u.unitName
                )}
              </Table.Th>
              <Table.Td>{formatDateVi(u.dueOn)}</Table.Td>
              <Table.Td>
                <Badge color={STATE_COLOR[u.state]} variant="light">
                  {t(`up.state.${u.state}` as MessageKey)}
                </Badge>
              </Table.Td>
              <Table.Td>{u.documentNumber ?? '—'}</Table.Td>
              <Table.Td>{u.issuedOn ? formatDateVi(u.issuedOn) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function Duty({ planId, unitId }: { planId: string; unitId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const query = useQuery(unitPlanDutyQuery(planId, unitId));
  const [number, setNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const save = async () => {
    setError(null);
    setPending(true);
    try {
      await recordUnitPlan(planId, unitId, { documentNumber: number, issuedOn: issuedOn ?? '' });
      if (file) await attachUnitPlanFile(planId, unitId, file);
      await queryClient.invalidateQueries({ queryKey: unitPlanKeys.all });
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setPending(false);
    }
  };
  return (
    <QueryState query={query}>
      {(duty) => (
        <Paper withBorder p="md">
          <Stack>
            <Title order={2} size="h3">
              {t('up.duty.title', { year: duty.year, unit: duty.unitName })}
            </Title>
            {!duty.level || !duty.dueOn ? (
              <Text>{t('up.duty.none')}</Text>
            ) : (
              <>
                <Group>
                  <Text>{t('up.duty.due', { date: formatDateVi(duty.dueOn) })}</Text>
                  {duty.state && (
                    <Badge color={STATE_COLOR[duty.state]} variant="light">
                      {t(`up.state.${duty.state}` as MessageKey)}
                    </Badge>
                  )}
                </Group>
                {duty.record ? (
                  <>
                    <Text>
                      {t('up.recorded', {
                        number: duty.record.documentNumber,
                        date: formatDateVi(duty.record.issuedOn),
                      })}
                      {duty.record.fileName ? ` — ${duty.record.fileName}` : ''}
                    </Text>
                    <UnitPlanActivities duty={duty} />
                  </>
                ) : (
                  <form
                    onSubmit={(e) => {
                      e.preventDefault();
                      void save();
                    }}
                  >
                    <Stack maw={480}>
                      <Title order={3} size="h4">
                        {t('up.record')}
                      </Title>
                      {error && (
                        <Text c="red" role="alert">
                          {error}
                        </Text>
                      )}
                      <TextInput
                        label={t('up.number')}
                        value={number}
                        onChange={(e) => setNumber(e.currentTarget.value)}
                      />
                      <DateField label={t('up.issuedOn')} value={issuedOn} onChange={setIssuedOn} />
                      <FileInput label={t('up.file')} value={file} onChange={setFile} clearable />
                      <Group>
                        <Button type="submit" loading={pending}>
                          {t('up.save')}
                        </Button>
                      </Group>
                    </Stack>
                  </form>
                )}
              </>
            )}
          </Stack>
        </Paper>
      )}
    </QueryState>
  );
}

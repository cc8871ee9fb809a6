import { Alert, Badge, Button, FileInput, Group, List, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { UnitPlanActivities as Activities, UnitPlanDuty } from '../../../../src/contracts/unit-plans.js';
import { can } from '../../../../src/domain/access/policy.js';
import { isApiError } from '../../api/client.js';
import { useCurrentUser } from '../../api/session.js';
import {
  attachUnitPlanFile,
  linkUnitPlanActivity,
  readUnitPlanActivities,
  unitPlanActivitiesQuery,
  unitPlanKeys,
} from '../../api/unit-plans.js';
import { QueryState } from '../../components/PageShell.js';
import { TableScroll } from '../../components/TableScroll.js';
import { formatDateTimeVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';

const OWN = '';

/**
 * A recorded unit plan's activities: read from its file by the plan importer, each tied to the province activity it
 * carries out (cchc suggests, the unit confirms or chooses), and the province activities assigned to the unit its
 * plan leaves out. The unit's reporters act; everyone who reads the unit's data sees it.
 */
export function UnitPlanActivities({ duty }: { duty: UnitPlanDuty }) {
  const t = useT();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const query = useQuery(unitPlanActivitiesQuery(duty.planId, duty.unitId));
  const edit = can(user, 'unitWork.record', { unitId: duty.unitId });
  const [file, setFile] = useState<File | null>(null);
  const [pending, setPending] = useState<'upload' | 'read' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (kind: 'upload' | 'read', work: () => Promise<unknown>) => {
    setError(null);
    setPending(kind);
    try {
      await work();
      await queryClient.invalidateQueries({ queryKey: unitPlanKeys.all });
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setPending(null);
    }
  };
  const hasFile = Boolean(duty.record?.fileName);

  return (
    <Stack component="section" aria-label={t('upa.title')}>
      <Title order={3} size="h4">
        {t('upa.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('upa.hint')}
      </Text>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {edit && (
        <Group align="flex-end">
          <FileInput
            label={t('upa.uploadFile')}
            value={file}
            onChange={setFile}
            clearable
            w={320}
            accept=".docx,.doc,.pdf,.xlsx,.xls,.odt,.ods"
          />
          <Button
            variant="default"
            disabled={!file}
            loading={pending === 'upload'}
            onClick={() => file && void run('upload', () => attachUnitPlanFile(duty.planId, duty.unitId, file))}
          >
            {t('upa.upload')}
          </Button>
          {hasFile && (
            <Button
              loading={pending === 'read'}
              loaderProps={{ type: 'dots' }}
              onClick={() => void run('read', () => readUnitPlanActivities(duty.planId, duty.unitId))}
            >
              {query.data?.readAt ? t('upa.readAgain') : t('upa.read')}
            </Button>
          )}
        </Group>
      )}
      {pending === 'read' && (
        <Text size="sm" role="status">
          {t('upa.reading')}
        </Text>
      )}
      <QueryState query={query}>
        {(data) => <ActivityTable duty={duty} data={data} edit={edit} onError={setError} />}
      </QueryState>
    </Stack>
  );
}

function ActivityTable(props: {
  duty: UnitPlanDuty;
  data: Activities;
  edit: boolean;
  onError: (message: string | null) => void;
}) {
  const { duty, data, edit, onError } = props;
  const t = useT();
  const queryClient = useQueryClient();
  const [saving, setSaving] = useState<string | null>(null);
  if (!data.readAt) return <Text size="sm">{t('upa.notRead')}</Text>;

  const link = async (activityId: string, planActivityId: string | null, version: number) => {
    onError(null);
    setSaving(activityId);
    try {
      const next = await linkUnitPlanActivity(duty.planId, duty.unitId, activityId, { planActivityId, version });
      queryClient.setQueryData(unitPlanActivitiesQuery(duty.planId, duty.unitId).queryKey, next);
    } catch (caught) {
      onError(isApiError(caught) ? caught.message : t('error.network'));
      await queryClient.invalidateQueries({ queryKey: unitPlanKeys.all });
    } finally {
      setSaving(null);
    }
  };
  const uncovered = data.assigned.filter((a) => a.lead && !a.covered);
  // The choices: the province activities assigned to the unit, and whatever a line is linked to already.
  const choices = new Map(data.assigned.map((a) => [a.id, `${a.key} ${a.title}`]));
  for (const a of data.activities)
    if (a.planActivity) choices.set(a.planActivity.id, `${a.planActivity.key} ${a.planActivity.title}`);
  const options = [{ value: OWN, label: t('upa.own') }, ...[...choices].map(([value, label]) => ({ value, label }))];

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('upa.readAt', { date: formatDateTimeVi(data.readAt) })}
      </Text>
      <Text fw={600}>{t('upa.coverage', data.coverage)}</Text>
      <TableScroll>
        <Table aria-label={t('upa.title')} miw={820} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('upa.number')}</Table.Th>
              <Table.Th scope="col">{t('upa.activity')}</Table.Th>
              <Table.Th scope="col">{t('upa.deadline')}</Table.Th>
              <Table.Th scope="col">{t('upa.province')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.activities.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{[a.area, a.number].filter(Boolean).join('.')}</Table.Td>
                <Table.Td>{a.text}</Table.Td>
                <Table.Td>{a.deadlineText}</Table.Td>
                <Table.Td miw={320}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    {edit ? (
                      <Select
                        aria-label={t('upa.provinceOf', { n: a.ordinal })}
                        data={options}
                        value={a.planActivity?.id ?? OWN}
                        searchable
                        allowDeselect={false}
                        disabled={saving === a.id}
                        onChange={(value) => void link(a.id, value ? value : null, a.version)}
                        w={300}
                      />
                    ) : (
                      <Text size="sm">
                        {a.planActivity ? `${a.planActivity.key} ${a.planActivity.title}` : t('upa.own')}
                      </Text>
                    )}
                    <Badge variant="light" color={a.link === 'confirmed' ? 'green' : 'gray'}>
                      {a.link === 'confirmed' ? t('upa.confirmed') : t('upa.suggested')}
                    </Badge>
                    {edit && a.link === 'suggested' && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        aria-label={`${t('upa.confirm')}: ${t('upa.provinceOf', { n: a.ordinal })}`}
                        loading={saving === a.id}
                        onClick={() => void link(a.id, a.planActivity?.id ?? null, a.version)}
                      >
                        {t('upa.confirm')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {uncovered.length === 0 ? (
        <Text size="sm">{t('upa.allCovered')}</Text>
      ) : (
        <Stack gap={4}>
          <Text fw={600}>{t('upa.uncovered', { count: uncovered.length })}</Text>
          <List size="sm">
            {uncovered.map((a) => (
              <List.Item key={a.id}>{`${a.key} ${a.title}`}</List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}

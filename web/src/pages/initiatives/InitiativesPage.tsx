import { Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { can } from '../../../../src/domain/access/policy.js';
import { INITIATIVE_AREAS } from '../../../../src/domain/initiatives/initiatives.js';
import { isApiError } from '../../api/client.js';
import {
  initiativeKeys,
  initiativeListQuery,
  proposeInitiative,
  type InitiativeStatus,
} from '../../api/initiatives.js';
import { useCurrentUser } from '../../api/session.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { PageShell } from '../../components/PageShell.js';
import { TableScroll } from '../../components/TableScroll.js';
import { formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/vi.js';

const route = getRouteApi('/app/sang-kien');
const STATUSES: InitiativeStatus[] = ['submitted', 'recognised', 'not_recognised', 'withdrawn'];
export const STATUS_COLOR: Record<InitiativeStatus, string> = {
  submitted: 'blue',
  recognised: 'green',
  not_recognised: 'gray',
  withdrawn: 'gray',
};

/** Initiatives of a year by status, with the recognised count; a unit's reporter proposes one of its unit. */
export function InitiativesPage() {
  const t = useT();
  const user = useCurrentUser();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/sang-kien' });
  const year = search.year ?? new Date().getFullYear();
  const list = useQuery(initiativeListQuery(year, search.status));
  const [proposing, setProposing] = useState(false);
  const mayPropose = user.unitId !== null && can(user, 'unitWork.record', { unitId: user.unitId });
  return (
    <PageShell
      title={t('in.title')}
      intro={t('in.intro')}
      actions={mayPropose ? <Button onClick={() => setProposing(true)}>{t('in.propose')}</Button> : null}
    >
      <Group align="flex-end">
        <Select
          label={t('in.status')}
          data={[
            { value: 'all', label: t('in.status.all') },
            ...STATUSES.map((s) => ({
              value: s,
              label: `${t(`in.status.${s}` as MessageKey)} (${list.data?.counts[s] ?? 0})`,
            })),
          ]}
          value={search.status ?? 'all'}
          onChange={(v) =>
            void navigate({ search: (s) => ({ ...s, status: v && v !== 'all' ? (v as InitiativeStatus) : undefined }) })
          }
          allowDeselect={false}
          maw={320}
        />
        <Text fw={600} data-testid="recognised-count">
          {t('in.recognisedCount', { year, count: list.data?.counts.recognised ?? 0 })}
        </Text>
      </Group>
      {list.data && list.data.items.length === 0 && <Text>{t('in.empty')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <TableScroll>
          <Table striped aria-label={t('in.title')} miw={760}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('in.name')}</Table.Th>
                <Table.Th scope="col">{t('in.unit')}</Table.Th>
                <Table.Th scope="col">{t('in.area')}</Table.Th>
                <Table.Th scope="col">{t('in.status')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('in.applications')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Th scope="row" fw={400}>
                    <AnchorLink to="/sang-kien/$id" params={{ id: i.id }}>
                      {i.title}
                    </AnchorLink>
                  </Table.Th>
                  <Table.Td>{i.unitName}</Table.Td>
                  <Table.Td>{i.area}</Table.Td>
                  <Table.Td style={{ minWidth: 200 }}>
                    <Badge color={STATUS_COLOR[i.status]} variant="light">
                      {t(`in.status.${i.status}` as MessageKey)}
                    </Badge>
                    {i.decidedOn && (
                      <Text size="xs" c="dimmed">
                        {formatDateVi(i.decidedOn)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{i.applications}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {mayPropose && (
        <ProposeDialog
          opened={proposing}
          onClose={() => setProposing(false)}
          unitId={user.unitId!}
          year={year}
          onDone={(id) => void navigate({ to: '/sang-kien/$id', params: { id } })}
        />
      )}
    </PageShell>
  );
}

function ProposeDialog(props: {
  opened: boolean;
  onClose: () => void;
  unitId: string;
  year: number;
  onDone: (id: string) => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [area, setArea] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const [solution, setSolution] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async () => {
    setPending(true);
    setError(null);
    try {
      const created = await proposeInitiative(props.unitId, {
        year: props.year,
        title,
        area: (area ?? '') as (typeof INITIATIVE_AREAS)[number],
        problem,
        solution,
      });
      await queryClient.invalidateQueries({ queryKey: initiativeKeys.all });
      props.onDone(created.id);
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setPending(false);
    }
  };
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('in.propose')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          {error && (
            <Text c="red" role="alert">
              {error}
            </Text>
          )}
          <TextInput label={t('in.name')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <Select label={t('in.area')} data={[...INITIATIVE_AREAS]} value={area} onChange={setArea} />
          <Textarea
            label={t('in.problem')}
            value={problem}
            onChange={(e) => setProblem(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Textarea
            label={t('in.solution')}
            value={solution}
            onChange={(e) => setSolution(e.currentTarget.value)}
            autosize
            minRows={3}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('in.propose')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { can, reachesEverywhere } from '../../../../src/domain/access/policy.js';
import { registerOf, type RegisterKey } from '../../../../src/domain/registers/index.js';
import { recordActionOf } from '../../../../src/domain/registers/kit.js';
import { useCurrentUser } from '../../api/session.js';
import { registerExportUrl, registerKeys, registerListQuery } from '../../api/registers.js';
import { AnchorLink, BackLink } from '../../components/AnchorLink.js';
import { FilterSearch, FilterSelect, ListFilters } from '../../components/ListFilters.js';
import { PagedList } from '../../components/PagedList.js';
import { PageShell } from '../../components/PageShell.js';
import { TableScroll } from '../../components/TableScroll.js';
import { useT } from '../../i18n/I18nProvider.js';
import { fieldText } from './cells.js';
import { EntryFormDialog } from './EntryFormDialog.js';

const route = getRouteApi('/app/so-theo-doi/$register');
const PAGE_SIZE = 25;

/** A register's list, built from its declaration: its columns, its filters, paging, Excel, and "add". */
export function RegisterListPage() {
  const t = useT();
  const user = useCurrentUser();
  const { register } = route.useParams() as { register: RegisterKey };
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/so-theo-doi/$register' });
  const queryClient = useQueryClient();
  const declaration = registerOf(register);
  const year = search.year ?? new Date().getFullYear();
  const page = search.page ?? 1;
  const query = {
    year: declaration.dateField ? year : undefined,
    unitId: search.unitId,
    status: search.status ?? 'active',
    q: search.q,
    filters: search.filters,
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useQuery(registerListQuery(register, query));
  const [adding, setAdding] = useState(false);
  const action = recordActionOf(declaration);
  // A district adds the inspections of its communes (`supervisorsRecord`), choosing one of them.
  const supervising = !!declaration.supervisorsRecord && user.supervisesCommunes && !reachesEverywhere(user, action);
  const canAdd = supervising || can(user, action, { unitId: user.unitId }) || reachesEverywhere(user, action);
  const filterValue = (field: string) =>
    search.filters
      ?.split(',')
      .find((p) => p.startsWith(`${field}:`))
      ?.slice(field.length + 1);
  const setFilter = (field: string, value: string | undefined) => {
    const others = (search.filters?.split(',') ?? []).filter((p) => p && !p.startsWith(`${field}:`));
    const next = [...others, ...(value ? [`${field}:${value}`] : [])].join(',');
    void navigate({ search: { ...search, filters: next || undefined, page: undefined } });
  };
  return (
    <PageShell
      back={<BackLink to="/so-theo-doi">{t('reg.backAll')}</BackLink>}
      title={declaration.name.vi}
      actions={
        <Group>
          <Button component="a" variant="default" href={registerExportUrl(register, { ...query, page: undefined })}>
            {t('reg.export')}
          </Button>
          {canAdd && <Button onClick={() => setAdding(true)}>{t('reg.add')}</Button>}
        </Group>
      }
    >
      <ListFilters cols={{ base: 1, sm: 2, md: 4 }}>
        {declaration.dateField && (
          <FilterSelect
            label={t('reg.year')}
            value={String(year)}
            data={[0, 1, 2, 3].map((d) => String(new Date().getFullYear() - d))}
            onChange={(v) => void navigate({ search: { ...search, year: v ? Number(v) : undefined, page: undefined } })}
          />
        )}
        {declaration.filters.map((field) => {
          const spec = declaration.fields[field]!;
          return (
            <FilterSelect
              key={field}
              label={spec.label}
              value={filterValue(field)}
              data={spec.kind === 'choice' ? spec.choices.map((c) => ({ value: c.value, label: c.label })) : []}
              onChange={(v) => setFilter(field, v)}
            />
          );
        })}
        <FilterSelect
          label={t('reg.status')}
          value={search.status}
          data={(['active', 'cancelled', 'all'] as const).map((s) => ({ value: s, label: t(`reg.status.${s}`) }))}
          onChange={(v) => void navigate({ search: { ...search, status: v, page: undefined } })}
        />
        <FilterSearch
          label={t('reg.search')}
          initial={search.q}
          pathname={`/so-theo-doi/${register}`}
          onSearch={(q) => void navigate({ search: { ...search, q, page: undefined } })}
        />
      </ListFilters>
      <PagedList
        data={list.data}
        isFetching={list.isFetching}
        isError={list.isError}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={(p) => void navigate({ search: { ...search, page: p } })}
      >
        <TableScroll>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{declaration.ownerLabel}</Table.Th>
                {declaration.columns.map((c) => (
                  <Table.Th key={c}>{declaration.fields[c]!.label}</Table.Th>
                ))}
                {declaration.followUps && <Table.Th>{t('reg.openFollowUps')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <AnchorLink to="/so-theo-doi/$register/$entryId" params={{ register, entryId: item.id }}>
                      {item.unitName}
                    </AnchorLink>
                    {item.cancelled && (
                      <Badge ml="xs" color="gray" variant="light">
                        {t('reg.status.cancelled')}
                      </Badge>
                    )}
                  </Table.Td>
                  {declaration.columns.map((c) => (
                    <Table.Td key={c}>
                      {c === declaration.titleField ? (
                        <AnchorLink to="/so-theo-doi/$register/$entryId" params={{ register, entryId: item.id }}>
                          {fieldText(declaration.fields[c], item.fields[c])}
                        </AnchorLink>
                      ) : (
                        <Text size="sm">{fieldText(declaration.fields[c], item.fields[c])}</Text>
                      )}
                    </Table.Td>
                  ))}
                  {declaration.followUps && <Table.Td>{item.openFollowUps || '—'}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </PagedList>
      {adding && (
        <EntryFormDialog
          register={register}
          ownUnit={
            reachesEverywhere(user, action) || supervising || !user.unitId
              ? null
              : { id: user.unitId, name: user.unitName ?? '' }
          }
          parentUnitId={supervising ? user.unitId! : undefined}
          onClose={() => setAdding(false)}
          onSaved={(entry) => {
            setAdding(false);
            void queryClient.invalidateQueries({ queryKey: registerKeys.all });
            void navigate({ to: '/so-theo-doi/$register/$entryId', params: { register, entryId: entry.id } });
          }}
        />
      )}
    </PageShell>
  );
}

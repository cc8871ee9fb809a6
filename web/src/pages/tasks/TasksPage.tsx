import { Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { assignmentListQuery, committedPlansQuery } from '../../api/reporting.js';
import { SearchField } from '../../components/SearchField.js';
import { useStillOn } from '../../components/useStillOn.js';
import { useT } from '../../i18n/I18nProvider.js';
import { AREA_CODES } from '../../reporting/areas.js';
import { assignmentStatusOptions } from '../../reporting/labels.js';
import type { TasksSearch } from '../../reporting/routeSearch.js';
import { TaskCounts } from './TaskCounts.js';
import { TaskTable } from './TaskTable.js';

const route = getRouteApi('/app/nhiem-vu');
const PAGE_SIZE = 50;

/** The unit's workspace: what it has to do, what is late or coming due, filterable by plan, area, status and due date. */
export function TasksPage() {
  const t = useT();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/nhiem-vu' });
  const [query, setQuery] = useState(search.q ?? '');
  const { data: plans } = useQuery(committedPlansQuery);
  const page = search.page ?? 1;
  const { data, isFetching, isError } = useQuery(
    assignmentListQuery({ planId: search.planId, status: search.status, area: search.area, due: search.due, q: search.q, page, pageSize: PAGE_SIZE }),
  );

  const stillHere = useStillOn('/nhiem-vu');
  const setFilters = (patch: Partial<TasksSearch>) => void navigate({ search: (previous) => ({ ...previous, ...patch, page: undefined }), replace: true });
  const pushQuery = useDebouncedCallback((value: string) => stillHere() && setFilters({ q: value.trim() || undefined }), 300);
  const clear = (label: string) => ({ 'aria-label': `${t('common.cancel')}: ${label}` });

  return (
    <Stack>
      <div>
        <Title order={1}>{t('tasks.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('tasks.intro')}
        </Text>
      </div>

      {data && <TaskCounts counts={data.counts} search={search} onFilter={setFilters} />}

      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} role="search" aria-label={t('common.search')}>
        <Select
          label={t('tasks.plan')}
          placeholder={t('tasks.allPlans')}
          clearable
          data={(plans ?? []).map((plan) => ({ value: plan.id, label: plan.name }))}
          value={search.planId ?? null}
          onChange={(value) => setFilters({ planId: value ?? undefined })}
          clearButtonProps={clear(t('tasks.plan'))}
        />
        <Select
          label={t('tasks.area')}
          placeholder={t('common.all')}
          clearable
          data={AREA_CODES}
          value={search.area ?? null}
          onChange={(value) => setFilters({ area: value ?? undefined })}
          clearButtonProps={clear(t('tasks.area'))}
        />
        <Select
          label={t('common.status')}
          placeholder={t('common.all')}
          clearable
          data={assignmentStatusOptions(t)}
          value={search.status ?? null}
          onChange={(value) => setFilters({ status: (value ?? undefined) as TasksSearch['status'] })}
          clearButtonProps={clear(t('common.status'))}
        />
        <Select
          label={t('tasks.due')}
          placeholder={t('common.all')}
          clearable
          data={(['overdue', 'due_soon'] as const).map((value) => ({ value, label: t(`tasks.due.${value}`) }))}
          value={search.due ?? null}
          onChange={(value) => setFilters({ due: (value ?? undefined) as TasksSearch['due'] })}
          clearButtonProps={clear(t('tasks.due'))}
        />
        <SearchField
          label={t('tasks.search')}
          placeholder={t('tasks.searchHint')}
          value={query}
          onChange={setQuery}
          onSearch={pushQuery}
        />
      </SimpleGrid>

      <TaskTable data={data} isFetching={isFetching} isError={isError} page={page} pageSize={PAGE_SIZE} onPage={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })} />
    </Stack>
  );
}

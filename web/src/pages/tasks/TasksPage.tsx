import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { assignmentListQuery, committedPlansQuery } from '../../api/reporting.js';
import { FilterSearch, FilterSelect, ListFilters } from '../../components/ListFilters.js';
import { PageShell } from '../../components/PageShell.js';
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
  const { data: plans } = useQuery(committedPlansQuery);
  const page = search.page ?? 1;
  const { data, isFetching, isError } = useQuery(
    assignmentListQuery({
      planId: search.planId,
      unitId: search.unitId,
      role: search.role,
      status: search.status,
      area: search.area,
      due: search.due,
      q: search.q,
      page,
      pageSize: PAGE_SIZE,
    }),
  );

  const setFilters = (patch: Partial<TasksSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch, page: undefined }), replace: true });

  return (
    <PageShell title={t('tasks.title')} intro={t('tasks.intro')}>
      {data && <TaskCounts counts={data.counts} search={search} onFilter={setFilters} />}

      <ListFilters cols={{ base: 1, sm: 2, lg: 5 }}>
        <FilterSelect
          label={t('tasks.plan')}
          placeholder={t('tasks.allPlans')}
          data={(plans ?? []).map((plan) => ({ value: plan.id, label: plan.name }))}
          value={search.planId}
          onChange={(planId) => setFilters({ planId })}
        />
        <FilterSelect
          label={t('tasks.area')}
          data={AREA_CODES}
          value={search.area}
          onChange={(area) => setFilters({ area })}
        />
        <FilterSelect
          label={t('common.status')}
          data={assignmentStatusOptions(t)}
          value={search.status}
          onChange={(status) => setFilters({ status })}
        />
        <FilterSelect
          label={t('tasks.due')}
          data={(['overdue', 'due_soon'] as const).map((value) => ({ value, label: t(`tasks.due.${value}`) }))}
          value={search.due}
          onChange={(due) => setFilters({ due })}
        />
        <FilterSearch
          label={t('tasks.search')}
          placeholder={t('tasks.searchHint')}
          initial={search.q}
          pathname="/nhiem-vu"
          onSearch={(q) => setFilters({ q })}
        />
      </ListFilters>

      <TaskTable
        data={data}
        isFetching={isFetching}
        isError={isError}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      />
    </PageShell>
  );
}

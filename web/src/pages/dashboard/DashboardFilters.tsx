import { Button, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { dashboardExportUrl, type DashboardView } from '../../api/dashboard.js';
import { committedPlansQuery, periodsQuery } from '../../api/reporting.js';
import { FilterSelect, ListFilters } from '../../components/ListFilters.js';
import type { DashboardSearch } from '../../dashboard/search.js';
import { formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { unitKindOptions } from '../../units/labels.js';

interface FiltersProps {
  /** The dashboard shown: its plan and period are the ones chosen, or the server's default. */
  data: DashboardView | undefined;
  search: DashboardSearch;
  onFilter: (patch: Partial<DashboardSearch>) => void;
}

/** Plan, period, area and kind of unit; each choice goes into the address. */
export function DashboardFilters({ data, search, onFilter }: FiltersProps) {
  const t = useT();
  const { data: plans } = useQuery(committedPlansQuery);
  const planId = search.planId ?? data?.plan.id;
  const { data: periods } = useQuery({ ...periodsQuery(planId ?? ''), enabled: planId !== undefined });
  return (
    <ListFilters cols={{ base: 1, sm: 2, lg: 4 }} label={t('dashboard.filters')}>
      <Select
        label={t('dashboard.plan')}
        allowDeselect={false}
        data={(plans ?? []).map((plan) => ({ value: plan.id, label: plan.name }))}
        value={planId ?? null}
        onChange={(value) => onFilter({ planId: value ?? undefined, periodId: undefined })}
      />
      <Select
        label={t('dashboard.period')}
        allowDeselect={false}
        data={(periods ?? []).map((p) => ({
          value: p.id,
          label: t('dashboard.periodOption', { label: p.label, due: formatDateVi(p.dueOn) }),
        }))}
        value={search.periodId ?? data?.period.id ?? null}
        onChange={(value) => onFilter({ periodId: value ?? undefined })}
      />
      <FilterSelect
        label={t('dashboard.area')}
        data={(data?.areas ?? []).map((area) => ({ value: area.code, label: `${area.code}. ${area.title}` }))}
        value={search.area}
        onChange={(area) => onFilter({ area })}
      />
      <FilterSelect
        label={t('dashboard.kind')}
        data={unitKindOptions(t)}
        value={search.kind}
        onChange={(kind) => onFilter({ kind })}
      />
    </ListFilters>
  );
}

/** The workbook of exactly what is on screen: the resolved plan and period, and the filters. */
export function ExcelButton({ data, search }: { data: DashboardView; search: DashboardSearch }) {
  const t = useT();
  const href = dashboardExportUrl({
    planId: data.plan.id,
    periodId: data.period.id,
    area: search.area,
    kind: search.kind,
  });
  return (
    <Button component="a" href={href} download variant="light">
      {t('dashboard.excel')}
    </Button>
  );
}

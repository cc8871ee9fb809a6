import { Tabs } from '@mantine/core';
import type { DashboardView } from '../../api/dashboard.js';
import { Section } from '../../components/Section.js';
import type { DashboardSearch } from '../../dashboard/search.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { IndicatorsAtRisk } from './IndicatorsAtRisk.js';
import { OverdueActivities } from './OverdueActivities.js';
import { ReportingGaps } from './ReportingGaps.js';

/** What needs a leader's attention, one list per tab: overdue work, units not reporting, targets at risk. */
export function AttentionLists({ data, search }: { data: DashboardView; search: DashboardSearch }) {
  const t = useT();
  const { missing, late } = data.discipline;
  const count = (n: number) => ` (${formatNumberVi(n)})`;
  return (
    <Section title={t('dashboard.attention')}>
      <Tabs defaultValue="overdue" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overdue">
            {t('dashboard.overdue.title')}
            {count(data.overdue.assignments)}
          </Tabs.Tab>
          <Tabs.Tab value="gaps">
            {t('dashboard.gaps.title')}
            {count(missing.length + late.length)}
          </Tabs.Tab>
          <Tabs.Tab value="risk">
            {t('dashboard.risk.title')}
            {count(data.indicatorsAtRisk.length)}
          </Tabs.Tab>
          <Tabs.Tab value="targets">
            {t('dashboard.targets.title')}
            {count(data.indicators.length)}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overdue" pt="sm">
          <OverdueActivities data={data} search={search} />
        </Tabs.Panel>
        <Tabs.Panel value="gaps" pt="sm">
          <ReportingGaps data={data} />
        </Tabs.Panel>
        <Tabs.Panel value="risk" pt="sm">
          <IndicatorsAtRisk rows={data.indicatorsAtRisk} />
        </Tabs.Panel>
        <Tabs.Panel value="targets" pt="sm">
          <IndicatorsAtRisk rows={data.indicators} kind="all" />
        </Tabs.Panel>
      </Tabs>
    </Section>
  );
}

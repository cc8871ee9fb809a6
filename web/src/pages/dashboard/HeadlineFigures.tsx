import type { DashboardView } from '../../api/dashboard.js';
import { FigureGrid } from '../../components/FigureGrid.js';
import { formatProgress } from '../../dashboard/format.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { formatRate } from '../../reporting/labels.js';

/** The figures a leader reads first: the work, what is finished and overdue, who reported, targets at risk. */
export function HeadlineFigures({ data }: { data: DashboardView }) {
  const t = useT();
  const none = t('common.none');
  const work = data.byArea.total;
  const reports = data.discipline.completeness;
  const figures = [
    {
      label: t('dashboard.fig.assignments'),
      value: formatNumberVi(work.total),
      detail: t('dashboard.fig.averageProgress', { progress: formatProgress(work.averageProgress, none) }),
    },
    {
      label: t('dashboard.fig.completion'),
      value: formatRate(work.completionRate, none),
      detail: t('dashboard.fig.finished', {
        count: formatNumberVi(work.finished),
        done: formatNumberVi(work.byStatus.done),
      }),
    },
    {
      label: t('dashboard.fig.overdue'),
      value: formatNumberVi(data.overdue.assignments),
      detail: t('dashboard.fig.overdueActivities', { count: formatNumberVi(data.overdue.activities) }),
      color: data.overdue.assignments ? 'red' : undefined,
    },
    {
      label: t('dashboard.fig.received'),
      value: t('dashboard.ofExpected', {
        count: formatNumberVi(reports.received),
        of: formatNumberVi(reports.expected),
      }),
      detail: t('dashboard.fig.receivedDetail', {
        rate: formatRate(reports.receivedRate, none),
        missing: formatNumberVi(reports.expected - reports.received),
      }),
    },
    {
      label: t('dashboard.fig.onTime'),
      value: formatRate(reports.onTimeRate, none),
      detail: t('dashboard.fig.onTimeDetail', {
        count: formatNumberVi(reports.onTime),
        late: formatNumberVi(reports.late),
      }),
    },
    {
      label: t('dashboard.fig.atRisk'),
      value: formatNumberVi(data.indicatorsAtRisk.length),
      detail: t('dashboard.fig.atRiskDetail'),
      color: data.indicatorsAtRisk.length ? 'red' : undefined,
    },
  ];
  return <FigureGrid figures={figures} label={t('dashboard.fig.label')} columns={6} />;
}

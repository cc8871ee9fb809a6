import { Badge, Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { closePeriod, type PeriodSummary } from '../../api/periods.js';
import { completenessQueryOptions, reportingKeys } from '../../api/reporting.js';
import { useCurrentUser } from '../../api/session.js';
import { ButtonLink } from '../../components/ButtonLink.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { canManagePeriods, canReadConsolidatedReport } from '../../reporting/access.js';
import { unitsNotSubmitted } from '../../reporting/not-submitted.js';
import { AdHocPeriodDialog } from './AdHocPeriodDialog.js';

interface PeriodBarProps {
  planId: string;
  period: PeriodSummary | undefined;
  /** A new ad-hoc period was added: the page shows it. */
  onAdded: (periodId: string) => void;
}

/** What can be done with the chosen period: its consolidated report, and for the coordinator, ad-hoc requests and locking. */
export function PeriodBar({ planId, period, onAdded }: PeriodBarProps) {
  const t = useT();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const [adHocOpen, adHocDialog] = useDisclosure(false);
  const [closeOpen, closeDialog] = useDisclosure(false);
  const manager = canManagePeriods(user.role);
  // Locking ends reporting for every unit: the dialog says how many have not submitted yet.
  const { data: completeness } = useQuery({
    ...completenessQueryOptions(period?.id ?? '', {}),
    enabled: closeOpen && Boolean(period),
  });
  const owing = completeness ? unitsNotSubmitted(completeness).length : null;

  const added = async (next: PeriodSummary) => {
    notifications.show({ color: 'green', message: t('periodAdmin.added', { label: next.label }) });
    await queryClient.invalidateQueries({ queryKey: reportingKeys.periods(planId) });
    onAdded(next.id);
  };
  const lock = async (reason: string) => {
    if (!period) return;
    const closed = await closePeriod(period.id, reason);
    notifications.show({ color: 'green', message: t('periodAdmin.closed', { label: closed.label }) });
    // Every report of the period has just become read-only for its unit.
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: reportingKeys.periods(planId) }),
      queryClient.invalidateQueries({ queryKey: reportingKeys.reports }),
    ]);
  };

  return (
    <Group justify="space-between">
      <Group>
        {period?.closed && (
          <Badge color="gray" variant="filled" size="lg" tt="none">
            {t('periodAdmin.locked')}
          </Badge>
        )}
        {period && canReadConsolidatedReport(user.role) && (
          <ButtonLink
            to="/bao-cao/$periodId/tong-hop"
            params={{ periodId: period.id }}
            search={{ planId }}
            variant="light"
          >
            {t('periodAdmin.consolidated')}
          </ButtonLink>
        )}
      </Group>
      {manager && (
        <Group>
          <Button variant="default" onClick={adHocDialog.open}>
            {t('periodAdmin.adHoc')}
          </Button>
          {period && !period.closed && (
            <Button variant="light" color="red" onClick={closeDialog.open}>
              {t('periodAdmin.close')}
            </Button>
          )}
          <AdHocPeriodDialog
            planId={planId}
            opened={adHocOpen}
            onClose={adHocDialog.close}
            onAdded={(next) => void added(next)}
          />
          {period && (
            <ReasonDialog
              opened={closeOpen}
              onClose={closeDialog.close}
              title={t('periodAdmin.closeTitle', { label: period.label })}
              body={
                owing
                  ? `${t('periodAdmin.closeBody')} ${t('confirm.lock.owing', { count: formatNumberVi(owing) })}`
                  : t('periodAdmin.closeBody')
              }
              confirmLabel={t('periodAdmin.close')}
              onConfirm={lock}
            />
          )}
        </Group>
      )}
    </Group>
  );
}

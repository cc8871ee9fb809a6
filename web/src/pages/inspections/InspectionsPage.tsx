import { Badge, Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { InspectionPlanView } from '../../../../src/contracts/inspections.js';
import { reachesEverywhere } from '../../../../src/domain/access/policy.js';
import { cancelInspectionPlan, inspectionKeys, inspectionPlanListQuery } from '../../api/inspections.js';
import { useCurrentUser } from '../../api/session.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { PageShell } from '../../components/PageShell.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { TableScroll } from '../../components/TableScroll.js';
import { formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { InspectionPlanDialog } from './InspectionPlanDialog.js';

/**
 * The year's inspection plans (/kiem-tra): per level, the units chosen with their dates, the team, and for each
 * unit the inspection recorded (a link to the inspections register's entry, where the remediation items are).
 * The office builds a plan from cchc's proposal, adjusts it (units, dates, team) or cancels it with a reason; a
 * district (where the three-level structure applies) does the same for the communes under it.
 */
export function InspectionsPage() {
  const t = useT();
  const user = useCurrentUser();
  const [year, setYear] = useState(new Date().getFullYear());
  const plans = useQuery(inspectionPlanListQuery(year));
  const [building, setBuilding] = useState(false);
  const [adjusting, setAdjusting] = useState<InspectionPlanView | null>(null);
  const [cancelling, setCancelling] = useState<InspectionPlanView | null>(null);
  const queryClient = useQueryClient();
  // The office manages every plan; a district's officers build and adjust their own, of the communes under them.
  const everywhere = reachesEverywhere(user, 'inspections.manage');
  const district = !everywhere && user.supervisesCommunes ? user.unitId : null;
  const mayBuild = everywhere || district !== null;
  const mayManage = (plan: InspectionPlanView) =>
    everywhere || (district !== null && plan.inspectorUnitId === district);
  return (
    <PageShell
      title={t('insp.title')}
      intro={t('insp.intro')}
      actions={
        <Group>
          <AnchorLink to="/so-theo-doi/$register" params={{ register: 'inspections' }}>
            {t('insp.register')}
          </AnchorLink>
          {mayBuild && <Button onClick={() => setBuilding(true)}>{t('insp.build')}</Button>}
        </Group>
      }
    >
      <NumberInput
        label={t('insp.year')}
        value={year}
        onChange={(v) => typeof v === 'number' && setYear(v)}
        min={2000}
        max={2100}
        maw={160}
      />
      {plans.data && plans.data.items.length === 0 && <Text>{t('insp.empty')}</Text>}
      {plans.data?.items.map((plan) => (
        <Stack key={plan.id} gap="xs" data-plan={plan.id}>
          <Group justify="space-between" wrap="wrap">
            <Text component="h2" fz="h3" fw={700} m={0}>
              {plan.title}
            </Text>
            {plan.cancelled && <Badge color="gray">{t('insp.cancelled', { reason: plan.cancelReason ?? '' })}</Badge>}
            {mayManage(plan) && !plan.cancelled && (
              <Group gap="xs">
                <Button variant="light" size="xs" onClick={() => setAdjusting(plan)}>
                  {t('insp.adjust')}
                </Button>
                <Button variant="subtle" color="red" size="xs" onClick={() => setCancelling(plan)}>
                  {t('insp.cancel')}
                </Button>
              </Group>
            )}
          </Group>
          {plan.inspectorName && (
            <Text size="sm" data-testid="plan-inspector">
              {t('insp.inspector', { name: plan.inspectorName })}
            </Text>
          )}
          <Text size="sm" data-testid="plan-summary">
            {t('insp.summary', {
              level: plan.levelName,
              percent: String(plan.targetPercent).replace('.', ','),
              chosen: plan.units.length,
              total: plan.levelUnits,
              needed: plan.needed,
              inspected: plan.inspected,
            })}
          </Text>
          {plan.team.length > 0 && (
            <Text size="sm">
              {t('insp.team')}: {plan.team.map((m) => `${m.name} (${m.unit}${m.role ? `, ${m.role}` : ''})`).join('; ')}
            </Text>
          )}
          <TableScroll>
            <Table striped aria-label={plan.title} miw={720}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('insp.unit')}</Table.Th>
                  <Table.Th scope="col">{t('insp.scheduledOn')}</Table.Th>
                  <Table.Th scope="col">{t('insp.inspection')}</Table.Th>
                  <Table.Th scope="col">{t('insp.items')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.units.map((u) => (
                  <Table.Tr key={u.unitId}>
                    <Table.Th scope="row" fw={400}>
                      {u.name}
                      {u.reason && (
                        <Text size="xs" c="dimmed">
                          {u.reason}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>{formatDateVi(u.scheduledOn)}</Table.Td>
                    <Table.Td>
                      {u.inspection ? (
                        <AnchorLink
                          to="/so-theo-doi/$register/$entryId"
                          params={{ register: 'inspections', entryId: u.inspection.entryId }}
                        >
                          {formatDateVi(u.inspection.inspectedOn)}
                        </AnchorLink>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('insp.notYet')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {t('insp.itemCounts', { open: u.openItems, reported: u.reportedItems, done: u.doneItems })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </Stack>
      ))}
      {building && <InspectionPlanDialog year={year} district={district} onClose={() => setBuilding(false)} />}
      {adjusting && <InspectionPlanDialog year={year} plan={adjusting} onClose={() => setAdjusting(null)} />}
      <ReasonDialog
        opened={cancelling !== null}
        title={t('insp.cancel')}
        body={t('insp.cancelBody', { title: cancelling?.title ?? '' })}
        confirmLabel={t('insp.cancel')}
        onClose={() => setCancelling(null)}
        onConfirm={async (reason) => {
          await cancelInspectionPlan(cancelling!.id, cancelling!.version, reason);
          await queryClient.invalidateQueries({ queryKey: inspectionKeys.all });
        }}
      />
    </PageShell>
  );
}

import {
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { InspectionProposal } from '../../../../src/contracts/inspections.js';
import { can } from '../../../../src/domain/access/policy.js';
import {
  INSPECTION_LEVEL_NAMES,
  INSPECTION_LEVELS,
  type InspectionLevel,
} from '../../../../src/domain/inspections/selection.js';
import { isApiError } from '../../api/client.js';
import {
  createInspectionPlan,
  inspectionKeys,
  inspectionPlanListQuery,
  proposeInspections,
} from '../../api/inspections.js';
import { useCurrentUser } from '../../api/session.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { DateField } from '../../components/DateField.js';
import { FormDialog } from '../../components/FormDialog.js';
import { PageShell } from '../../components/PageShell.js';
import { TableScroll } from '../../components/TableScroll.js';
import { formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';

/**
 * The year's inspection plans (/kiem-tra): per level, the units chosen with their dates, the team, and for each
 * unit the inspection recorded (a link to the inspections register's entry, where the remediation items are).
 * The office builds a plan from cchc's proposal.
 */
export function InspectionsPage() {
  const t = useT();
  const user = useCurrentUser();
  const [year, setYear] = useState(new Date().getFullYear());
  const plans = useQuery(inspectionPlanListQuery(year));
  const [building, setBuilding] = useState(false);
  const mayManage = can(user, 'inspections.manage', {});
  return (
    <PageShell
      title={t('insp.title')}
      intro={t('insp.intro')}
      actions={
        <Group>
          <AnchorLink to="/so-theo-doi/$register" params={{ register: 'inspections' }}>
            {t('insp.register')}
          </AnchorLink>
          {mayManage && <Button onClick={() => setBuilding(true)}>{t('insp.build')}</Button>}
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
          </Group>
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
      {building && <BuildPlanDialog year={year} onClose={() => setBuilding(false)} />}
    </PageShell>
  );
}

/** "Name – unit – role" per line. */
function teamOf(text: string) {
  return text
    .split('\n')
    .map((line) => line.split(/\s+[–-]\s+/).map((p) => p.trim()))
    .filter((parts) => parts[0])
    .map(([name, unit, role]) => ({ name: name!, unit: unit ?? '', role: role || null }));
}

function BuildPlanDialog({ year, onClose }: { year: number; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [level, setLevel] = useState<InspectionLevel>('commune');
  const [percent, setPercent] = useState<number>(35);
  const [title, setTitle] = useState('');
  const [team, setTeam] = useState('');
  const [proposal, setProposal] = useState<InspectionProposal | null>(null);
  const [chosen, setChosen] = useState<Record<string, string | null>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const propose = async () => {
    setError(null);
    try {
      const answer = await proposeInspections(year, level, percent);
      setProposal(answer);
      setChosen(Object.fromEntries(answer.units.filter((u) => u.proposed).map((u) => [u.unitId, null])));
      if (!title) setTitle(`Kiểm tra công tác CCHC ${INSPECTION_LEVEL_NAMES[level]} năm ${year}`);
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    }
  };
  const save = async () => {
    setPending(true);
    setError(null);
    try {
      await createInspectionPlan({
        year,
        level,
        targetPercent: percent,
        title,
        units: Object.entries(chosen).map(([unitId, scheduledOn]) => ({ unitId, scheduledOn: scheduledOn ?? '' })),
        team: teamOf(team),
      });
      await queryClient.invalidateQueries({ queryKey: inspectionKeys.all });
      onClose();
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setPending(false);
    }
  };
  const count = Object.keys(chosen).length;
  return (
    <FormDialog
      opened
      onClose={onClose}
      size="xl"
      title={t('insp.build')}
      intro={<Text size="sm">{t('insp.buildIntro')}</Text>}
      error={error}
      submitLabel={t('insp.save')}
      pending={pending}
      onSubmit={() => void save()}
    >
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('insp.level')}
          data={INSPECTION_LEVELS.map((l) => ({ value: l, label: INSPECTION_LEVEL_NAMES[l] }))}
          value={level}
          onChange={(v) => v && setLevel(v as InspectionLevel)}
          allowDeselect={false}
        />
        <NumberInput
          label={t('insp.percent')}
          value={percent}
          onChange={(v) => typeof v === 'number' && setPercent(v)}
          min={1}
          max={100}
          decimalSeparator=","
          maw={140}
        />
        <Button variant="light" onClick={() => void propose()}>
          {t('insp.propose')}
        </Button>
      </Group>
      {proposal && (
        <>
          <Text size="sm" data-testid="proposal-summary">
            {t('insp.proposalSummary', { total: proposal.total, needed: proposal.needed, chosen: count })}
          </Text>
          <TableScroll>
            <Table aria-label={t('insp.proposal')} miw={640}>
              <Table.Tbody>
                {proposal.units.map((u) => (
                  <Table.Tr key={u.unitId}>
                    <Table.Td>
                      <Checkbox
                        label={u.name}
                        description={u.reason}
                        checked={u.unitId in chosen}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          setChosen((c) => {
                            const next = { ...c };
                            if (on) next[u.unitId] = null;
                            else delete next[u.unitId];
                            return next;
                          });
                        }}
                      />
                    </Table.Td>
                    <Table.Td w={200}>
                      {u.unitId in chosen && (
                        <DateField
                          label={t('insp.scheduledOn')}
                          value={chosen[u.unitId] ?? null}
                          onChange={(v) => setChosen((c) => ({ ...c, [u.unitId]: v }))}
                        />
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <TextInput label={t('insp.planTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <Textarea
            label={t('insp.team')}
            description={t('insp.teamHint')}
            value={team}
            onChange={(e) => setTeam(e.currentTarget.value)}
            autosize
            minRows={3}
          />
        </>
      )}
    </FormDialog>
  );
}

import { Button, Checkbox, Group, NumberInput, Select, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { InspectionPlanView, InspectionProposal } from '../../../../src/contracts/inspections.js';
import {
  INSPECTION_LEVEL_NAMES,
  INSPECTION_LEVELS,
  type InspectionLevel,
} from '../../../../src/domain/inspections/selection.js';
import { isApiError } from '../../api/client.js';
import {
  createInspectionPlan,
  inspectionKeys,
  proposeInspections,
  updateInspectionPlan,
} from '../../api/inspections.js';
import { DateField } from '../../components/DateField.js';
import { FormDialog } from '../../components/FormDialog.js';
import { TableScroll } from '../../components/TableScroll.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useCurrentUser } from '../../api/session.js';

/** "Name – unit – role" per line. */
function teamOf(text: string) {
  return text
    .split('\n')
    .map((line) => line.split(/\s+[–-]\s+/).map((p) => p.trim()))
    .filter((parts) => parts[0])
    .map(([name, unit, role]) => ({ name: name!, unit: unit ?? '', role: role || null }));
}

/** The team back as the dialog's lines. */
const teamText = (team: InspectionPlanView['team']) =>
  team.map((m) => [m.name, m.unit, m.role].filter(Boolean).join(' – ')).join('\n');

/**
 * Builds the year's plan for a level from cchc's proposal, or adjusts a plan (`plan`): its level and year stay,
 * its units come ticked with their dates, and the proposal lists the level's other units to add.
 */
export function InspectionPlanDialog({
  year,
  plan,
  district = null,
  onClose,
}: {
  year: number;
  plan?: InspectionPlanView;
  /** A district building its communes' plan (the level is the communes'), or null: the office. */
  district?: string | null;
  onClose: () => void;
}) {
  const inspectorUnitId = plan ? plan.inspectorUnitId : district;
  const user = useCurrentUser();
  const districtName = inspectorUnitId && user.unitName ? ` trực thuộc ${user.unitName}` : '';
  const t = useT();
  const queryClient = useQueryClient();
  const [level, setLevel] = useState<InspectionLevel>(plan?.level ?? 'commune');
  const [percent, setPercent] = useState<number>(plan?.targetPercent ?? 35);
  const [title, setTitle] = useState(plan?.title ?? '');
  const [team, setTeam] = useState(plan ? teamText(plan.team) : '');
  const [proposal, setProposal] = useState<InspectionProposal | null>(null);
  const [chosen, setChosen] = useState<Record<string, string | null>>(
    Object.fromEntries(plan?.units.map((u) => [u.unitId, u.scheduledOn]) ?? []),
  );
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const propose = async (keepChosen = false) => {
    setError(null);
    try {
      const answer = await proposeInspections(year, level, percent, inspectorUnitId);
      setProposal(answer);
      if (!keepChosen)
        setChosen(Object.fromEntries(answer.units.filter((u) => u.proposed).map((u) => [u.unitId, null])));
      if (!title) setTitle(`Kiểm tra công tác CCHC ${INSPECTION_LEVEL_NAMES[level]}${districtName} năm ${year}`);
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    }
  };
  // An adjusted plan opens on the level’s units, its own ticked (once, when the dialog opens).
  useEffect(() => {
    if (plan) void propose(true);
  }, []);
  const save = async () => {
    setPending(true);
    setError(null);
    const fields = {
      targetPercent: percent,
      title,
      units: Object.entries(chosen).map(([unitId, scheduledOn]) => ({ unitId, scheduledOn: scheduledOn ?? '' })),
      team: teamOf(team),
    };
    try {
      if (plan) await updateInspectionPlan(plan.id, { ...fields, version: plan.version });
      else await createInspectionPlan({ year, level, inspectorUnitId, ...fields });
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
      title={plan ? t('insp.adjustTitle', { title: plan.title }) : t('insp.build')}
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
          disabled={!!plan || inspectorUnitId !== null}
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
        <Button variant="light" onClick={() => void propose(!!plan)}>
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

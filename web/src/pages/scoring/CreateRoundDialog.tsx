import { Button, Checkbox, Group, ScrollArea, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { createRoundRequest } from '../../../../src/contracts/scoring.js';
import { createRound, criteriaSetsQuery, scoringKeys } from '../../api/scoring.js';
import { unitListQuery } from '../../api/units.js';
import { DateField } from '../../components/DateField.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { todayInVietnam } from '../../forms/dates.js';
import { validateForm } from '../../forms/validate.js';
import { useT } from '../../i18n/I18nProvider.js';

const plusDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const WINDOW_FIELDS = [
  'selfAssessmentFrom',
  'selfAssessmentTo',
  'appraisalFrom',
  'appraisalTo',
  'explanationTo',
] as const;
type WindowField = (typeof WINDOW_FIELDS)[number];

/** Opens a round as a draft: a criteria set, its name, the units it scores, and the windows of each stage. */
export function CreateRoundDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: sets } = useQuery(criteriaSetsQuery);
  const choices = (sets ?? []).filter((s) => s.latest && !s.archived && s.subject !== 'province');
  const [setId, setSetId] = useState<string | null>(null);
  const set = choices.find((s) => s.id === setId);
  const [name, setName] = useState('');
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const today = todayInVietnam();
  const [windows, setWindows] = useState<Record<WindowField, string | null>>({
    selfAssessmentFrom: today,
    selfAssessmentTo: plusDays(today, 30),
    appraisalFrom: plusDays(today, 31),
    appraisalTo: plusDays(today, 60),
    explanationTo: plusDays(today, 75),
  });
  const { data: units } = useQuery({ ...unitListQuery({ kind: set?.subject, pageSize: 200 }), enabled: Boolean(set) });
  const candidates = useMemo(
    () => (units?.items ?? []).filter((u) => !u.archived && (!u.validTo || u.validTo >= today)),
    [units, today],
  );
  const { errors, serverError, pending, submit } = useFormSubmission();

  const chooseSet = (id: string | null) => {
    setSetId(id);
    setUnitIds([]);
    const chosen = choices.find((s) => s.id === id);
    if (chosen && !name) setName(chosen.name);
  };
  const save = () =>
    void submit(
      validateForm(createRoundRequest, { criteriaSetId: setId ?? '', name, unitIds, ...windows }),
      async (data) => {
        const round = await createRound(data);
        await queryClient.invalidateQueries({ queryKey: scoringKeys.rounds });
        onClose();
        await navigate({ to: '/cham-diem/dot/$roundId', params: { roundId: round.id } });
      },
    );

  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('scoring.create.title')}
      size="xl"
      error={serverError && <span style={{ whiteSpace: 'pre-line' }}>{serverError}</span>}
      submitLabel={t('scoring.create.submit')}
      pending={pending}
      onSubmit={save}
    >
      <Select
        label={t('scoring.create.set')}
        data={choices.map((s) => ({
          value: s.id,
          label: `${s.name} (${t('scoring.sets.versionN', { version: s.version })})`,
        }))}
        value={setId}
        onChange={chooseSet}
        error={errors.criteriaSetId}
        required
      />
      <TextInput
        label={t('scoring.create.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={errors.name}
        required
      />
      {set && (
        <Stack gap={4}>
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              {t('scoring.create.units', { chosen: unitIds.length, total: candidates.length })}
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="subtle" onClick={() => setUnitIds(candidates.map((u) => u.id))}>
                {t('scoring.create.all')}
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setUnitIds([])}>
                {t('scoring.create.none')}
              </Button>
            </Group>
          </Group>
          <ScrollArea.Autosize mah={220} type="auto">
            <Checkbox.Group value={unitIds} onChange={setUnitIds} aria-label={t('scoring.create.unitsLabel')}>
              <SimpleGrid cols={2} spacing={4}>
                {candidates.map((u) => (
                  <Checkbox key={u.id} value={u.id} label={u.name} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </ScrollArea.Autosize>
          {errors.unitIds && (
            <Text size="sm" c="red">
              {errors.unitIds}
            </Text>
          )}
        </Stack>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {WINDOW_FIELDS.map((field) => (
          <DateField
            key={field}
            label={t(`scoring.create.${field}`)}
            value={windows[field]}
            onChange={(value) => setWindows((w) => ({ ...w, [field]: value }))}
            error={errors[field]}
            required={field !== 'explanationTo'}
          />
        ))}
      </SimpleGrid>
    </FormDialog>
  );
}

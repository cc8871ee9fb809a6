import { Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { createUnitRequest, type UnitDetail } from '../../../../src/contracts/units.js';
import { createUnit, unitDetailQuery, unitKeys, updateUnit } from '../../api/units.js';
import { DateField } from '../../components/DateField.js';
import { useOnOpen } from '../../components/useOnOpen.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { validateForm } from '../../forms/validate.js';
import { useT } from '../../i18n/I18nProvider.js';
import { levelOptions, unitKindOptions } from '../../units/labels.js';
import { unitFormOf, type UnitFormState } from '../../units/unitForm.js';

interface UnitFormDialogProps {
  opened: boolean;
  onClose: () => void;
  /** The unit to edit; without it the dialog adds a new unit. */
  unit?: UnitDetail;
}

export function UnitFormDialog({ opened, onClose, unit }: UnitFormDialogProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [form, setForm] = useState<UnitFormState>(() => unitFormOf(unit));
  const [base, setBase] = useState(unit);
  const { errors, serverError, stale, pending, clear, submit } = useFormSubmission();
  /** Bumped on every reset so the parent picker starts again from the reset value. */
  const [resets, setResets] = useState(0);

  // Opening the dialog again starts from the unit as it is now.
  useOnOpen(opened, () => reset(unit));

  function reset(next: UnitDetail | undefined) {
    setForm(unitFormOf(next));
    setBase(next);
    clear();
    setResets((count) => count + 1);
  }

  const set = <K extends keyof UnitFormState>(key: K, value: UnitFormState[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  const reload = async () => {
    if (!base) return;
    const fresh = await queryClient.fetchQuery({ ...unitDetailQuery(base.id), staleTime: 0 });
    reset(fresh);
  };

  const save = () => {
    const { parentName: _parentName, ...fields } = form;
    void submit(validateForm(createUnitRequest, fields), async (data) => {
      if (base) {
        // Every field is sent: the version check guarantees they are the ones the user saw.
        const saved = await updateUnit(base.id, { ...data, version: base.version });
        queryClient.setQueryData(unitKeys.detail(saved.id), saved);
        notifications.show({ color: 'green', message: t('common.saved') });
      } else {
        const created = await createUnit(data);
        notifications.show({ color: 'green', message: t('units.created') });
        await navigate({ to: '/don-vi/$unitId', params: { unitId: created.id } });
      }
      await queryClient.invalidateQueries({ queryKey: unitKeys.all });
      onClose();
    });
  };

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={base ? t('units.editTitle') : t('units.createTitle')}
      size="lg"
      error={serverError}
      stale={stale && { title: t('units.staleTitle'), onReload: () => void reload() }}
      submitLabel={t('common.save')}
      pending={pending}
      onSubmit={save}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('units.code')}
          required
          value={form.code}
          onChange={(e) => set('code', e.currentTarget.value)}
          error={errors.code}
        />
        <TextInput
          label={t('units.name')}
          required
          value={form.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errors.name}
        />
        <Select
          label={t('units.kind')}
          required
          allowDeselect={false}
          data={unitKindOptions(t)}
          value={form.kind}
          onChange={(value) => value && set('kind', value as UnitFormState['kind'])}
          error={errors.kind}
        />
        <Select
          label={t('units.level')}
          required
          allowDeselect={false}
          data={levelOptions(t)}
          value={form.level}
          onChange={(value) => value && set('level', value as UnitFormState['level'])}
          error={errors.level}
        />
      </SimpleGrid>
      <UnitPicker
        key={resets}
        label={t('units.parent')}
        value={form.parentId}
        valueLabel={form.parentName}
        excludeId={base?.id}
        onChange={(parentId, parentName) => setForm((current) => ({ ...current, parentId, parentName }))}
        error={errors.parentId}
      />
      <TagsInput
        label={t('units.shortNames')}
        value={form.shortNames}
        onChange={(value) => set('shortNames', value)}
        error={errors.shortNames}
      />
      <TagsInput
        label={t('units.aliases')}
        description={t('units.aliasesHint')}
        value={form.aliases}
        onChange={(value) => set('aliases', value)}
        error={errors.aliases}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          label={t('units.validFrom')}
          clearable
          value={form.validFrom}
          onChange={(value) => set('validFrom', value)}
          error={errors.validFrom}
        />
        <DateField
          label={t('units.validTo')}
          clearable
          value={form.validTo}
          onChange={(value) => set('validTo', value)}
          error={errors.validTo}
        />
      </SimpleGrid>
    </FormDialog>
  );
}

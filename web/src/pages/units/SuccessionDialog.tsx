import { Select, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { addSuccessionRequest } from '../../../../src/contracts/units.js';
import type { SuccessionKind } from '../../../../src/domain/units/types.js';
import { addSuccession, unitKeys } from '../../api/units.js';
import { DateField } from '../../components/DateField.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { validateForm } from '../../forms/validate.js';
import { useT } from '../../i18n/I18nProvider.js';
import { successionKindOptions } from '../../units/labels.js';

interface SuccessionForm {
  toId: string | null;
  kind: SuccessionKind;
  effectiveOn: string | null;
  note: string;
}
const EMPTY: SuccessionForm = { toId: null, kind: 'merge', effectiveOn: null, note: '' };

/** Records that this unit's work passed to another (a 2025 merger, a split, a renaming). */
export function SuccessionDialog({
  fromId,
  opened,
  onClose,
}: {
  fromId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<SuccessionForm>(EMPTY);
  const { errors, serverError, pending, clear, submit } = useFormSubmission();

  const close = () => {
    setForm(EMPTY);
    clear();
    onClose();
  };

  const save = () =>
    void submit(validateForm(addSuccessionRequest, { ...form, note: form.note.trim() || null }), async (data) => {
      await addSuccession(fromId, data);
      notifications.show({ color: 'green', message: t('units.successionAdded') });
      await queryClient.invalidateQueries({ queryKey: unitKeys.all });
      close();
    });

  return (
    <FormDialog
      opened={opened}
      onClose={close}
      title={t('units.addSuccession')}
      error={serverError}
      submitLabel={t('units.addSuccession')}
      pending={pending}
      onSubmit={save}
    >
      <UnitPicker
        label={t('units.successionTarget')}
        required
        value={form.toId}
        excludeId={fromId}
        onChange={(toId) => setForm((current) => ({ ...current, toId }))}
        error={errors.toId}
      />
      <Select
        label={t('units.linkKind')}
        required
        allowDeselect={false}
        data={successionKindOptions(t)}
        value={form.kind}
        onChange={(value) => value && setForm((current) => ({ ...current, kind: value as SuccessionKind }))}
        error={errors.kind}
      />
      <DateField
        label={t('units.effectiveOn')}
        required
        value={form.effectiveOn}
        onChange={(effectiveOn) => setForm((current) => ({ ...current, effectiveOn }))}
        error={errors.effectiveOn}
      />
      <Textarea
        label={t('units.note')}
        autosize
        minRows={2}
        value={form.note}
        onChange={(event) => {
          const note = event.currentTarget.value;
          setForm((current) => ({ ...current, note }));
        }}
        error={errors.note}
      />
    </FormDialog>
  );
}

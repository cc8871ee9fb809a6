import { Alert, Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { addSuccessionRequest } from '../../../../src/contracts/units.js';
import type { SuccessionKind } from '../../../../src/domain/units/types.js';
import { isApiError } from '../../api/client.js';
import { addSuccession, unitKeys } from '../../api/units.js';
import { DateField } from '../../components/DateField.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { serverFieldErrors, validateForm, type FieldErrors } from '../../forms/validate.js';
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
export function SuccessionDialog({ fromId, opened, onClose }: { fromId: string; opened: boolean; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<SuccessionForm>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const close = () => {
    setForm(EMPTY);
    setErrors({});
    setServerError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const result = validateForm(addSuccessionRequest, { ...form, note: form.note.trim() || null });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await addSuccession(fromId, result.data);
      notifications.show({ color: 'green', message: t('units.successionAdded') });
      await queryClient.invalidateQueries({ queryKey: unitKeys.all });
      close();
    } catch (error) {
      if (isApiError(error)) setErrors(serverFieldErrors(error.details));
      setServerError(isApiError(error) ? error.message : t('error.network'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('units.addSuccession')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          {serverError && (
            <Alert color="red" role="alert">
              {serverError}
            </Alert>
          )}
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
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('units.addSuccession')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

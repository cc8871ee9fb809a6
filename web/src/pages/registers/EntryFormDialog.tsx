import { Stack } from '@mantine/core';
import { useState } from 'react';
import type { RegisterKey } from '../../../../src/domain/registers/index.js';
import { registerOf } from '../../../../src/domain/registers/index.js';
import { createEntry, updateEntry, type RegisterEntryDetail } from '../../api/registers.js';
import { FormDialog } from '../../components/FormDialog.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { useT } from '../../i18n/I18nProvider.js';
import { EntryFields, formFields } from './EntryFields.js';

/**
 * Adds an entry (its owner unit: the reporter's own, chosen by a coordinator) or edits one, with the form the
 * register's declaration gives; the server checks the fields again and its refusal shows under the field.
 */
export function EntryFormDialog({
  register,
  entry,
  ownUnit,
  onClose,
  onSaved,
  parentUnitId,
}: {
  register: RegisterKey;
  entry?: RegisterEntryDetail;
  /** The reporter's unit (fixed); null: a coordinator chooses it. */
  ownUnit: { id: string; name: string } | null;
  /** A district chooses among the communes under it. */
  parentUnitId?: string | undefined;
  onClose: () => void;
  onSaved: (entry: RegisterEntryDetail) => void;
}) {
  const t = useT();
  const declaration = registerOf(register);
  const [values, setValues] = useState<Record<string, unknown>>(entry?.fields ?? {});
  const [unitId, setUnitId] = useState<string | null>(entry?.unitId ?? ownUnit?.id ?? null);
  const form = useFormSubmission();
  const save = () =>
    form.submit({ ok: true, data: formFields(declaration, values) }, async (fields) => {
      const saved = entry
        ? await updateEntry(register, entry.id, { version: entry.version, fields })
        : await createEntry(register, { unitId: unitId ?? '', fields });
      onSaved(saved);
    });
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={entry ? `${t('reg.edit')}: ${entry.title}` : `${t('reg.add')}: ${declaration.entryName.vi}`}
      error={form.serverError}
      stale={form.stale && { onReload: onClose }}
      submitLabel={t('reg.save')}
      pending={form.pending}
      onSubmit={save}
      size="lg"
    >
      <Stack gap="sm">
        {!entry && !ownUnit && (
          <UnitPicker
            label={declaration.ownerLabel}
            required
            value={unitId}
            onChange={(id) => setUnitId(id)}
            parentId={parentUnitId}
            error={form.errors.unitId}
          />
        )}
        <EntryFields declaration={declaration} values={values} onChange={setValues} errors={form.errors} />
      </Stack>
    </FormDialog>
  );
}

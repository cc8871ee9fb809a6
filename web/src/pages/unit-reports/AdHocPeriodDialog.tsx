import { SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { adHocPeriodRequest } from '../../../../src/contracts/reporting.js';
import { addAdHocPeriod, type PeriodSummary } from '../../api/periods.js';
import { DateField } from '../../components/DateField.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { validateForm, type FieldErrors } from '../../forms/validate.js';
import { useT } from '../../i18n/I18nProvider.js';

interface AdHocPeriodDialogProps {
  planId: string;
  opened: boolean;
  onClose: () => void;
  onAdded: (period: PeriodSummary) => void;
}

const EMPTY = { label: '', start: null as string | null, end: null as string | null, dueOn: null as string | null };
const DATES = ['start', 'end', 'dueOn'] as const;

/** "Báo cáo đột xuất": a request for reports outside the regular schedule, with its data window and due date. */
export function AdHocPeriodDialog({ planId, opened, onClose, onAdded }: AdHocPeriodDialogProps) {
  const t = useT();
  const [fields, setFields] = useState(EMPTY);
  const { errors, serverError, pending, clear, submit } = useFormSubmission();

  const close = () => {
    setFields(EMPTY);
    clear();
    onClose();
  };
  const set = (key: keyof typeof EMPTY) => (value: string | null) =>
    setFields((current) => ({ ...current, [key]: value }));

  const save = () => {
    const missing: FieldErrors = Object.fromEntries(
      DATES.filter((key) => !fields[key]).map((key) => [key, t('periodAdmin.dateRequired')]),
    );
    const checked = validateForm(adHocPeriodRequest, {
      ...fields,
      start: fields.start ?? '',
      end: fields.end ?? '',
      dueOn: fields.dueOn ?? '',
    });
    const complete = Object.keys(missing).length
      ? { ok: false as const, errors: { ...(checked.ok ? {} : checked.errors), ...missing } }
      : checked;
    void submit(complete, async (data) => {
      const added = await addAdHocPeriod(planId, data);
      close();
      onAdded(added);
    });
  };

  return (
    <FormDialog
      opened={opened}
      onClose={close}
      title={t('periodAdmin.adHocTitle')}
      size="lg"
      intro={<Text size="sm">{t('periodAdmin.adHocBody')}</Text>}
      error={serverError}
      submitLabel={t('periodAdmin.adHocSubmit')}
      pending={pending}
      onSubmit={save}
    >
      <TextInput
        label={t('periodAdmin.label')}
        description={t('periodAdmin.labelHint')}
        required
        value={fields.label}
        onChange={(event) => set('label')(event.currentTarget.value)}
        error={errors.label}
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField
          label={t('periodAdmin.start')}
          required
          value={fields.start}
          onChange={set('start')}
          error={errors.start}
        />
        <DateField label={t('periodAdmin.end')} required value={fields.end} onChange={set('end')} error={errors.end} />
        <DateField
          label={t('periodAdmin.dueOn')}
          required
          value={fields.dueOn}
          onChange={set('dueOn')}
          error={errors.dueOn}
        />
      </SimpleGrid>
    </FormDialog>
  );
}

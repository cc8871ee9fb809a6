import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { adHocPeriodRequest } from '../../../../src/contracts/reporting.js';
import { isApiError } from '../../api/client.js';
import { addAdHocPeriod, type PeriodSummary } from '../../api/periods.js';
import { DateField } from '../../components/DateField.js';
import { serverFieldErrors, validateForm, type FieldErrors } from '../../forms/validate.js';
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setFields(EMPTY);
    setErrors({});
    setError(null);
    onClose();
  };
  const set = (key: keyof typeof EMPTY) => (value: string | null) => setFields((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const missing: FieldErrors = Object.fromEntries(DATES.filter((key) => !fields[key]).map((key) => [key, t('periodAdmin.dateRequired')]));
    const checked = validateForm(adHocPeriodRequest, { ...fields, start: fields.start ?? '', end: fields.end ?? '', dueOn: fields.dueOn ?? '' });
    if (!checked.ok || Object.keys(missing).length) {
      setErrors({ ...(checked.ok ? {} : checked.errors), ...missing });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const added = await addAdHocPeriod(planId, checked.data);
      close();
      onAdded(added);
    } catch (caught) {
      if (isApiError(caught)) setErrors(serverFieldErrors(caught.details));
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('periodAdmin.adHocTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <Text size="sm">{t('periodAdmin.adHocBody')}</Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
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
            <DateField label={t('periodAdmin.start')} required value={fields.start} onChange={set('start')} error={errors.start} />
            <DateField label={t('periodAdmin.end')} required value={fields.end} onChange={set('end')} error={errors.end} />
            <DateField label={t('periodAdmin.dueOn')} required value={fields.dueOn} onChange={set('dueOn')} error={errors.dueOn} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('periodAdmin.adHocSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

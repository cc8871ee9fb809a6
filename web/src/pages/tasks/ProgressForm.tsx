import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { validateAssignmentProgress } from '../../../../src/domain/reporting/assignment-status.js';
import { isApiError } from '../../api/client.js';
import { updateAssignment, type AssignmentDetail } from '../../api/reporting.js';
import { todayInVietnam } from '../../forms/dates.js';
import { serverFieldErrors, type FieldErrors } from '../../forms/validate.js';
import { useT } from '../../i18n/I18nProvider.js';
import { ProgressFields, type ProgressValue } from '../../reporting/ProgressFields.js';

interface ProgressFormProps {
  assignment: AssignmentDetail;
  onSaved: (next: AssignmentDetail) => void;
  /** Someone else saved first: the page reloads the assignment (and this form with it). */
  onStale: () => void;
}

/** Where the assignment stands, checked with the same rules as the server before it is sent. */
export function ProgressForm({ assignment, onSaved, onStale }: ProgressFormProps) {
  const t = useT();
  const [form, setForm] = useState<ProgressValue & { resultText: string }>({
    status: assignment.status,
    progress: assignment.progress,
    completedOn: assignment.completedOn,
    reason: assignment.reason ?? '',
    resultText: assignment.resultText,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const checked = validateAssignmentProgress(form, { dueOn: assignment.dueOn, today: todayInVietnam() });
    if (!checked.ok) {
      setErrors(serverFieldErrors({ issues: checked.issues }));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await updateAssignment(assignment.id, {
        version: assignment.version,
        ...checked.value,
        resultText: form.resultText,
      });
      notifications.show({ color: 'green', message: t('progress.saved') });
      onSaved(saved);
    } catch (error) {
      if (isApiError(error) && error.status === 409) return onStale();
      if (isApiError(error)) setErrors(serverFieldErrors(error.details));
      setServerError(isApiError(error) ? error.message : t('error.network'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        {serverError && (
          <Alert color="red" role="alert">
            {serverError}
          </Alert>
        )}
        <ProgressFields value={form} onChange={setForm} errors={errors} />
        <Textarea
          label={t('progress.result')}
          description={t('progress.resultHint')}
          autosize
          minRows={3}
          value={form.resultText}
          onChange={(event) => setForm({ ...form, resultText: event.currentTarget.value })}
          error={errors.resultText}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { validateAssignmentProgress, type AssignmentStatus } from '../../../../src/domain/reporting/assignment-status.js';
import { isApiError } from '../../api/client.js';
import { updateAssignment, type AssignmentDetail } from '../../api/reporting.js';
import { DateField } from '../../components/DateField.js';
import { todayInVietnam } from '../../forms/dates.js';
import { serverFieldErrors, type FieldErrors } from '../../forms/validate.js';
import { useT } from '../../i18n/I18nProvider.js';
import { assignmentStatusOptions } from '../../reporting/labels.js';
import { progressForStatus } from '../../reporting/progress.js';

interface ProgressFormProps {
  assignment: AssignmentDetail;
  onSaved: (next: AssignmentDetail) => void;
  /** Someone else saved first: the page reloads the assignment (and this form with it). */
  onStale: () => void;
}

/** Where the assignment stands, checked with the same rules as the server before it is sent. */
export function ProgressForm({ assignment, onSaved, onStale }: ProgressFormProps) {
  const t = useT();
  const [form, setForm] = useState({
    status: assignment.status,
    progress: assignment.progress,
    completedOn: assignment.completedOn,
    reason: assignment.reason ?? '',
    resultText: assignment.resultText,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const finished = form.status === 'done' || form.status === 'done_late';

  const setStatus = (status: AssignmentStatus) => setForm({ ...form, status, progress: progressForStatus(status, form.progress) });

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
      const saved = await updateAssignment(assignment.id, { version: assignment.version, ...checked.value, resultText: form.resultText });
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
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('progress.status')}
            required
            allowDeselect={false}
            data={assignmentStatusOptions(t)}
            value={form.status}
            onChange={(value) => value && setStatus(value as AssignmentStatus)}
            error={errors.status}
          />
          <NumberInput
            label={t('progress.percent')}
            min={0}
            max={100}
            step={5}
            allowDecimal={false}
            suffix="%"
            value={form.progress}
            onChange={(value) => setForm({ ...form, progress: typeof value === 'number' ? value : Number(value) || 0 })}
            error={errors.progress}
          />
          {finished && (
            <DateField
              label={t('progress.completedOn')}
              required
              maxDate={todayInVietnam()}
              value={form.completedOn}
              onChange={(value) => setForm({ ...form, completedOn: value })}
              error={errors.completedOn}
            />
          )}
        </SimpleGrid>
        {form.status === 'not_feasible' && (
          <Textarea
            label={t('progress.reason')}
            required
            autosize
            minRows={2}
            value={form.reason}
            onChange={(event) => setForm({ ...form, reason: event.currentTarget.value })}
            error={errors.reason}
          />
        )}
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

import { Select, SimpleGrid, Textarea } from '@mantine/core';
import type { AssignmentStatus } from '../../../src/domain/reporting/assignment-status.js';
import { DateField } from '../components/DateField.js';
import { todayInVietnam } from '../forms/dates.js';
import type { FieldErrors } from '../forms/validate.js';
import { useT } from '../i18n/I18nProvider.js';
import { assignmentStatusOptions } from './labels.js';
import { progressForStatus } from './progress.js';
import { NumberField } from '../components/NumberField.js';

export interface ProgressValue {
  status: AssignmentStatus;
  progress: number;
  completedOn: string | null;
  reason: string | null;
}

interface ProgressFieldsProps<T extends ProgressValue> {
  value: T;
  onChange: (next: T) => void;
  errors: FieldErrors;
  /** Smaller text areas, for a row among many (the report form). */
  compact?: boolean;
}

/**
 * Where an assignment stands: status, progress, completion date when finished, reason when not feasible.
 * The same fields on the task page and in each item of a report; a new status brings a fitting progress.
 */
export function ProgressFields<T extends ProgressValue>({
  value,
  onChange,
  errors,
  compact = false,
}: ProgressFieldsProps<T>) {
  const t = useT();
  const finished = value.status === 'done' || value.status === 'done_late';
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('progress.status')}
          required
          allowDeselect={false}
          data={assignmentStatusOptions(t)}
          value={value.status}
          onChange={(status) =>
            status &&
            onChange({
              ...value,
              status: status as AssignmentStatus,
              progress: progressForStatus(status as AssignmentStatus, value.progress),
            })
          }
          error={errors.status}
        />
        <NumberField
          label={t('progress.percent')}
          integer
          min={0}
          max={100}
          suffix="%"
          value={value.progress}
          // Emptied means 0%; unreadable text stays NaN so the form's check refuses it.
          onChange={(progress) => onChange({ ...value, progress: progress ?? 0 })}
          error={errors.progress}
        />
        {finished && (
          <DateField
            label={t('progress.completedOn')}
            required
            maxDate={todayInVietnam()}
            value={value.completedOn}
            onChange={(completedOn) => onChange({ ...value, completedOn })}
            error={errors.completedOn}
          />
        )}
      </SimpleGrid>
      {value.status === 'not_feasible' && (
        <Textarea
          label={t('progress.reason')}
          required
          autosize
          minRows={compact ? 1 : 2}
          value={value.reason ?? ''}
          onChange={(event) => onChange({ ...value, reason: event.currentTarget.value })}
          error={errors.reason}
        />
      )}
    </>
  );
}

import { Alert, Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { reviseActivityRequest } from '../../../../src/contracts/plans.js';
import { isApiError } from '../../api/client.js';
import { planImportQuery, planKeys, reviseActivity, type ActivityRevision, type PlanActivity, type PlanImportDetail } from '../../api/plans.js';
import { serverFieldErrors, validateForm, type FieldErrors } from '../../forms/validate.js';
import { useT } from '../../i18n/I18nProvider.js';
import { warningLabelKey } from '../../plans/warnings.js';
import { SourceText, WarningList } from './ActivityGroups.js';

const TEXT_FIELDS = ['number', 'objective', 'task', 'activity', 'deliverable'] as const;
const READ_FIELDS = ['lead', 'cooperating', 'deadline', 'budget'] as const;
type FormState = Record<'area' | (typeof TEXT_FIELDS)[number] | (typeof READ_FIELDS)[number], string>;

function formOf(activity: PlanActivity): FormState {
  return {
    area: activity.area ?? '',
    number: activity.number ?? '',
    objective: activity.objective ?? '',
    task: activity.task ?? '',
    activity: activity.activity ?? '',
    deliverable: activity.deliverable ?? '',
    lead: activity.lead.text,
    cooperating: activity.cooperating.text,
    deadline: activity.deadline.text,
    budget: activity.budget.text,
  };
}

/** Only what the reviewer changed goes to the server, which re-reads units, deadline and budget from it. */
function changesOf(before: FormState, after: FormState): ActivityRevision {
  const revision: ActivityRevision = {};
  if (after.area !== before.area) revision.area = after.area || null;
  for (const field of TEXT_FIELDS) if (after[field] !== before[field]) revision[field] = after[field].trim() || null;
  for (const field of READ_FIELDS) if (after[field] !== before[field]) revision[field] = after[field];
  return revision;
}

interface ActivityEditDialogProps {
  draft: PlanImportDetail;
  /** The activity to correct; the dialog is closed without one. */
  activity: PlanActivity | null;
  onClose: () => void;
}

export function ActivityEditDialog({ draft, activity, onClose }: ActivityEditDialogProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const [base, setBase] = useState<{ activity: PlanActivity; version: number } | null>(null);
  const [form, setForm] = useState<FormState | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [saving, setSaving] = useState(false);

  // Opening on another activity starts from that activity as the draft has it now.
  const [shown, setShown] = useState<PlanActivity | null>(null);
  if (activity !== shown) {
    setShown(activity);
    if (activity) reset(activity, draft.version);
  }

  function reset(next: PlanActivity, version: number) {
    setBase({ activity: next, version });
    setForm(formOf(next));
    setErrors({});
    setServerError(null);
    setStale(false);
  }

  const reload = async () => {
    if (!base) return;
    const fresh = await queryClient.fetchQuery({ ...planImportQuery(draft.id), staleTime: 0 });
    const again = fresh.content.activities.find((candidate) => candidate.id === base.activity.id);
    if (again) reset(again, fresh.version);
    else onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!base || !form) return;
    const revision = changesOf(formOf(base.activity), form);
    if (Object.keys(revision).length === 0) {
      onClose();
      return;
    }
    const checked = validateForm(reviseActivityRequest, { ...revision, version: base.version });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setServerError(null);
    setSaving(true);
    try {
      const saved = await reviseActivity(draft.id, base.activity.id, base.version, revision);
      queryClient.setQueryData(planKeys.import(draft.id), saved);
      void queryClient.invalidateQueries({ queryKey: planKeys.importList });
      const revised = saved.content.activities.find((candidate) => candidate.id === base.activity.id);
      const left = revised?.warnings ?? [];
      notifications.show(
        left.length === 0
          ? { color: 'green', message: t('plans.savedClean') }
          : { color: 'orange', message: t('plans.savedWithWarnings', { warnings: left.map((w) => t(warningLabelKey(w.code))).join(', ') }) },
      );
      onClose();
    } catch (error) {
      if (isApiError(error)) setErrors(serverFieldErrors(error.details));
      if (isApiError(error, 'STALE_VERSION')) setStale(true);
      setServerError(isApiError(error) ? error.message : t('error.network'));
    } finally {
      setSaving(false);
    }
  };

  const set = (field: keyof FormState, value: string) => setForm((current) => (current ? { ...current, [field]: value } : current));
  const text = (field: (typeof TEXT_FIELDS)[number]) => (
    <Textarea key={field} label={t(`plans.field.${field}`)} autosize minRows={1} maxRows={6} value={form?.[field] ?? ''} onChange={(e) => set(field, e.currentTarget.value)} error={errors[field]} />
  );
  const read = (field: (typeof READ_FIELDS)[number], hint: 'plans.unitsHint' | 'plans.deadlineHint' | 'plans.budgetHint') => (
    <TextInput key={field} label={t(`plans.field.${field}`)} description={t(hint)} value={form?.[field] ?? ''} onChange={(e) => set(field, e.currentTarget.value)} error={errors[field]} />
  );

  return (
    <Modal opened={activity !== null} onClose={onClose} title={t('plans.editTitle')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {base && form && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack>
            {serverError && (
              <Alert color={stale ? 'orange' : 'red'} role="alert" title={stale ? t('plans.staleTitle') : undefined}>
                <Stack gap="xs" align="flex-start">
                  {serverError}
                  {stale && (
                    <Button size="xs" variant="white" onClick={() => void reload()}>
                      {t('common.reload')}
                    </Button>
                  )}
                </Stack>
              </Alert>
            )}
            <Paper withBorder p="xs" bg="var(--mantine-color-gray-light)">
              <Text size="xs" fw={600} mb={4}>
                {t('plans.source')}
              </Text>
              <SourceText text={draft.sourceRows[base.activity.id]} />
            </Paper>
            {base.activity.warnings.length > 0 && (
              <div>
                <Text size="sm" fw={600} mb={4}>
                  {t('plans.warnings')}
                </Text>
                <WarningList warnings={base.activity.warnings} />
              </div>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('plans.field.area')}
                data={draft.content.areas.map((area) => ({ value: area.code, label: `${area.code}. ${area.title}` }))}
                value={form.area || null}
                onChange={(value) => set('area', value ?? '')}
                clearable
                error={errors.area}
              />
              {text('number')}
            </SimpleGrid>
            {text('objective')}
            {text('task')}
            {text('activity')}
            {text('deliverable')}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {read('lead', 'plans.unitsHint')}
              {read('cooperating', 'plans.unitsHint')}
              {read('deadline', 'plans.deadlineHint')}
              {read('budget', 'plans.budgetHint')}
            </SimpleGrid>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={saving} disabled={stale}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

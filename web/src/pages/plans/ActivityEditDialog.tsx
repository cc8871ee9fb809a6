import { Paper, Select, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { reviseActivityRequest } from '../../../../src/contracts/plans.js';
import {
  planImportQuery,
  planKeys,
  reviseActivity,
  type ActivityRevision,
  type PlanActivity,
  type PlanImportDetail,
} from '../../api/plans.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { validateForm } from '../../forms/validate.js';
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
  const { errors, serverError, stale, pending, clear, submit } = useFormSubmission();

  // Opening on another activity starts from that activity as the draft has it now.
  const [shown, setShown] = useState<PlanActivity | null>(null);
  if (activity !== shown) {
    setShown(activity);
    if (activity) reset(activity, draft.version);
  }

  function reset(next: PlanActivity, version: number) {
    setBase({ activity: next, version });
    setForm(formOf(next));
    clear();
  }

  const reload = async () => {
    if (!base) return;
    const fresh = await queryClient.fetchQuery({ ...planImportQuery(draft.id), staleTime: 0 });
    const again = fresh.content.activities.find((candidate) => candidate.id === base.activity.id);
    if (again) reset(again, fresh.version);
    else onClose();
  };

  const save = () => {
    if (!base || !form) return;
    const revision = changesOf(formOf(base.activity), form);
    if (Object.keys(revision).length === 0) {
      onClose();
      return;
    }
    void submit(validateForm(reviseActivityRequest, { ...revision, version: base.version }), async () => {
      const saved = await reviseActivity(draft.id, base.activity.id, base.version, revision);
      queryClient.setQueryData(planKeys.import(draft.id), saved);
      void queryClient.invalidateQueries({ queryKey: planKeys.importList });
      const revised = saved.content.activities.find((candidate) => candidate.id === base.activity.id);
      const left = revised?.warnings ?? [];
      notifications.show(
        left.length === 0
          ? { color: 'green', message: t('plans.savedClean') }
          : {
              color: 'orange',
              message: t('plans.savedWithWarnings', {
                warnings: left.map((w) => t(warningLabelKey(w.code))).join(', '),
              }),
            },
      );
      onClose();
    });
  };

  const set = (field: keyof FormState, value: string) =>
    setForm((current) => (current ? { ...current, [field]: value } : current));
  const text = (field: (typeof TEXT_FIELDS)[number]) => (
    <Textarea
      key={field}
      label={t(`plans.field.${field}`)}
      autosize
      minRows={1}
      maxRows={6}
      value={form?.[field] ?? ''}
      onChange={(e) => set(field, e.currentTarget.value)}
      error={errors[field]}
    />
  );
  const read = (
    field: (typeof READ_FIELDS)[number],
    hint: 'plans.unitsHint' | 'plans.deadlineHint' | 'plans.budgetHint',
  ) => (
    <TextInput
      key={field}
      label={t(`plans.field.${field}`)}
      description={t(hint)}
      value={form?.[field] ?? ''}
      onChange={(e) => set(field, e.currentTarget.value)}
      error={errors[field]}
    />
  );

  return (
    <FormDialog
      opened={activity !== null}
      onClose={onClose}
      title={t('plans.editTitle')}
      size="xl"
      error={serverError}
      stale={stale && { title: t('plans.staleTitle'), onReload: () => void reload() }}
      submitLabel={t('common.save')}
      pending={pending}
      onSubmit={save}
    >
      {base && form && (
        <>
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
        </>
      )}
    </FormDialog>
  );
}

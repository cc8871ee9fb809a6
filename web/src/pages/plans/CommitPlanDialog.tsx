import { Alert, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { commitPlanImportRequest } from '../../../../src/contracts/plans.js';
import { commitPlanImport, planKeys, type PlanImportDetail } from '../../api/plans.js';
import { useOnOpen } from '../../components/useOnOpen.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { validateForm } from '../../forms/validate.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';

/** The name a plan is first given: the revised plan's own, else the document's title as a plan title. */
function suggestedName(draft: PlanImportDetail): string {
  if (draft.basePlanName) return draft.basePlanName;
  const title = draft.title?.trim() ?? '';
  if (!title) return '';
  return /^kế hoạch/i.test(title) ? title : `Kế hoạch ${title.charAt(0).toLocaleLowerCase('vi') + title.slice(1)}`;
}

export function CommitPlanDialog({
  draft,
  opened,
  onClose,
}: {
  draft: PlanImportDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const { errors, serverError, stale, pending, clear, submit } = useFormSubmission();

  useOnOpen(opened, () => {
    setName(suggestedName(draft));
    setNote('');
    clear();
  });

  /** Someone else corrected the draft meanwhile: fetch it (the review behind refreshes) and let the user look again. */
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: planKeys.import(draft.id) });
    clear();
  };

  const save = () =>
    void submit(
      validateForm(commitPlanImportRequest, { version: draft.version, name, note: note.trim() || null }),
      async (data) => {
        const committed = await commitPlanImport(draft.id, data);
        notifications.show({
          color: 'green',
          message: t('plans.committedVersion', { name: committed.plan.name, version: committed.plan.currentVersion }),
        });
        queryClient.removeQueries({ queryKey: planKeys.import(draft.id) });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: planKeys.all }),
          queryClient.invalidateQueries({ queryKey: planKeys.importList }),
        ]);
        queryClient.setQueryData(planKeys.detail(committed.plan.id), committed);
        onClose();
        await navigate({ to: '/ke-hoach/$planId', params: { planId: committed.plan.id }, search: {} });
      },
    );

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('plans.commitTitle')}
      size="lg"
      intro={
        <>
          <Text size="sm">
            {draft.basePlanName
              ? t('plans.commitRevisionBody', { name: draft.basePlanName })
              : t('plans.commitNewBody', { count: formatNumberVi(draft.summary.activities) })}
          </Text>
          {draft.summary.activitiesWithWarnings > 0 && (
            <Alert color="orange">
              {t('plans.commitWarnings', { count: formatNumberVi(draft.summary.activitiesWithWarnings) })}
            </Alert>
          )}
        </>
      }
      error={serverError}
      stale={stale && { onReload: () => void reload() }}
      submitLabel={t('plans.commit')}
      pending={pending}
      onSubmit={save}
    >
      <TextInput
        label={t('plans.name')}
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={errors.name}
        data-autofocus
      />
      <Textarea
        label={t('plans.note')}
        description={t('plans.noteHint')}
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={errors.note}
      />
    </FormDialog>
  );
}

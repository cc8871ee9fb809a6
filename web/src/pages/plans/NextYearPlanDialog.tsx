import { Alert, Loader, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { nextYearPlanRequest } from '../../../../src/contracts/programmes.js';
import { planKeys } from '../../api/plans.js';
import { createNextYearPlan, nextYearPreviewQuery, programmeKeys } from '../../api/programmes.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { useOnOpen } from '../../components/useOnOpen.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { validateForm } from '../../forms/validate.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';

/**
 * Asks before making next year's plan from a plan, with what it will hold (how many activities carry over,
 * the deadlines the coordinator will have to set), then opens the new plan.
 */
export function NextYearPlanDialog({
  planId,
  opened,
  onClose,
}: {
  planId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const preview = useQuery({ ...nextYearPreviewQuery(planId), enabled: opened });
  const [name, setName] = useState<string | null>(null);
  const { errors, serverError, pending, clear, submit } = useFormSubmission();

  useOnOpen(opened, () => {
    setName(null);
    clear();
  });

  const data = preview.data;
  const shownName = name ?? data?.name ?? '';
  const save = () =>
    void submit(validateForm(nextYearPlanRequest, { name: shownName }), async (body) => {
      const made = await createNextYearPlan(planId, body.name);
      notifications.show({
        color: 'green',
        message: t('nextYear.created', { name: made.name, activities: formatNumberVi(made.activities) }),
      });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: planKeys.all }),
        queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
      ]);
      onClose();
      await navigate({ to: '/ke-hoach/$planId', params: { planId: made.planId }, search: {} });
    });

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('nextYear.title', { year: data?.year ?? '' })}
      size="lg"
      intro={
        preview.isError ? (
          <Alert color="red" role="alert">
            {preview.error.message}
          </Alert>
        ) : !data ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : data.existing ? (
          <Alert color="orange">
            {t('nextYear.exists', { year: data.existing.year, name: data.existing.name })}{' '}
            <AnchorLink to="/ke-hoach/$planId" params={{ planId: data.existing.id }} search={{}} onClick={onClose}>
              {t('nextYear.open', { year: data.existing.year })}
            </AnchorLink>
          </Alert>
        ) : (
          <>
            <Text size="sm">
              {t('nextYear.body', {
                indicators: formatNumberVi(data.indicators),
                activities: formatNumberVi(data.activities),
                assignments: formatNumberVi(data.assignments),
                from: data.fromPlan.year,
              })}
            </Text>
            {data.deadlinesToSet > 0 && (
              <Alert color="orange">
                {t('nextYear.deadlines', { count: formatNumberVi(data.deadlinesToSet), from: data.fromPlan.year })}
              </Alert>
            )}
            {data.programme && <Text size="sm">{t('nextYear.programme', { name: data.programme.name })}</Text>}
            <Text size="sm" c="dimmed">
              {t('nextYear.after', { year: data.year })}
            </Text>
          </>
        )
      }
      error={serverError}
      submitLabel={t('nextYear.submit', { year: data?.year ?? '' })}
      pending={pending || (!data && !preview.isError)}
      onSubmit={save}
    >
      {data && !data.existing && (
        <TextInput
          label={t('nextYear.name')}
          required
          value={shownName}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          data-autofocus
        />
      )}
    </FormDialog>
  );
}

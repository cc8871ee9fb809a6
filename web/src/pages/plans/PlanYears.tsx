import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/client.js';
import { planKeys, planListQuery, type PlanDetail } from '../../api/plans.js';
import { programmeKeys, programmeListQuery, setPlanProgramme } from '../../api/programmes.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { useT } from '../../i18n/I18nProvider.js';

type Plan = PlanDetail['plan'];

/** A plan made as next year's plan from another: where it came from, and the way to merge its real document. */
export function CarriedFromNotice({
  plan,
  fromPlanId,
  onUpload,
}: {
  plan: Plan;
  fromPlanId: string;
  onUpload: (() => void) | undefined;
}) {
  const t = useT();
  const { data: plans } = useQuery(planListQuery);
  const from = plans?.find((p) => p.id === fromPlanId);
  return (
    <Alert color="blue">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {t('nextYear.carriedFrom')}{' '}
          <AnchorLink to="/ke-hoach/$planId" params={{ planId: fromPlanId }} search={{}} size="sm">
            {from?.name ?? t('nextYear.sourcePlan', { year: plan.year - 1 })}
          </AnchorLink>
        </Text>
        <Text size="sm">{t('nextYear.carriedOver')}</Text>
        {onUpload && (
          <Group gap="sm">
            <Text size="sm">{t('nextYear.uploadHint', { year: plan.year })}</Text>
            <Button size="xs" onClick={onUpload}>
              {t('nextYear.uploadDocument', { year: plan.year })}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

/** The programme a plan belongs to; the coordinators choose among the programmes whose years include the plan's. */
export function PlanProgrammeField({ plan, editable }: { plan: Plan; editable: boolean }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { data: programmes } = useQuery(programmeListQuery);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const current = programmes?.find((p) => p.id === plan.programmeId);
  const none = t('programmes.noProgramme');
  if (!editable)
    return (
      <Text size="sm" mt="xs">
        <Text span fw={700} size="sm">
          {t('programmes.field')}:
        </Text>{' '}
        {current?.name ?? none}
      </Text>
    );
  const choices = (programmes ?? []).filter((p) => p.startYear <= plan.year && plan.year <= p.endYear);
  const change = async (value: string | null) => {
    setError(null);
    setPending(true);
    try {
      await setPlanProgramme(plan.id, value || null);
      notifications.show({ color: 'green', message: t('programmes.assigned') });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: planKeys.all }),
        queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
      ]);
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setPending(false);
    }
  };
  return (
    <Select
      mt="xs"
      maw={480}
      label={t('programmes.field')}
      data={[
        { value: '', label: none },
        ...choices.map((p) => ({ value: p.id, label: `${p.name} (${p.startYear}–${p.endYear})` })),
      ]}
      value={plan.programmeId ?? ''}
      allowDeselect={false}
      disabled={pending || !programmes}
      error={error}
      onChange={(value) => void change(value)}
    />
  );
}

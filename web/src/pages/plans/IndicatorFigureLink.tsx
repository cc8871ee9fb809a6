import { Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { figureCatalogueQuery, linkIndicatorFigure, type PlanIndicatorStatus } from '../../api/reporting.js';
import { isApiError } from '../../api/client.js';
import { formatDateTimeVi } from '../../i18n/format.js';
import { useI18n, useT } from '../../i18n/I18nProvider.js';

const STATUS_COLORS = { suggested: 'yellow', confirmed: 'green', cleared: 'gray' } as const;

/**
 * The catalogue figure a plan target is measured by: the import's suggestion, confirmed, changed (to a figure of
 * the kind the target needs) or cleared by a coordinator; read-only for everyone else.
 */
export function IndicatorFigureLink({
  target,
  planId,
  editable,
}: {
  target: PlanIndicatorStatus;
  planId: string;
  editable: boolean;
}) {
  const t = useT();
  const { locale } = useI18n();
  const queryClient = useQueryClient();
  const { data: catalogue } = useQuery({ ...figureCatalogueQuery, enabled: editable });
  const { figure } = target;
  const link = useMutation({
    mutationFn: (figureKey: string | null) => linkIndicatorFigure(target.id, figureKey),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('figureLink.saved') });
      await queryClient.invalidateQueries({ queryKey: ['reports', 'targets', planId] });
    },
    onError: (error) =>
      notifications.show({ color: 'red', message: isApiError(error) ? error.message : String(error) }),
  });
  const name = figure.name ? (locale === 'en' ? figure.name.en : figure.name.vi) : null;
  const options = (catalogue ?? [])
    .filter((f) => f.kind === figure.kind)
    .map((f) => ({ value: f.key, label: locale === 'en' ? f.name.en : f.name.vi }));
  return (
    <Stack gap={4}>
      {figure.status && (
        <Badge color={STATUS_COLORS[figure.status]} variant="light" tt="none">
          {t(`figureLink.${figure.status}`)}
        </Badge>
      )}
      <Text size="sm">{name ?? t('figureLink.none')}</Text>
      {figure.linkedBy && figure.linkedAt && (
        <Text size="xs" c="dimmed">
          {t('figureLink.by', { name: figure.linkedBy, at: formatDateTimeVi(figure.linkedAt) })}
        </Text>
      )}
      {editable && (
        <Group gap={6}>
          {figure.status === 'suggested' && figure.key && (
            <Button
              size="compact-xs"
              variant="light"
              loading={link.isPending}
              onClick={() => link.mutate(figure.key)}
              aria-label={`${t('figureLink.confirm')}: ${target.subject}`}
            >
              {t('figureLink.confirm')}
            </Button>
          )}
          <Select
            size="xs"
            w={220}
            data={options}
            value={figure.status === 'confirmed' ? figure.key : null}
            placeholder={t('figureLink.changePlaceholder')}
            aria-label={`${t('figureLink.change')}: ${target.subject}`}
            searchable
            disabled={link.isPending}
            onChange={(key) => key && link.mutate(key)}
          />
          {figure.key !== null && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="gray"
              loading={link.isPending}
              onClick={() => link.mutate(null)}
              aria-label={`${t('figureLink.clear')}: ${target.subject}`}
            >
              {t('figureLink.clear')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}

import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  enterIndicatorValue,
  indicatorEvidenceUrl,
  planTargetsQuery,
  reportingKeys,
  uploadIndicatorEvidence,
  type PlanIndicatorStatus,
} from '../../api/reporting.js';
import { isApiError } from '../../api/client.js';
import { useCurrentUser } from '../../api/session.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useI18n, useT } from '../../i18n/I18nProvider.js';
import { canReviewReports } from '../../reporting/access.js';
import { EVIDENCE_ACCEPT } from '../../reporting/labels.js';
import { TableScroll } from '../../components/TableScroll.js';
import { NumberField } from '../../components/NumberField.js';
import { UPLOAD_LIMIT_MB } from '../../../../src/contracts/uploads.js';

const STATUS_COLORS = { achieved: 'green', not_achieved: 'gray', at_risk: 'red' } as const;
export const shownTarget = (t: PlanIndicatorStatus) =>
  `${t.comparator.replace('>=', '≥').replace('<=', '≤')} ${formatNumberVi(t.target)}${t.unit === '%' ? '%' : ` ${t.unit === 'count' ? '' : t.unit}`}`.trim();

/** The plan's targets for the period: figure, status, trend, and the units meeting them; the coordinator enters province-wide figures. */
export function PlanTargets({ planId, periodId }: { planId: string; periodId: string }) {
  const t = useT();
  const user = useCurrentUser();
  const { data: targets } = useQuery(planTargetsQuery(planId, periodId));
  const [editing, setEditing] = useState<PlanIndicatorStatus | null>(null);
  if (!targets) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('targets.title')}
      </Title>
      {!targets.length ? (
        <Alert color="blue">{t('targets.none')}</Alert>
      ) : (
        <TableScroll>
          <Table striped miw={1100} aria-label={t('targets.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('targets.area')}</Table.Th>
                <Table.Th>{t('targets.subject')}</Table.Th>
                <Table.Th>{t('targets.target')}</Table.Th>
                <Table.Th>{t('targets.value')}</Table.Th>
                <Table.Th>{t('targets.status')}</Table.Th>
                <Table.Th>{t('targets.trend')}</Table.Th>
                <Table.Th>{t('targets.units')}</Table.Th>
                {canReviewReports(user.role) && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {targets.map((target) => {
                return (
                  <Table.Tr key={target.id}>
                    <Table.Td>{target.area ?? '—'}</Table.Td>
                    <Table.Td style={{ minWidth: 320 }}>
                      <Text size="sm">{target.subject}</Text>
                      <Text size="xs" c="dimmed" lineClamp={2} title={target.text}>
                        {target.text}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{shownTarget(target)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <ProvinceFigure target={target} periodId={periodId} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Badge
                        styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}
                        color={target.status ? STATUS_COLORS[target.status] : 'gray'}
                        variant="light"
                        tt="none"
                        title={target.explanation}
                      >
                        {t(`indicatorStatus.${target.status ?? 'none'}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{target.trend ? t(`targets.trend.${target.trend}`) : '—'}</Table.Td>
                    <Table.Td>
                      {target.units.meeting}/{target.units.reported}
                    </Table.Td>
                    {canReviewReports(user.role) && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => setEditing(target)}
                          aria-label={`${t('targets.enter')}: ${target.subject}`}
                        >
                          {t('targets.enter')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {editing && <EnterFigure target={editing} planId={planId} periodId={periodId} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

const shownValue = (value: number, unit: string) => `${formatNumberVi(value, 2)}${unit === '%' ? '%' : ''}`;

/**
 * The figure for the target's whole scope this period, as the consolidated report has it: judged, or
 * provisional (part of the units, no verdict), or "Chưa có số liệu"; with the units it covers and its source.
 */
function ProvinceFigure({ target, periodId }: { target: PlanIndicatorStatus; periodId: string }) {
  const t = useT();
  const { locale } = useI18n();
  const { province } = target;
  const shown = province.value ?? province.provisionalValue;
  const source =
    province.source === 'catalogue'
      ? `${t('targets.fromCatalogue')}: ${(locale === 'en' ? target.figure.name?.en : target.figure.name?.vi) ?? ''}`
      : province.source === 'coordinator'
        ? t('targets.fromCoordinator')
        : province.source === 'units'
          ? t('targets.fromUnits')
          : null;
  return (
    <Stack gap={2}>
      <Text size="sm" c={shown === null ? 'dimmed' : undefined}>
        {shown === null ? t('targets.noData') : shownValue(shown, target.unit)}
        {province.value === null && province.provisionalValue !== null && (
          <Text span size="xs" c="orange">
            {' '}
            ({t('targets.provisional')})
          </Text>
        )}
      </Text>
      {province.coverageLabel && (
        <Text size="xs" c="dimmed" title={t('targets.coverage')}>
          {province.coverageLabel}
        </Text>
      )}
      {source && (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'normal' }} maw={260}>
          {t('targets.source')}: {source}
        </Text>
      )}
      {target.coordinatorValue?.evidence && (
        <Anchor
          href={indicatorEvidenceUrl(target.id, periodId)}
          download={target.coordinatorValue.evidence.fileName}
          size="xs"
          aria-label={t('evidence.download', { name: target.coordinatorValue.evidence.fileName })}
        >
          {t('targets.evidence')}
        </Anchor>
      )}
    </Stack>
  );
}

function EnterFigure({
  target,
  planId,
  periodId,
  onClose,
}: {
  target: PlanIndicatorStatus;
  planId: string;
  periodId: string;
  onClose: () => void;
}) {
  const t = useT();
  const client = useQueryClient();
  const [value, setValue] = useState<number | null>(target.coordinatorValue?.value ?? null);
  const [note, setNote] = useState(target.coordinatorValue?.note ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The figure first, then its evidence: the server attaches a file only to a figure that exists.
  const save = useMutation({
    mutationFn: async () => {
      await enterIndicatorValue(target.id, periodId, value!, note);
      if (file) await uploadIndicatorEvidence(target.id, periodId, file);
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: reportingKeys.targets(planId, periodId) });
      notifications.show({ color: 'green', message: t('targets.saved') });
      onClose();
    },
    onError: (e) => setError(isApiError(e) ? e.message : String(e)),
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('targets.enterFor', { subject: target.subject })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          // An empty or unreadable figure is never sent as 0.
          if (value === null || !Number.isFinite(value))
            return setError(t('common.numberNeeded', { field: t('targets.enterValue') }));
          save.mutate();
        }}
      >
        <Stack>
          <NumberField label={t('targets.enterValue')} value={value} onChange={setValue} required />
          <TextInput
            label={t('targets.enterSource')}
            placeholder={t('targets.enterSourceHint')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            required
          />
          <FileInput
            label={t('targets.enterEvidence')}
            description={
              target.coordinatorValue?.evidence
                ? t('targets.enterEvidenceReplace', { name: target.coordinatorValue.evidence.fileName })
                : t('targets.enterEvidenceHint', { limit: UPLOAD_LIMIT_MB })
            }
            accept={EVIDENCE_ACCEPT}
            value={file}
            onChange={setFile}
            clearable
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('targets.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

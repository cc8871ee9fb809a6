import { Anchor, Button, FileButton, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  unitIndicatorEvidenceUrl,
  uploadUnitIndicatorEvidence,
  type ReportContent,
  type UnitReport,
} from '../../api/reporting.js';
import { isApiError } from '../../api/client.js';
import { EVIDENCE_ACCEPT } from '../../reporting/labels.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { ItemComments, type ReviewComment } from './ItemComments.js';
import { TableScroll } from '../../components/TableScroll.js';
import { NumberField } from '../../components/NumberField.js';
import { EmptyState } from '../../components/EmptyState.js';

type Value = ReportContent['indicators'][number];

interface ReportIndicatorsProps {
  periodId: string;
  unitId: string;
  values: Value[];
  indicators: UnitReport['indicators'];
  editable: boolean;
  onChange: (index: number, next: Value) => void;
  returnedComment: (key: string) => string | undefined;
  review: (key: string) => ReviewComment | null;
}

const target = (indicator: UnitReport['indicators'][number]) =>
  `${indicator.comparator} ${formatNumberVi(indicator.value)}${indicator.unit === '%' ? '%' : ` ${indicator.unit}`}`;

/** The targets the unit answers for, each with the value reached in the period. */
export function ReportIndicators({
  periodId,
  unitId,
  values,
  indicators,
  editable,
  onChange,
  returnedComment,
  review,
}: ReportIndicatorsProps) {
  const t = useT();
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  if (!values.length) return <EmptyState inline>{t('report.noIndicators')}</EmptyState>;
  return (
    <TableScroll>
      <Table aria-label={t('report.indicators')} miw={820} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('report.indicator')}</Table.Th>
            <Table.Th scope="col">{t('report.target')}</Table.Th>
            <Table.Th scope="col" w={240}>
              {t('report.value')}
            </Table.Th>
            <Table.Th scope="col">{t('report.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {values.map((value, index) => {
            const indicator = byId.get(value.indicatorId);
            const label = indicator
              ? `${indicator.area ? `${indicator.area}. ` : ''}${indicator.subject}`
              : value.indicatorId;
            const comments = returnedComment(value.indicatorId) || review(value.indicatorId);
            return (
              <Table.Tr key={value.indicatorId}>
                <Table.Td maw={420}>
                  <Stack gap={4}>
                    <Text size="sm">{label}</Text>
                    {indicator && (
                      <Text size="xs" c="dimmed">
                        {indicator.text}
                      </Text>
                    )}
                    {comments && (
                      <ItemComments returned={returnedComment(value.indicatorId)} review={review(value.indicatorId)} />
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{indicator ? target(indicator) : t('common.none')}</Table.Td>
                <Table.Td>
                  {indicator ? (
                    <FigureEntry
                      indicator={indicator}
                      value={value}
                      label={label}
                      editable={editable}
                      onChange={(next) => onChange(index, next)}
                    />
                  ) : value.value === null ? (
                    t('common.none')
                  ) : (
                    formatNumberVi(value.value)
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    {editable ? (
                      <TextInput
                        aria-label={`${t('report.note')}: ${label}`}
                        value={value.note}
                        onChange={(event) => onChange(index, { ...value, note: event.currentTarget.value })}
                      />
                    ) : (
                      value.note || t('common.none')
                    )}
                    {indicator?.entry !== 'figure' && (
                      <FigureEvidence
                        target={{ periodId, unitId, indicatorId: value.indicatorId }}
                        value={value}
                        label={label}
                        editable={editable}
                        onChange={(next) => onChange(index, next)}
                      />
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

const percent = (value: number) => `${formatNumberVi(value, 2)}%`;

/**
 * How the unit gives its figure: a target linked to a tracked figure shows the unit's own value, computed
 * (read-only); a rate asks its two counts and shows the rate they give (never typed); a count is typed.
 * A report from before counts were asked keeps its typed rate, shown as it was.
 */
function FigureEntry({
  indicator,
  value,
  label,
  editable,
  onChange,
}: {
  indicator: UnitReport['indicators'][number];
  value: Value;
  label: string;
  editable: boolean;
  onChange: (next: Value) => void;
}) {
  const t = useT();
  if (indicator.entry === 'figure') {
    const figure = indicator.figure;
    return (
      <Stack gap={2}>
        <Text size="sm">
          {figure?.value == null
            ? t('report.figureNone')
            : indicator.unit === '%'
              ? percent(figure.value)
              : formatNumberVi(figure.value, 2)}
          {figure?.numerator != null && figure.denominator != null && (
            <Text span size="xs" c="dimmed">
              {' '}
              ({formatNumberVi(figure.numerator)}/{formatNumberVi(figure.denominator)})
            </Text>
          )}
        </Text>
        <Text size="xs" c="dimmed">
          {t('report.figureAuto', { source: figure?.sourceLabel.replace(/^Số liệu theo dõi: /, '') ?? '' })}
        </Text>
      </Stack>
    );
  }
  if (indicator.entry === 'counts') {
    const labels = indicator.countLabels ?? { numerator: 'Tử số', denominator: 'Mẫu số' };
    const numerator = value.numerator ?? null;
    const denominator = value.denominator ?? null;
    const computed =
      numerator !== null && denominator !== null && denominator > 0 && numerator <= denominator
        ? Math.round((numerator / denominator) * 10000) / 100
        : null;
    if (!editable)
      return numerator !== null && denominator !== null ? (
        <Text size="sm">
          {formatNumberVi(numerator)}/{formatNumberVi(denominator)} ={' '}
          {value.value === null ? '—' : percent(value.value)}
        </Text>
      ) : value.value !== null ? (
        // A report from before counts were asked: its typed rate, as sent.
        <Text size="sm">{percent(value.value)}</Text>
      ) : (
        <Text size="sm">{t('common.none')}</Text>
      );
    return (
      <Stack gap={4}>
        <NumberField
          size="xs"
          label={labels.numerator}
          aria-label={`${labels.numerator}: ${label}`}
          value={numerator}
          min={0}
          onChange={(next) => onChange({ ...value, numerator: next })}
        />
        <NumberField
          size="xs"
          label={labels.denominator}
          aria-label={`${labels.denominator}: ${label}`}
          value={denominator}
          min={0}
          onChange={(next) => onChange({ ...value, denominator: next })}
        />
        <Text size="xs" c="dimmed" aria-live="polite">
          {computed === null ? t('common.none') : t('report.computedRate', { value: percent(computed) })}
        </Text>
        {numerator === null && denominator === null && value.value !== null && (
          // Saved before counts were asked: the rate typed then, until the counts replace it.
          <Text size="xs" c="dimmed">
            {t('report.previousRate', { value: percent(value.value) })}
          </Text>
        )}
      </Stack>
    );
  }
  return editable ? (
    <NumberField
      aria-label={`${t('report.value')}: ${label}`}
      value={value.value}
      onChange={(next) => onChange({ ...value, value: next })}
    />
  ) : value.value === null ? (
    t('common.none')
  ) : (
    formatNumberVi(value.value)
  );
}

/** The unit's evidence of its figure: the file attached, and (while editable) a button to attach or replace it. */
function FigureEvidence({
  target,
  value,
  label,
  editable,
  onChange,
}: {
  target: { periodId: string; unitId: string; indicatorId: string };
  value: Value;
  label: string;
  editable: boolean;
  onChange: (next: Value) => void;
}) {
  const t = useT();
  const [pending, setPending] = useState(false);
  const attach = async (file: File | null) => {
    if (!file) return;
    setPending(true);
    try {
      const stored = await uploadUnitIndicatorEvidence(target.periodId, target.unitId, target.indicatorId, file);
      onChange({ ...value, evidenceFileId: stored.fileId, evidenceFileName: stored.fileName });
      notifications.show({ color: 'green', message: t('report.figureEvidenceAttached', { name: stored.fileName }) });
    } catch (error) {
      notifications.show({ color: 'red', message: isApiError(error) ? error.message : String(error) });
    } finally {
      setPending(false);
    }
  };
  return (
    <Group gap={6}>
      {value.evidenceFileId && (
        <Anchor
          size="xs"
          href={unitIndicatorEvidenceUrl(target.periodId, target.unitId, target.indicatorId, value.evidenceFileId)}
          download={value.evidenceFileName ?? undefined}
          aria-label={t('evidence.download', { name: value.evidenceFileName ?? '' })}
        >
          {value.evidenceFileName ?? t('targets.evidence')}
        </Anchor>
      )}
      {editable && (
        <FileButton onChange={(file) => void attach(file)} accept={EVIDENCE_ACCEPT}>
          {(props) => (
            <Button
              {...props}
              size="compact-xs"
              variant="light"
              loading={pending}
              aria-label={`${t('report.figureEvidence')}: ${label}`}
            >
              {value.evidenceFileId ? t('report.figureEvidenceReplace') : t('report.figureEvidence')}
            </Button>
          )}
        </FileButton>
      )}
    </Group>
  );
}

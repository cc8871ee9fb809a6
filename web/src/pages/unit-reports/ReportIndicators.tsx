import { Stack, Table, Text, TextInput } from '@mantine/core';
import type { ReportContent, UnitReport } from '../../api/reporting.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { ItemComments, type ReviewComment } from './ItemComments.js';
import { TableScroll } from '../../components/TableScroll.js';
import { NumberField } from '../../components/NumberField.js';
import { EmptyState } from '../../components/EmptyState.js';

type Value = ReportContent['indicators'][number];

interface ReportIndicatorsProps {
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
            <Table.Th scope="col" w={160}>
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
                  {editable ? (
                    <NumberField
                      aria-label={`${t('report.value')}: ${label}`}
                      value={value.value}
                      onChange={(next) => onChange(index, { ...value, value: next })}
                    />
                  ) : value.value === null ? (
                    t('common.none')
                  ) : (
                    formatNumberVi(value.value)
                  )}
                </Table.Td>
                <Table.Td>
                  {editable ? (
                    <TextInput
                      aria-label={`${t('report.note')}: ${label}`}
                      value={value.note}
                      onChange={(event) => onChange(index, { ...value, note: event.currentTarget.value })}
                    />
                  ) : (
                    value.note || t('common.none')
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

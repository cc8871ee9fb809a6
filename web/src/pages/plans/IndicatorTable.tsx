import { Table, Text } from '@mantine/core';
import type { PlanIndicator } from '../../api/plans.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { TableScroll } from '../../components/TableScroll.js';

const COMPARATORS: Record<PlanIndicator['comparator'], string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' };

/** "≥ 30 %": the target as the plan states it. */
export const targetText = (indicator: PlanIndicator) =>
  `${COMPARATORS[indicator.comparator]} ${formatNumberVi(indicator.value)} ${indicator.unit}`.trim();

export function IndicatorTable({ indicators }: { indicators: PlanIndicator[] }) {
  const t = useT();
  const levelLabel = (level: PlanIndicator['level']) => (level === null ? t('common.none') : t(`planLevel.${level}`));
  return (
    <TableScroll>
      <Table aria-label={t('plans.indicators')} layout="fixed" miw={800} striped className="activity-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={80}>
              {t('plans.field.area')}
            </Table.Th>
            <Table.Th scope="col">{t('plans.indicatorText')}</Table.Th>
            <Table.Th scope="col" w={130}>
              {t('plans.indicatorTarget')}
            </Table.Th>
            <Table.Th scope="col" w={130}>
              {t('plans.indicatorLevel')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((indicator) => (
            <Table.Tr key={indicator.id}>
              <Table.Td>{indicator.area ?? t('common.none')}</Table.Td>
              <Table.Td>
                {indicator.subject && indicator.subject !== indicator.text && (
                  <Text size="sm" fw={500}>
                    {indicator.subject}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {indicator.text}
                </Text>
              </Table.Td>
              <Table.Td>{targetText(indicator)}</Table.Td>
              <Table.Td>{levelLabel(indicator.level)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

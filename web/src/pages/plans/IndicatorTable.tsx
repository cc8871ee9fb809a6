import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { PlanIndicator } from '../../api/plans.js';
import { periodsQuery, planTargetsQuery } from '../../api/reporting.js';
import { useCurrentUser } from '../../api/session.js';
import { canLinkFigures } from '../../auth/roles.js';
import { IndicatorFigureLink } from './IndicatorFigureLink.js';
import { figureDefinition } from '../../../../src/domain/figures/catalogue.js';
import { suggestFigureForTarget } from '../../../../src/domain/figures/indicator-link.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useI18n, useT } from '../../i18n/I18nProvider.js';
import { TableScroll } from '../../components/TableScroll.js';

const COMPARATORS: Record<PlanIndicator['comparator'], string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' };

/** "≥ 30 %": the target as the plan states it. */
export const targetText = (indicator: PlanIndicator) =>
  `${COMPARATORS[indicator.comparator]} ${formatNumberVi(indicator.value)} ${indicator.unit}`.trim();

/**
 * The plan's targets as printed; for a committed plan (`planId`), each with the catalogue figure it is measured
 * by (suggested at import; a coordinator confirms, changes or clears it).
 */
export function IndicatorTable({ indicators, planId }: { indicators: PlanIndicator[]; planId?: string }) {
  const t = useT();
  const { locale } = useI18n();
  // A draft under review: the figure the commit will suggest for each target (the same rule as the server's).
  const suggestion = (indicator: PlanIndicator) => {
    const key = suggestFigureForTarget(indicator.subject || indicator.text, indicator.unit);
    return key ? figureDefinition(key).name[locale === 'en' ? 'en' : 'vi'] : null;
  };
  const user = useCurrentUser();
  const { data: periods } = useQuery({ ...periodsQuery(planId ?? ''), enabled: !!planId });
  // The links do not depend on the period; the targets' list is read for the first one.
  const periodId = periods?.[0]?.id;
  const { data: targets } = useQuery({ ...planTargetsQuery(planId ?? '', periodId ?? ''), enabled: !!periodId });
  const byKey = new Map((targets ?? []).map((target) => [target.indicatorKey, target]));
  const linkable = !!planId && canLinkFigures(user.role);
  const levelLabel = (level: PlanIndicator['level']) => (level === null ? t('common.none') : t(`planLevel.${level}`));
  return (
    <TableScroll>
      <Table
        aria-label={t('plans.indicators')}
        layout="fixed"
        miw={planId ? 1100 : 960}
        striped
        className="activity-table"
      >
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
            <Table.Th scope="col" w={!planId ? 200 : linkable ? 300 : 220} title={t('figureLink.hint')}>
              {t('figureLink.column')}
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
              <Table.Td>
                {planId ? (
                  byKey.get(indicator.id) ? (
                    <IndicatorFigureLink target={byKey.get(indicator.id)!} planId={planId} editable={linkable} />
                  ) : (
                    t('common.none')
                  )
                ) : suggestion(indicator) ? (
                  <Text size="sm">
                    {t('figureLink.suggested')}: {suggestion(indicator)}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('figureLink.none')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

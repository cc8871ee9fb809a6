import { Alert, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { committedPlansQuery, periodsQuery, planTargetsQuery } from '../../api/reporting.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { Section } from '../../components/Section.js';
import { TableScroll } from '../../components/TableScroll.js';
import { useI18n, useT } from '../../i18n/I18nProvider.js';
import { reportingPeriodFor, targetsFedByThePage } from '../../service-quality/targets-fed.js';
import { shownTarget } from '../unit-reports/PlanTargets.js';

/** The plan targets these figures feed, with their value as the reports page computes it, and a way there. */
export function TargetsFed({ year, spanEnd }: { year: number; spanEnd: string }) {
  const t = useT();
  const { data: plans } = useQuery(committedPlansQuery);
  const plan = plans?.find((p) => p.year === year) ?? null;
  const { data: periods } = useQuery({ ...periodsQuery(plan?.id ?? ''), enabled: plan !== null });
  const period = periods ? reportingPeriodFor(periods, spanEnd) : null;
  const { data: targets } = useQuery({
    ...planTargetsQuery(plan?.id ?? '', period?.id ?? ''),
    enabled: plan !== null && period !== null,
  });
  const title = t('sq.targets.title');
  if (plans && !plan)
    return (
      <Section title={title}>
        <Alert color="blue">{t('sq.targets.noPlan', { year: String(year) })}</Alert>
      </Section>
    );
  if (!plan || !period || !targets) return null;
  const fed = targetsFedByThePage(targets);
  return (
    <Section title={title} hint={t('sq.targets.hint', { plan: plan.name, period: period.label })}>
      {fed.length === 0 ? (
        <Alert color="blue">{t('sq.targets.none')}</Alert>
      ) : (
        <TableScroll>
          <Table striped aria-label={title} miw={760}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('targets.subject')}</Table.Th>
                <Table.Th scope="col">{t('targets.target')}</Table.Th>
                <Table.Th scope="col">{t('sq.targets.figure')}</Table.Th>
                <Table.Th scope="col">{t('targets.value')}</Table.Th>
                <Table.Th scope="col">{t('targets.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fed.map((target) => (
                <FedRow key={target.id} target={target} />
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <AnchorLink to="/bao-cao" search={{ planId: plan.id, periodId: period.id }} size="sm">
        {t('sq.targets.open')}
      </AnchorLink>
    </Section>
  );
}

function FedRow({ target }: { target: Parameters<typeof shownTarget>[0] }) {
  const { locale } = useI18n();
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">{target.subject}</Text>
        {target.area && (
          <Text size="xs" c="dimmed">
            {target.area}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{shownTarget(target)}</Table.Td>
      <Table.Td>{target.figure.name?.[locale] ?? target.figure.key}</Table.Td>
      <Table.Td>
        <Text size="sm">{target.province.resultLabel}</Text>
        <Text size="xs" c="dimmed">
          {target.province.coverageLabel}
        </Text>
      </Table.Td>
      <Table.Td>{target.statusLabel}</Table.Td>
    </Table.Tr>
  );
}

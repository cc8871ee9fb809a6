import { Alert, Badge, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { reportCompareQuery, reportVersionsQuery, type ReportDiff, type UnitReport } from '../../api/reporting.js';
import { Section } from '../../components/Section.js';
import { formatDateTimeVi, formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { defaultComparison } from '../../reporting/comparison.js';
import { WordDiffText } from './WordDiffText.js';
import { TableScroll } from '../../components/TableScroll.js';

/** Every submission, return, acceptance and reopening, and what changed between any two of them. */
export function ReportHistory({ report }: { report: UnitReport }) {
  const t = useT();
  const { data: versions } = useQuery(reportVersionsQuery(report.period.id, report.unitId));
  if (!versions) return <Loader aria-label={t('app.loading')} />;
  return (
    <Section title={t('versions.title')}>
      {versions.length === 0 ? (
        <Text size="sm">{t('versions.none')}</Text>
      ) : (
        <Stack>
          <TableScroll>
            <Table aria-label={t('versions.title')} miw={720}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('versions.number')}</Table.Th>
                  <Table.Th scope="col">{t('versions.action')}</Table.Th>
                  <Table.Th scope="col">{t('versions.actor')}</Table.Th>
                  <Table.Th scope="col">{t('versions.at')}</Table.Th>
                  <Table.Th scope="col">{t('versions.comment')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {versions.map((version) => (
                  <Table.Tr key={version.number}>
                    <Table.Td>{version.number}</Table.Td>
                    <Table.Td>{t(`versionAction.${version.action}`)}</Table.Td>
                    <Table.Td>{version.actorName ?? t('common.none')}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTimeVi(version.at)}</Table.Td>
                    <Table.Td>
                      {[version.overallComment, version.reason, ...version.itemComments.map((c) => c.comment)]
                        .filter(Boolean)
                        .join(' · ') || t('common.none')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <CompareVersions
            key={versions.length}
            report={report}
            initial={defaultComparison(versions, report.allowedActions.includes('edit'))}
            versions={versions.map((v) => ({
              value: String(v.number),
              label: t('compare.version', {
                number: v.number,
                action: t(`versionAction.${v.action}`),
                at: formatDateTimeVi(v.at),
              }),
            }))}
          />
        </Stack>
      )}
    </Section>
  );
}

interface CompareProps {
  report: UnitReport;
  initial: { from: number; to: number };
  versions: { value: string; label: string }[];
}

function CompareVersions({ report, initial, versions }: CompareProps) {
  const t = useT();
  const options = [...versions, { value: '0', label: t('compare.working') }];
  const [from, setFrom] = useState(String(initial.from));
  const [to, setTo] = useState(String(initial.to));
  const { data: diff, isFetching } = useQuery(
    reportCompareQuery(report.period.id, report.unitId, Number(from), Number(to)),
  );
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('compare.title')}
      </Title>
      <Group grow align="flex-end">
        <Select
          label={t('compare.from')}
          allowDeselect={false}
          data={options}
          value={from}
          onChange={(value) => value && setFrom(value)}
        />
        <Select
          label={t('compare.to')}
          allowDeselect={false}
          data={options}
          value={to}
          onChange={(value) => value && setTo(value)}
        />
      </Group>
      {isFetching && !diff ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : (
        diff && <DiffView diff={diff} report={report} />
      )}
    </Stack>
  );
}

function DiffView({ diff, report }: { diff: ReportDiff; report: UnitReport }) {
  const t = useT();
  if (!diff.changed) return <Alert color="gray">{t('compare.same')}</Alert>;
  const assignments = new Map(report.assignments.map((a) => [a.id, a]));
  const indicators = new Map(report.indicators.map((i) => [i.id, i]));
  const kind = (change: 'added' | 'removed' | 'changed') =>
    change !== 'changed' && (
      <Badge size="xs" color={change === 'added' ? 'green' : 'red'} tt="none">
        {t(`compare.${change}`)}
      </Badge>
    );
  const value = (n: number | null) => (n === null ? t('common.none') : formatNumberVi(n));
  return (
    <Stack gap="sm" aria-label={t('compare.title')} role="region">
      <Text size="xs" c="dimmed">
        {t('compare.legend')}
      </Text>
      {diff.items.map((item) => {
        const assignment = assignments.get(item.assignmentId);
        return (
          <Stack key={item.assignmentId} gap={2}>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {[assignment?.area, assignment?.number].filter(Boolean).join('.')}{' '}
                {assignment?.title ?? item.assignmentId}
              </Text>
              {kind(item.change)}
            </Group>
            {item.fields.map((field) => (
              <Text key={field.field} size="sm">
                {field.summary}
              </Text>
            ))}
            {item.result && <WordDiffText ops={item.result} />}
            {item.evidenceAdded.length > 0 && (
              <Text size="sm">{t('compare.evidenceAdded', { count: item.evidenceAdded.length })}</Text>
            )}
            {item.evidenceRemoved.length > 0 && (
              <Text size="sm">{t('compare.evidenceRemoved', { count: item.evidenceRemoved.length })}</Text>
            )}
          </Stack>
        );
      })}
      {diff.indicators.map((indicator) => (
        <Stack key={indicator.indicatorId} gap={2}>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {indicators.get(indicator.indicatorId)?.subject ?? indicator.indicatorId}
            </Text>
            {kind(indicator.change)}
          </Group>
          {indicator.before !== indicator.after && (
            <Text size="sm">
              {t('compare.value', { before: value(indicator.before), after: value(indicator.after) })}
            </Text>
          )}
          {indicator.note && <WordDiffText ops={indicator.note} />}
        </Stack>
      ))}
      {diff.sections.map((section) => (
        <Stack key={section.section} gap={2}>
          <Text size="sm" fw={600}>
            {t(`section.${section.section}`)}
          </Text>
          <WordDiffText ops={section.ops} />
        </Stack>
      ))}
    </Stack>
  );
}

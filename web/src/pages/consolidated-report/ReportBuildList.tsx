import { Alert, Anchor, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { reportBuildDownloadUrl, reportBuildsQuery, type ReportBuild } from '../../api/consolidated-report.js';
import { Section } from '../../components/Section.js';
import { formatDateTimeVi, formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { formatFileSize, formatRate } from '../../reporting/labels.js';
import { TableScroll } from '../../components/TableScroll.js';
import { EmptyState } from '../../components/EmptyState.js';

/** Every build of the period's consolidated report, newest first, each with its Word report and Excel appendix. */
export function ReportBuildList({ periodId }: { periodId: string }) {
  const t = useT();
  const { data: builds, isPending, isError } = useQuery(reportBuildsQuery(periodId));
  return (
    <Section title={t('consolidated.builds')}>
      {isPending ? (
        <Loader aria-label={t('app.loading')} />
      ) : isError ? (
        <Alert color="red">{t('app.error')}</Alert>
      ) : builds.length === 0 ? (
        <EmptyState inline>{t('consolidated.noBuilds')}</EmptyState>
      ) : (
        <TableScroll>
          <Table striped aria-label={t('consolidated.builds')} miw={820}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('consolidated.builtAt')}</Table.Th>
                <Table.Th scope="col">{t('consolidated.builtBy')}</Table.Th>
                <Table.Th scope="col">{t('consolidated.draftVersion')}</Table.Th>
                <Table.Th scope="col">{t('consolidated.figures')}</Table.Th>
                <Table.Th scope="col">{t('consolidated.files')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {builds.map((build) => (
                <BuildRow key={build.id} build={build} />
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Section>
  );
}

function BuildRow({ build }: { build: ReportBuild }) {
  const t = useT();
  const none = t('common.none');
  const count = (key: string) => {
    const value = build.summary[key];
    return value === undefined || value === null ? none : formatNumberVi(value);
  };
  const rate = build.summary.completionRate;
  const files = [
    { format: 'docx' as const, label: t('consolidated.downloadWord'), file: build.docx },
    { format: 'xlsx' as const, label: t('consolidated.downloadExcel'), file: build.xlsx },
  ];
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTimeVi(build.builtAt)}</Table.Td>
      <Table.Td>{build.builtByName ?? none}</Table.Td>
      <Table.Td>
        {build.draftVersion === 0
          ? t('consolidated.defaultTexts')
          : t('consolidated.savedVersion', { version: build.draftVersion })}
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {t('consolidated.summaryWork', {
            finished: count('finished'),
            assignments: count('assignments'),
            rate: formatRate(rate ?? null, none),
            overdue: count('overdue'),
          })}
        </Text>
        <Text size="sm">
          {t('consolidated.summaryReports', {
            received: count('receivedReports'),
            expected: count('expectedReports'),
            late: count('lateReports'),
            missing: count('missingReports'),
          })}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          {files.map(({ format, label, file }) => (
            <Group key={format} gap={6} wrap="nowrap">
              <Anchor href={reportBuildDownloadUrl(build.id, format)} download={file.fileName} size="sm">
                {label}
              </Anchor>
              <Text span size="xs" c="dimmed">
                ({formatFileSize(file.sizeBytes)})
              </Text>
            </Group>
          ))}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

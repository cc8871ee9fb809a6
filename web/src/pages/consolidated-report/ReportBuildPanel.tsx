import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/client.js';
import { isFinished, jobQuery, reportsKeys, startReportBuild } from '../../api/consolidated-report.js';
import { Section } from '../../components/Section.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { t as translateNow } from '../../i18n/translate.js';

interface ReportBuildPanelProps {
  periodId: string;
  /** The form holds unsaved texts: a build would not contain them, so it waits until they are saved. */
  unsaved: boolean;
}

/** Starts a build of the consolidated report and follows its job until the files are ready. */
export function ReportBuildPanel({ periodId, unsaved }: ReportBuildPanelProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { data: job, error: pollError } = useQuery({ ...jobQuery(jobId ?? ''), enabled: jobId !== null });
  const running = starting || (job !== undefined && !isFinished(job));

  // Once per job: the new build joins the list. (The module's translate keeps a language switch from saying it again.)
  const done = job?.status === 'done' ? job.id : null;
  useEffect(() => {
    if (!done) return;
    void queryClient.invalidateQueries({ queryKey: reportsKeys.builds(periodId) });
    notifications.show({ color: 'green', message: translateNow('consolidated.built') });
  }, [done, periodId, queryClient]);

  const start = async () => {
    setStarting(true);
    setError(null);
    try {
      const started = await startReportBuild(periodId);
      queryClient.setQueryData(reportsKeys.job(started.id), started);
      setJobId(started.id);
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setStarting(false);
    }
  };

  return (
    <Section title={t('consolidated.build')} hint={t('consolidated.buildHint')}>
      <Stack>
        <Group justify="flex-end">
          {unsaved && (
            <Text size="sm" c="orange">
              {t('consolidated.saveBeforeBuild')}
            </Text>
          )}
          <Button onClick={() => void start()} loading={running} disabled={unsaved}>
            {t('consolidated.buildAction')}
          </Button>
        </Group>
        {job && (
          <Stack gap={4} role="status" aria-label={t('consolidated.progress')}>
            <Group justify="space-between">
              <Text size="sm">{job.stage}</Text>
              <Text size="sm" fw={600}>
                {formatNumberVi(job.progress)}%
              </Text>
            </Group>
            <Progress
              value={job.progress}
              animated={!isFinished(job)}
              color={job.status === 'failed' ? 'red' : job.status === 'done' ? 'green' : 'blue'}
              aria-label={t('consolidated.progress')}
            />
          </Stack>
        )}
        {job?.status === 'failed' && (
          <Alert color="red" role="alert" title={t('consolidated.buildFailed')}>
            {job.error ?? job.stage}
          </Alert>
        )}
        {(error ?? pollError) && (
          <Alert color="red" role="alert">
            {error ?? (isApiError(pollError) ? pollError.message : t('error.network'))}
          </Alert>
        )}
      </Stack>
    </Section>
  );
}

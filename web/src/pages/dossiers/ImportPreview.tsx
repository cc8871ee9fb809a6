import { Alert, Button, Group, List, Progress, Stack, Table, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { DOSSIER_FIELDS, type DossierField } from '../../../../src/domain/dossiers/dossier-record.js';
import { isApiError } from '../../api/client.js';
import { isFinished, jobQuery, reportsKeys } from '../../api/consolidated-report.js';
import { commitDossierImport, dossierImportQuery, dossierKeys, type DossierImport } from '../../api/dossiers.js';
import { ButtonLink } from '../../components/ButtonLink.js';
import { useConfirm } from '../../components/ConfirmDialog.js';
import { FigureGrid } from '../../components/FigureGrid.js';
import { QueryState } from '../../components/PageShell.js';
import { Pager } from '../../components/Pager.js';
import { Section } from '../../components/Section.js';
import { TableScroll } from '../../components/TableScroll.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { ColumnMapping } from './ColumnMapping.js';

const PROBLEMS_PAGE = 20;

/** One uploaded file: what was read, its column mapping, the refused rows, then writing it and the result. */
export function ImportPreview({ importId, onAnother }: { importId: string; onAnother: () => void }) {
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useQuery({ ...jobQuery(jobId ?? ''), enabled: jobId !== null });
  const running = jobId !== null && (!job.data || !isFinished(job.data));
  const draft = useQuery(dossierImportQuery(importId, running));
  useRefreshOnDone(importId, running, draft.data?.status === 'committed');
  // A job already writing this import (the page was reloaded meanwhile) is followed too.
  const known = draft.data?.jobId ?? null;
  if (known && jobId === null && draft.data?.status === 'preview') setJobId(known);
  return (
    <QueryState query={draft}>
      {(data) => (
        <Preview draft={data} job={job.data ?? null} running={running} onStarted={setJobId} onAnother={onAnother} />
      )}
    </QueryState>
  );
}

/**
 * Once the job ends, the import is asked for once more (its counts and status as written); once it is written,
 * the history too. Here, where it stays mounted: the preview turns into the result when the import is written.
 */
function useRefreshOnDone(importId: string, running: boolean, committed: boolean) {
  const queryClient = useQueryClient();
  const wasRunning = useRef(running);
  useEffect(() => {
    if (running) wasRunning.current = true;
    else if (wasRunning.current) {
      wasRunning.current = false;
      void queryClient.invalidateQueries({ queryKey: dossierKeys.import(importId) });
    }
  }, [running, importId, queryClient]);
  useEffect(() => {
    if (committed) void queryClient.invalidateQueries({ queryKey: dossierKeys.imports });
  }, [committed, queryClient]);
}

interface PreviewProps {
  draft: DossierImport;
  job: { status: string; error: string | null } | null;
  running: boolean;
  onStarted: (jobId: string) => void;
  onAnother: () => void;
}

function Preview({ draft, job, running, onStarted, onAnother }: PreviewProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const [confirm, confirmDialog] = useConfirm();
  const [mappingOpen, setMappingOpen] = useState(false);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const total = draft.validRows + draft.invalidRows;
  const needsMapping = draft.missingFields.length > 0 || draft.unknownColumns.length > 0;
  const committed = draft.status === 'committed';
  const failed = job?.status === 'failed';

  const start = async () => {
    if (draft.invalidRows > 0) {
      const ok = await confirm({
        title: t('dossiers.confirmTitle'),
        lines: [
          t('dossiers.confirmValid', { valid: formatNumberVi(draft.validRows) }),
          t('dossiers.confirmInvalid', { invalid: formatNumberVi(draft.invalidRows) }),
        ],
        confirmLabel: t('dossiers.confirmAccept', { valid: formatNumberVi(draft.validRows) }),
      });
      if (!ok) return;
    }
    setStarting(true);
    setError(null);
    try {
      const started = await commitDossierImport(draft.id, draft.invalidRows > 0);
      queryClient.setQueryData(reportsKeys.job(started.id), started);
      onStarted(started.id);
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setStarting(false);
    }
  };

  // The import is written: what the job did, and where to go next.
  if (committed) {
    return (
      <Section title={t('dossiers.result')}>
        <Stack>
          <Text size="sm">{t('dossiers.resultFile', { file: draft.fileName, source: draft.sourceName })}</Text>
          <FigureGrid
            label={t('dossiers.resultLabel')}
            columns={5}
            figures={[
              { label: t('dossiers.inserted'), value: formatNumberVi(draft.inserted ?? 0) },
              { label: t('dossiers.updated'), value: formatNumberVi(draft.updated ?? 0) },
              { label: t('dossiers.unchanged'), value: formatNumberVi(draft.unchanged ?? 0) },
              { label: t('dossiers.skipped'), value: formatNumberVi(draft.invalidRows) },
              {
                label: t('dossiers.unitsNotMatched'),
                value: formatNumberVi(draft.unmatchedUnits.length),
                color: draft.unmatchedUnits.length ? 'orange' : undefined,
              },
            ]}
          />
          <UnmatchedUnits units={draft.unmatchedUnits} />
          <Group>
            <ButtonLink to="/bao-cao" search={{}}>
              {t('dossiers.resultNext')}
            </ButtonLink>
            <Button variant="default" onClick={onAnother}>
              {t('dossiers.another')}
            </Button>
          </Group>
        </Stack>
      </Section>
    );
  }

  return (
    <>
      <Section
        title={t('dossiers.preview', { file: draft.fileName })}
        hint={t('dossiers.previewHint', { source: draft.sourceName })}
        actions={
          <Button variant="default" onClick={onAnother} disabled={running}>
            {t('dossiers.another')}
          </Button>
        }
      >
        <Stack>
          <FigureGrid
            label={t('dossiers.figures')}
            figures={[
              { label: t('dossiers.rowsRead'), value: formatNumberVi(total) },
              { label: t('dossiers.validRows'), value: formatNumberVi(draft.validRows), color: 'green' },
              {
                label: t('dossiers.invalidRows'),
                value: formatNumberVi(draft.invalidRows),
                color: draft.invalidRows ? 'red' : undefined,
              },
              { label: t('dossiers.unknownColumnsCount'), value: formatNumberVi(draft.unknownColumns.length) },
            ]}
          />
          {draft.missingFields.length > 0 && (
            <Alert color="orange" role="alert">
              {t('dossiers.mappingNeeded', {
                fields: draft.missingFields.map((f) => t(`dossiers.field.${f}`)).join(', '),
              })}
            </Alert>
          )}
          {draft.unknownColumns.length > 0 && (
            <div>
              <Text size="sm" fw={500}>
                {t('dossiers.unknownColumns')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('dossiers.unknownColumnsHint')}
              </Text>
              <Text size="sm" aria-label={t('dossiers.unknownColumns')}>
                {draft.unknownColumns.join(' · ')}
              </Text>
            </div>
          )}
          <UnmatchedUnits units={draft.unmatchedUnits} />
          {!needsMapping && !running && (
            <Group>
              <Button variant="subtle" onClick={() => setMappingOpen((open) => !open)}>
                {mappingOpen ? t('dossiers.mappingClose') : t('dossiers.mappingOpen')}
              </Button>
            </Group>
          )}
        </Stack>
      </Section>
      {(needsMapping || mappingOpen) && !running && <ColumnMapping draft={draft} />}
      {draft.invalidRows > 0 && <Problems draft={draft} />}
      <Section
        title={
          running || failed
            ? t('dossiers.writing')
            : t('dossiers.commitValid', { count: formatNumberVi(draft.validRows) })
        }
      >
        <Stack>
          {(running || failed) && (
            <Stack gap={4} role="status" aria-label={t('dossiers.writing')}>
              <Text size="sm">
                {t('dossiers.writingRows', { done: formatNumberVi(draft.rowsDone), total: formatNumberVi(total) })}
              </Text>
              <Progress
                value={total ? (draft.rowsDone / total) * 100 : 0}
                animated={running}
                color={failed ? 'red' : 'blue'}
                aria-label={t('dossiers.writing')}
              />
            </Stack>
          )}
          {!running && draft.validRows === 0 && <Text size="sm">{t('dossiers.commitNothing')}</Text>}
          {!running && draft.validRows > 0 && (
            <Group>
              <Button onClick={() => void start()} loading={starting} disabled={draft.missingFields.length > 0}>
                {t('dossiers.commitValid', { count: formatNumberVi(draft.validRows) })}
              </Button>
            </Group>
          )}
          {failed && (
            <Alert color="red" role="alert" title={t('dossiers.writeFailed')}>
              {job?.error}
            </Alert>
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
        </Stack>
      </Section>
      {confirmDialog}
    </>
  );
}

function UnmatchedUnits({ units }: { units: readonly string[] }) {
  const t = useT();
  if (!units.length) return null;
  return (
    <Alert color="orange" title={t('dossiers.unmatchedUnits')}>
      <Text size="sm">{t('dossiers.unmatchedUnitsHint')}</Text>
      <List size="sm" aria-label={t('dossiers.unmatchedUnits')}>
        {units.map((name) => (
          <List.Item key={name}>{name}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The refused rows with their row number, field and reason, a page at a time. */
function Problems({ draft }: { draft: DossierImport }) {
  const t = useT();
  const [page, setPage] = useState(1);
  const title = t('dossiers.problems');
  const shown = draft.problems.slice((page - 1) * PROBLEMS_PAGE, page * PROBLEMS_PAGE);
  return (
    <Section
      title={title}
      hint={t('dossiers.problemsHint', {
        shown: formatNumberVi(draft.problems.length),
        count: formatNumberVi(draft.invalidRows),
      })}
    >
      <TableScroll>
        <Table aria-label={title} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dossiers.problemRow')}</Table.Th>
              <Table.Th scope="col">{t('dossiers.problemField')}</Table.Th>
              <Table.Th scope="col">{t('dossiers.problemReason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((problem, index) => (
              <Table.Tr key={`${problem.row}-${problem.field}-${index}`}>
                <Table.Td>{formatNumberVi(problem.row)}</Table.Td>
                <Table.Td>{fieldLabel(t, problem.field)}</Table.Td>
                <Table.Td>{problem.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Pager total={draft.problems.length} page={page} pageSize={PROBLEMS_PAGE} onPage={setPage} />
    </Section>
  );
}

/** A field's label where it is one of the synchronisation fields (the reader also says "(bản ghi)"). */
function fieldLabel(t: ReturnType<typeof useT>, field: string): string {
  return isField(field) ? `${t(`dossiers.field.${field}`)} (${field})` : field;
}

const FIELDS = new Set<string>(DOSSIER_FIELDS);
const isField = (field: string): field is DossierField => FIELDS.has(field);

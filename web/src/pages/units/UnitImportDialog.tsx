import { Alert, Button, Group, Input, Loader, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { isApiError } from '../../api/client.js';
import { importUnits, unitKeys } from '../../api/units.js';
import { useConfirm } from '../../components/ConfirmDialog.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { UPLOAD_LIMIT_MB } from '../../../../src/contracts/uploads.js';

const rowErrors = z.object({
  errors: z.array(z.object({ row: z.number(), column: z.string().nullable().optional(), message: z.string() })),
});
type RowError = z.infer<typeof rowErrors>['errors'][number];

type Outcome =
  | { kind: 'result'; dryRun: boolean; created: number; updated: number; unchanged: number; successions: number }
  | { kind: 'error'; message: string; rows: RowError[] };

/** Import a unit list: check first (nothing written), then import; row errors are listed by row and column. */
export function UnitImportDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const fileInputId = useId();
  /** Bumped to empty the native file input after closing. */
  const [inputKey, setInputKey] = useState(0);
  const [running, setRunning] = useState<'check' | 'apply' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const close = () => {
    setFile(null);
    setOutcome(null);
    setInputKey((key) => key + 1);
    onClose();
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setRunning(dryRun ? 'check' : 'apply');
    setOutcome(null);
    try {
      const result = await importUnits(file, dryRun);
      setOutcome({ kind: 'result', ...result });
      if (!dryRun) await queryClient.invalidateQueries({ queryKey: unitKeys.all });
      return result;
    } catch (error) {
      const details = isApiError(error) ? rowErrors.safeParse(error.details) : null;
      setOutcome({
        kind: 'error',
        message: isApiError(error) ? error.message : t('error.network'),
        rows: details?.success ? details.data.errors : [],
      });
    } finally {
      setRunning(null);
    }
    return null;
  };

  // Importing changes the whole directory: check the file first (nothing written), then ask with what it would change.
  const [confirm, confirmDialog] = useConfirm();
  const apply = async () => {
    const checked = await run(true);
    if (!checked || !file) return;
    const ok = await confirm({
      title: t('confirm.importUnits.title'),
      lines: [
        t('confirm.importUnits.what', { file: file.name }),
        t('confirm.importUnits.counts', counts({ kind: 'result', ...checked })),
      ],
      confirmLabel: t('confirm.importUnits.go'),
    });
    if (ok) await run(false);
  };

  const counts = (result: Extract<Outcome, { kind: 'result' }>) => ({
    created: formatNumberVi(result.created),
    updated: formatNumberVi(result.updated),
    unchanged: formatNumberVi(result.unchanged),
    successions: formatNumberVi(result.successions),
  });

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('units.importTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {confirmDialog}
      <Stack>
        <Text size="sm">{t('units.importHint')}</Text>
        {/* A native file input: every browser and screen reader knows how to operate it. */}
        <Input.Wrapper
          label={t('units.importFile')}
          description={t('upload.limit', { limit: UPLOAD_LIMIT_MB })}
          id={fileInputId}
        >
          <input
            key={inputKey}
            id={fileInputId}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              setOutcome(null);
            }}
            style={{ display: 'block', marginTop: 4 }}
          />
        </Input.Wrapper>
        {running && (
          <Group gap="xs" role="status">
            <Loader size="sm" />
            <Text size="sm">{t('units.importRunning')}</Text>
          </Group>
        )}
        {outcome?.kind === 'result' && (
          <Alert color={outcome.dryRun ? 'blue' : 'green'} role="status">
            {t(outcome.dryRun ? 'units.importChecked' : 'units.importDone', counts(outcome))}
          </Alert>
        )}
        {outcome?.kind === 'error' && (
          <Alert color="red" role="alert">
            {outcome.message}
          </Alert>
        )}
        {outcome?.kind === 'error' && outcome.rows.length > 0 && (
          <ScrollArea.Autosize mah={300}>
            <Table striped aria-label={t('units.importErrors')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('units.importRow')}</Table.Th>
                  <Table.Th scope="col">{t('units.importColumn')}</Table.Th>
                  <Table.Th scope="col">{t('units.importMessage')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {outcome.rows.map((row, index) => (
                  <Table.Tr key={`${row.row}:${row.column ?? ''}:${index}`}>
                    <Table.Td>{row.row}</Table.Td>
                    <Table.Td>{row.column ?? t('common.none')}</Table.Td>
                    <Table.Td>{row.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.close')}
          </Button>
          <Button
            variant="light"
            disabled={!file || running !== null}
            loading={running === 'check'}
            onClick={() => void run(true)}
          >
            {t('units.importCheck')}
          </Button>
          <Button disabled={!file || running !== null} loading={running === 'apply'} onClick={() => void apply()}>
            {t('units.importApply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

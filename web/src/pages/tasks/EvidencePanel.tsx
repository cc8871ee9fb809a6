import { Alert, Anchor, Button, FileButton, List, Progress, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { isApiError } from '../../api/client.js';
import { evidenceUrl, uploadEvidence, withdrawEvidence, type AssignmentDetail } from '../../api/reporting.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { Section } from '../../components/Section.js';
import { formatDateTimeVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { EVIDENCE_ACCEPT, formatFileSize } from '../../reporting/labels.js';
import { TableScroll } from '../../components/TableScroll.js';
import { UPLOAD_LIMIT_MB } from '../../../../src/contracts/uploads.js';

interface EvidencePanelProps {
  assignment: AssignmentDetail;
  writable: boolean;
  /** The unit's reporters and the coordinators withdraw a wrongly uploaded file (with a reason). */
  canWithdraw: boolean;
  onChanged: (next: AssignmentDetail) => void;
}

/** The assignment's evidence files: upload with progress (the unit's reporters), download for everyone who may read. */
export function EvidencePanel({ assignment, writable, canWithdraw, onChanged }: EvidencePanelProps) {
  const t = useT();
  const [upload, setUpload] = useState<{ name: string; sent: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<{ id: string; fileName: string } | null>(null);

  const withdraw = async (reason: string) => {
    if (!withdrawing) return;
    onChanged(await withdrawEvidence(withdrawing.id, reason));
    notifications.show({ color: 'green', message: t('evidence.withdrawn', { name: withdrawing.fileName }) });
  };

  const send = async (file: File | null) => {
    if (!file) return;
    setError(null);
    setUpload({ name: file.name, sent: 0 });
    try {
      const next = await uploadEvidence(assignment.id, file, (sent) => setUpload({ name: file.name, sent }));
      notifications.show({ color: 'green', message: t('evidence.uploaded', { name: file.name }) });
      onChanged(next);
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setUpload(null);
    }
  };

  return (
    <Section
      title={t('evidence.title')}
      hint={writable ? t('evidence.hint', { limit: UPLOAD_LIMIT_MB }) : undefined}
      actions={
        writable && (
          <FileButton onChange={(file) => void send(file)} accept={EVIDENCE_ACCEPT}>
            {(props) => (
              <Button {...props} variant="light" loading={upload !== null}>
                {t('evidence.choose')}
              </Button>
            )}
          </FileButton>
        )
      }
    >
      <Stack gap="xs">
        {upload && (
          <div>
            <Text size="sm">{t('evidence.uploading', { name: upload.name })}</Text>
            <Progress value={upload.sent * 100} aria-label={t('evidence.uploading', { name: upload.name })} animated />
          </div>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {assignment.evidence.length === 0 ? (
          <Text size="sm">{t('evidence.none')}</Text>
        ) : (
          <TableScroll>
            <Table aria-label={t('evidence.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('evidence.file')}</Table.Th>
                  <Table.Th scope="col">{t('evidence.size')}</Table.Th>
                  <Table.Th scope="col">{t('evidence.uploadedAt')}</Table.Th>
                  <Table.Th scope="col">{t('evidence.uploadedBy')}</Table.Th>
                  {canWithdraw && <Table.Th scope="col" aria-label={t('evidence.withdraw')} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {assignment.evidence.map((file) => (
                  <Table.Tr key={file.id}>
                    <Table.Td>
                      <Anchor
                        href={evidenceUrl(file.id)}
                        download={file.fileName}
                        size="sm"
                        aria-label={t('evidence.download', { name: file.fileName })}
                      >
                        {file.fileName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatFileSize(file.sizeBytes)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTimeVi(file.uploadedAt)}</Table.Td>
                    <Table.Td>{file.uploadedByName ?? t('common.none')}</Table.Td>
                    {canWithdraw && (
                      <Table.Td>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setWithdrawing(file)}
                          aria-label={t('evidence.withdrawFor', { name: file.fileName })}
                        >
                          {t('evidence.withdraw')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        {assignment.withdrawnEvidence.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t('evidence.withdrawnTitle')}
            </Text>
            <List size="sm" aria-label={t('evidence.withdrawnTitle')}>
              {assignment.withdrawnEvidence.map((file) => (
                <List.Item key={file.id}>
                  {t('evidence.withdrawnItem', {
                    name: file.fileName,
                    at: formatDateTimeVi(file.withdrawnAt),
                    by: file.withdrawnByName ?? t('common.none'),
                    reason: file.reason,
                  })}
                </List.Item>
              ))}
            </List>
          </div>
        )}
      </Stack>
      <ReasonDialog
        opened={withdrawing !== null}
        onClose={() => setWithdrawing(null)}
        title={withdrawing ? t('evidence.withdrawFor', { name: withdrawing.fileName }) : ''}
        body={t('evidence.withdrawBody')}
        confirmLabel={t('evidence.withdraw')}
        onConfirm={withdraw}
      />
    </Section>
  );
}

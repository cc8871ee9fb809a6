import { Alert, Code, Loader, Modal, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { leafHistoryQuery } from '../../api/scoring.js';
import { formatDateTimeVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { TableScroll } from '../../components/TableScroll.js';

const KIND_KEYS = {
  self: 'scoring.history.self',
  appraisal: 'scoring.history.appraisal',
  explanation: 'scoring.history.explanation',
  final: 'scoring.history.final',
  evidence: 'scoring.history.evidence',
} as const;

/** Every version of one leaf, oldest first: who wrote what, when. */
export function LeafHistory({
  roundId,
  unitId,
  code,
  onClose,
}: {
  roundId: string;
  unitId: string;
  code: string | null;
  onClose: () => void;
}) {
  const t = useT();
  const { data, isError, error } = useQuery({
    ...leafHistoryQuery(roundId, unitId, code ?? ''),
    enabled: code !== null,
  });
  return (
    <Modal
      opened={code !== null}
      onClose={onClose}
      title={t('scoring.history.title', { code: code ?? '' })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {isError ? (
        <Alert color="red">{error.message}</Alert>
      ) : !data ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : (
        <TableScroll>
          <Table aria-label={t('scoring.history.title', { code: code ?? '' })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('scoring.history.when')}</Table.Th>
                <Table.Th>{t('scoring.history.kind')}</Table.Th>
                <Table.Th>{t('scoring.history.who')}</Table.Th>
                <Table.Th>{t('scoring.history.data')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.map((row, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{formatDateTimeVi(row.at)}</Table.Td>
                  <Table.Td>
                    {row.kind in KIND_KEYS ? t(KIND_KEYS[row.kind as keyof typeof KIND_KEYS]) : row.kind}
                  </Table.Td>
                  <Table.Td>{row.actorName ?? '—'}</Table.Td>
                  <Table.Td>
                    <Code block style={{ whiteSpace: 'pre-wrap', maxWidth: 420 }}>
                      {JSON.stringify(row.data, null, 1)}
                    </Code>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Modal>
  );
}

import { Alert, Button, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/client.js';
import { proposeSurveyPoints, saveSurveyPoints, scoringKeys, type RoundDetail } from '../../api/scoring.js';
import { useConfirm } from '../../components/ConfirmDialog.js';
import { TableScroll } from '../../components/TableScroll.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';

type Proposal = Awaited<ReturnType<typeof proposeSurveyPoints>>;

/**
 * Survey points proposed from the province's own satisfaction surveys (maximum × the unit's share satisfied over
 * the round's year): shown first, written only once the coordinator confirms, as the issue asks.
 */
export function SurveyProposal({ round }: { round: RoundDetail }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [confirm, confirmDialog] = useConfirm();
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);

  const fail = (caught: unknown) =>
    setMessage({ color: 'red', text: isApiError(caught) ? caught.message : t('error.network') });
  const load = async () => {
    setBusy(true);
    setMessage(null);
    try {
      setProposal(await proposeSurveyPoints(round.id));
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
    }
  };
  const save = async (rows: Proposal['proposals']) => {
    const units = new Set(rows.map((r) => r.unitName));
    const ok = await confirm({
      title: t('scoring.surveyProposal.confirmTitle'),
      lines: [t('scoring.surveyProposal.confirmLine', { points: rows.length, units: units.size })],
      names: { label: t('scoring.surveyProposal.units'), items: [...units] },
      confirmLabel: t('scoring.surveyProposal.save'),
    });
    if (!ok) return;
    setBusy(true);
    try {
      const saved = await saveSurveyPoints(
        round.id,
        rows.map(({ unitId, code, points }) => ({ unitId, code, points })),
      );
      setMessage({
        color: 'green',
        text: t('scoring.survey.saved', { saved: saved.saved, unchanged: saved.unchanged }),
      });
      setProposal(null);
      await queryClient.invalidateQueries({ queryKey: scoringKeys.all });
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <Text size="sm">{t('scoring.surveyProposal.hint')}</Text>
      <div>
        <Button variant="default" loading={busy && !proposal} onClick={() => void load()}>
          {t('scoring.surveyProposal.load')}
        </Button>
      </div>
      {proposal && proposal.proposals.length === 0 && (
        <Alert color="gray" role="status">
          {t('scoring.surveyProposal.none', { year: proposal.year })}
        </Alert>
      )}
      {proposal && proposal.proposals.length > 0 && (
        <>
          <TableScroll>
            <Table striped aria-label={t('scoring.surveyProposal.table')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('scoring.surveyProposal.unit')}</Table.Th>
                  <Table.Th>{t('scoring.surveyProposal.criterion')}</Table.Th>
                  <Table.Th ta="right">{t('scoring.surveyProposal.share')}</Table.Th>
                  <Table.Th ta="right">{t('scoring.surveyProposal.points')}</Table.Th>
                  <Table.Th>{t('scoring.surveyProposal.source')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {proposal.proposals.map((p) => (
                  <Table.Tr key={`${p.unitId}|${p.code}`}>
                    <Table.Td>{p.unitName}</Table.Td>
                    <Table.Td>
                      {p.code}. {p.title}
                    </Table.Td>
                    <Table.Td ta="right">{formatNumberVi(p.share, 2)}%</Table.Td>
                    <Table.Td ta="right">
                      {formatNumberVi(p.points, 2)} / {formatNumberVi(p.maxPoints, 2)}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{p.source}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <div>
            <Button loading={busy} onClick={() => void save(proposal.proposals)}>
              {t('scoring.surveyProposal.save')}
            </Button>
          </div>
        </>
      )}
      {message && (
        <Alert color={message.color} role={message.color === 'red' ? 'alert' : 'status'}>
          {message.text}
        </Alert>
      )}
      {confirmDialog}
    </Stack>
  );
}

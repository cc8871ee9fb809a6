import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { isApiError } from '../../api/client.js';
import { markMilestone, type AssignmentDetail } from '../../api/reporting.js';
import { Section } from '../../components/Section.js';
import { TableScroll } from '../../components/TableScroll.js';
import { formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';

type Milestone = AssignmentDetail['milestones'][number];

const todayIso = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });

/** The due dates of a task list row with several ("Báo cáo 6 tháng · 07/06/2025"), done ones struck through. */
export function MilestoneDates({ milestones }: { milestones: Milestone[] }) {
  return (
    <Stack gap={0} mt={2}>
      {milestones.map((m) => (
        <Text key={m.id} size="xs" c="dimmed" td={m.doneOn ? 'line-through' : undefined}>
          {m.label} · {formatDateVi(m.dueOn)}
        </Text>
      ))}
    </Stack>
  );
}

interface MilestonesProps {
  assignment: AssignmentDetail;
  writable: boolean;
  onChanged: (next: AssignmentDetail) => void;
  onStale: () => void;
}

/** Each due date of the task with its label; the lead unit marks one done (or undoes it). */
export function Milestones({ assignment, writable, onChanged, onStale }: MilestonesProps) {
  const t = useT();
  const [busy, setBusy] = useState<string | null>(null);
  const today = todayIso();
  const mark = async (milestone: Milestone) => {
    setBusy(milestone.id);
    try {
      onChanged(
        await markMilestone(assignment.id, milestone.id, {
          version: assignment.version,
          done: milestone.doneOn === null,
          doneOn: null,
        }),
      );
    } catch (error) {
      if (isApiError(error, 'STALE_VERSION')) onStale();
    } finally {
      setBusy(null);
    }
  };
  return (
    <Section title={t('milestones.title')} hint={t('milestones.hint')}>
      <TableScroll>
        <Table aria-label={t('milestones.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('milestones.label')}</Table.Th>
              <Table.Th scope="col">{t('milestones.dueOn')}</Table.Th>
              <Table.Th scope="col">{t('milestones.state')}</Table.Th>
              {writable && <Table.Th scope="col" aria-hidden />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {assignment.milestones.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.label}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateVi(m.dueOn)}</Table.Td>
                <Table.Td>
                  {m.doneOn ? (
                    <Badge color="green" variant="light">
                      {t('milestones.done', { date: formatDateVi(m.doneOn) })}
                    </Badge>
                  ) : m.dueOn < today ? (
                    <Badge color="red">{t('milestones.late')}</Badge>
                  ) : (
                    <Badge color="gray" variant="light">
                      {t('milestones.open')}
                    </Badge>
                  )}
                </Table.Td>
                {writable && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant={m.doneOn ? 'subtle' : 'light'}
                      loading={busy === m.id}
                      disabled={busy !== null && busy !== m.id}
                      onClick={() => void mark(m)}
                      aria-label={`${m.doneOn ? t('milestones.reopen') : t('milestones.markDone')}: ${m.label}`}
                    >
                      {m.doneOn ? t('milestones.reopen') : t('milestones.markDone')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Section>
  );
}

import { ActionIcon, Badge, Button, Checkbox, Group, MultiSelect, Select, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { appraisersQuery, assignCouncil, scoringKeys, type RoundDetail } from '../../api/scoring.js';
import { FormDialog } from '../../components/FormDialog.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { useT } from '../../i18n/I18nProvider.js';
import { TableScroll } from '../../components/TableScroll.js';
import { EmptyState } from '../../components/EmptyState.js';

type Member = { userId: string | null; areas: string[]; chair: boolean };

/** The appraisal council: who reviews which areas, and who chairs (records the approval). */
export function CouncilSection({ round, editable }: { round: RoundDetail; editable: boolean }) {
  const t = useT();
  const [opened, dialog] = useDisclosure(false);
  return (
    <Stack gap="xs">
      {round.council.length === 0 ? (
        <EmptyState inline>{t('scoring.council.none')}</EmptyState>
      ) : (
        <TableScroll>
          <Table aria-label={t('scoring.council.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('scoring.council.member')}</Table.Th>
                <Table.Th>{t('scoring.council.areas')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {round.council.map((m) => (
                <Table.Tr key={m.userId}>
                  <Table.Td>
                    {m.displayName} {m.chair && <Badge variant="light">{t('scoring.council.chair')}</Badge>}
                  </Table.Td>
                  <Table.Td>
                    {m.areas.map((code) => round.areas.find((a) => a.code === code)?.title ?? code).join('; ')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {editable && (
        <Group>
          <Button variant="light" onClick={dialog.open}>
            {t('scoring.council.edit')}
          </Button>
        </Group>
      )}
      {editable && opened && <CouncilDialog round={round} onClose={dialog.close} />}
    </Stack>
  );
}

function CouncilDialog({ round, onClose }: { round: RoundDetail; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { data: appraisers } = useQuery(appraisersQuery);
  const [members, setMembers] = useState<Member[]>(
    round.council.length
      ? round.council.map((m) => ({ userId: m.userId, areas: m.areas, chair: m.chair }))
      : [{ userId: null, areas: [], chair: true }],
  );
  const { serverError, pending, submit } = useFormSubmission();
  const people = [...(appraisers ?? []).map((a) => ({ value: a.id, label: `${a.displayName} (${a.username})` }))];
  for (const m of round.council)
    if (!people.some((p) => p.value === m.userId)) people.push({ value: m.userId, label: m.displayName });
  const areas = round.areas.map((a) => ({ value: a.code, label: `${a.code}. ${a.title}` }));
  const update = (i: number, change: Partial<Member>) =>
    setMembers((all) => all.map((m, j) => (j === i ? { ...m, ...change } : change.chair ? { ...m, chair: false } : m)));

  const chosenMembers = members
    .filter((m) => m.userId)
    .map((m) => ({ userId: m.userId!, areas: m.areas, chair: m.chair }));
  const save = () =>
    void submit({ ok: true, data: chosenMembers }, async (chosen) => {
      const next = await assignCouncil(round.id, { version: round.version, members: chosen });
      queryClient.setQueryData(scoringKeys.round(round.id), next);
      onClose();
    });

  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('scoring.council.edit')}
      size="xl"
      intro={<Text size="sm">{t('scoring.council.hint')}</Text>}
      error={serverError}
      submitLabel={t('common.save')}
      pending={pending}
      onSubmit={save}
    >
      {members.map((m, i) => (
        <Group key={i} align="flex-end" wrap="nowrap">
          <Select
            label={t('scoring.council.member')}
            data={people}
            value={m.userId}
            onChange={(userId) => update(i, { userId })}
            searchable
            w={260}
          />
          <MultiSelect
            label={t('scoring.council.areas')}
            data={areas}
            value={m.areas}
            onChange={(value) => update(i, { areas: value })}
            style={{ flex: 1 }}
          />
          <Checkbox
            label={t('scoring.council.chair')}
            checked={m.chair}
            onChange={(e) => update(i, { chair: e.currentTarget.checked })}
            mb={8}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mb={4}
            aria-label={t('scoring.council.remove')}
            onClick={() => setMembers((all) => all.filter((_, j) => j !== i))}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          onClick={() => setMembers((all) => [...all, { userId: null, areas: [], chair: false }])}
        >
          {t('scoring.council.add')}
        </Button>
        <Button
          variant="subtle"
          onClick={() =>
            setMembers((all) => all.map((m, i) => (i === 0 ? { ...m, areas: round.areas.map((a) => a.code) } : m)))
          }
        >
          {t('scoring.council.allToFirst')}
        </Button>
      </Group>
    </FormDialog>
  );
}

import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/client.js';
import { decideDuty, planKeys, type PlanDuty, type PlanImportDetail } from '../../api/plans.js';
import { Section } from '../../components/Section.js';
import { TableScroll } from '../../components/TableScroll.js';
import { formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';

const DECISION_COLOR: Record<PlanDuty['decision'], string> = {
  suggested: 'gray',
  confirmed: 'green',
  dropped: 'red',
};

/**
 * The duties the plan's text gives units (a report or a plan by a date), each confirmed or dropped by the
 * coordinator: a confirmed one becomes an activity with assignments when the plan is committed.
 */
export function SuggestedDuties({ draft }: { draft: PlanImportDetail }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const duties = draft.content.duties ?? [];
  if (duties.length === 0) return null;
  const open = draft.status === 'open';
  const decide = async (duty: PlanDuty, decision: PlanDuty['decision']) => {
    setBusy(duty.id);
    try {
      queryClient.setQueryData(
        planKeys.import(draft.id),
        await decideDuty(draft.id, duty.id, { version: draft.version, decision }),
      );
    } catch (error) {
      if (isApiError(error, 'STALE_VERSION'))
        await queryClient.invalidateQueries({ queryKey: planKeys.import(draft.id) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Section title={t('duties.title')} hint={t('duties.hint')}>
      <TableScroll>
        <Table aria-label={t('duties.title')} verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('duties.text')}</Table.Th>
              <Table.Th scope="col">{t('duties.units')}</Table.Th>
              <Table.Th scope="col">{t('duties.dueDates')}</Table.Th>
              <Table.Th scope="col">{t('duties.decision')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {duties.map((duty) => (
              <Table.Tr key={duty.id}>
                <Table.Td>
                  <Text size="sm">{duty.text}</Text>
                  <Text size="xs" c="dimmed">
                    {duty.id} · {t(`duties.what.${duty.what}`)}
                    {duty.line !== null && ` · ${t('duties.line', { line: duty.line })}`}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {duty.units.units.length ? (
                    <Text size="sm">{duty.units.units.map((u) => u.name).join('; ')}</Text>
                  ) : (
                    <Text size="sm" c="orange">
                      {t('duties.noUnits')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Stack gap={0}>
                    {duty.dueDates.map((d) => (
                      <Text key={d.due} size="sm">
                        {d.label}: {formatDateVi(d.due)}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={6} align="flex-start">
                    <Badge color={DECISION_COLOR[duty.decision]} variant="light">
                      {t(`duties.decision.${duty.decision}`)}
                    </Badge>
                    {open && (
                      <Group gap={4}>
                        {duty.decision !== 'confirmed' && (
                          <Button
                            size="xs"
                            variant="light"
                            color="green"
                            loading={busy === duty.id}
                            disabled={busy !== null}
                            onClick={() => void decide(duty, 'confirmed')}
                            aria-label={`${t('duties.confirm')} ${duty.id}`}
                          >
                            {t('duties.confirm')}
                          </Button>
                        )}
                        {duty.decision !== 'dropped' && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            disabled={busy !== null}
                            onClick={() => void decide(duty, 'dropped')}
                            aria-label={`${t('duties.drop')} ${duty.id}`}
                          >
                            {t('duties.drop')}
                          </Button>
                        )}
                        {duty.decision !== 'suggested' && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="gray"
                            disabled={busy !== null}
                            onClick={() => void decide(duty, 'suggested')}
                          >
                            {t('duties.undo')}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Section>
  );
}

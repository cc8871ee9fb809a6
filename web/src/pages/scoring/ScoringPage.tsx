import { Alert, Badge, Button, Loader, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { roundsQuery } from '../../api/scoring.js';
import { useCurrentUser } from '../../api/session.js';
import { canManageScoring } from '../../auth/roles.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { Section } from '../../components/Section.js';
import { useT } from '../../i18n/I18nProvider.js';
import { PageShell } from '../../components/PageShell.js';
import { CreateRoundDialog } from './CreateRoundDialog.js';
import { CriteriaSets } from './CriteriaSets.js';
import { STAGE_COLORS, formatWindow } from './scoring-format.js';
import { TableScroll } from '../../components/TableScroll.js';

/** The scoring module: assessment rounds, and the criteria sets they score with. */
export function ScoringPage() {
  const t = useT();
  const manager = canManageScoring(useCurrentUser().role);
  const [createOpen, createDialog] = useDisclosure(false);
  return (
    <PageShell
      title={t('scoring.title')}
      intro={t('scoring.intro')}
      actions={manager ? <Button onClick={createDialog.open}>{t('scoring.create.open')}</Button> : null}
    >
      <Section title={t('scoring.rounds.title')}>
        <Rounds />
      </Section>
      <CriteriaSets manager={manager} />
      {manager && createOpen && <CreateRoundDialog onClose={createDialog.close} />}
    </PageShell>
  );
}

function Rounds() {
  const t = useT();
  const { data: rounds, isError, error } = useQuery(roundsQuery);
  if (isError)
    return (
      <Alert color="red" role="alert">
        {error.message}
      </Alert>
    );
  if (!rounds) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (rounds.length === 0) return <Text size="sm">{t('scoring.rounds.none')}</Text>;
  return (
    <TableScroll>
      <Table aria-label={t('scoring.rounds.title')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('scoring.rounds.name')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            <Table.Th>{t('scoring.rounds.units')}</Table.Th>
            <Table.Th>{t('scoring.rounds.selfWindow')}</Table.Th>
            <Table.Th>{t('scoring.rounds.appraisalWindow')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rounds.map((round) => (
            <Table.Tr key={round.id}>
              <Table.Td>
                <AnchorLink to="/cham-diem/dot/$roundId" params={{ roundId: round.id }}>
                  {round.name}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {round.criteriaSet.name} ({t('scoring.sets.versionN', { version: round.criteriaSet.version })})
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={STAGE_COLORS[round.status]}>{t(`roundStage.${round.status}`)}</Badge>
              </Table.Td>
              <Table.Td>{t('scoring.rounds.submittedOf', { submitted: round.submitted, units: round.units })}</Table.Td>
              <Table.Td>{formatWindow(round.selfAssessmentFrom, round.selfAssessmentTo)}</Table.Td>
              <Table.Td>{formatWindow(round.appraisalFrom, round.appraisalTo)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

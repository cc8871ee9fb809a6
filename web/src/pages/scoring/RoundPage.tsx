import { getRouteApi } from '@tanstack/react-router';
import { Alert, Badge, Button, Group, Input, Paper, Progress, Stack, Stepper, Table, Text, Title } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ROUND_STAGES, type RoundStage } from '../../../../src/contracts/scoring.js';
import { isApiError } from '../../api/client.js';
import { advanceRound, importSurveyFile, roundQuery, scoringKeys, type RoundDetail } from '../../api/scoring.js';
import { useCurrentUser } from '../../api/session.js';
import { canManageScoring, readsEveryUnitsScoring } from '../../auth/roles.js';
import { AnchorLink, BackLink } from '../../components/AnchorLink.js';
import { PageShell } from '../../components/PageShell.js';
import { useConfirm } from '../../components/ConfirmDialog.js';
import { todayInVietnam } from '../../forms/dates.js';
import { formatDateTimeVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { CouncilSection } from './CouncilSection.js';
import { advanceConfirmation } from './advance-confirm.js';
import { RoundResults } from './RoundResults.js';
import { SurveyProposal } from './SurveyProposal.js';
import { STAGE_COLORS, formatWindow } from './scoring-format.js';
import { TableScroll } from '../../components/TableScroll.js';
import { UPLOAD_LIMIT_MB } from '../../../../src/contracts/uploads.js';

const roundRoute = getRouteApi('/app/cham-diem/dot/$roundId');

/** Results are shown once the council has approved; to those who read every unit, from the appraisal on (provisional). */
const RESULTS_FROM: readonly RoundStage[] = ['appraisal', 'explanation', 'final_appraisal', 'approved', 'published'];

export function RoundPage() {
  const t = useT();
  const { roundId } = roundRoute.useParams();
  const query = useQuery(roundQuery(roundId));
  return (
    <PageShell back={<BackLink to="/cham-diem">{t('scoring.round.back')}</BackLink>} query={query}>
      {(round) => <RoundView round={round} />}
    </PageShell>
  );
}

function Section({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

function RoundView({ round }: { round: RoundDetail }) {
  const t = useT();
  const user = useCurrentUser();
  const manager = canManageScoring(user.role);
  const stageIndex = ROUND_STAGES.indexOf(round.status);
  const provinceWide = readsEveryUnitsScoring(user.role);
  const showResults = round.status === 'published' || (provinceWide && RESULTS_FROM.includes(round.status));

  return (
    <>
      <div>
        <Group gap="sm">
          <Title order={1}>{round.name}</Title>
          <Badge color={STAGE_COLORS[round.status]} size="lg">
            {t(`roundStage.${round.status}`)}
          </Badge>
        </Group>
        <Text c="dimmed" size="sm">
          {t('scoring.round.setLine', { set: round.criteriaSet.name, version: round.criteriaSet.version })}
        </Text>
      </div>
      <Stepper
        active={round.status === 'published' ? ROUND_STAGES.length : stageIndex}
        size="xs"
        allowNextStepsSelect={false}
        aria-label={t('scoring.round.stages')}
      >
        {ROUND_STAGES.map((stage) => (
          <Stepper.Step key={stage} label={t(`roundStage.${stage}`)} />
        ))}
      </Stepper>
      <Group gap="xl">
        <Text size="sm">
          {t('scoring.round.selfWindow', { window: formatWindow(round.selfAssessmentFrom, round.selfAssessmentTo) })}
        </Text>
        <Text size="sm">
          {t('scoring.round.appraisalWindow', { window: formatWindow(round.appraisalFrom, round.appraisalTo) })}
        </Text>
        {round.explanationTo && (
          <Text size="sm">
            {t('scoring.round.explanationWindow', { window: formatWindow(round.appraisalTo, round.explanationTo) })}
          </Text>
        )}
        {round.publishedAt && (
          <Text size="sm">{t('scoring.round.publishedAt', { at: formatDateTimeVi(round.publishedAt) })}</Text>
        )}
      </Group>
      <AdvanceStage round={round} />
      {round.roundUnits.length === 1 && round.roundUnits[0]!.rankGroup === 'province' && (
        <Paper withBorder p="md">
          <Group justify="space-between">
            <Text size="sm">{t('joint.openHint')}</Text>
            <AnchorLink to="/cham-diem/dot/$roundId/tu-danh-gia-chung" params={{ roundId: round.id }}>
              {t('joint.open')}
            </AnchorLink>
          </Group>
        </Paper>
      )}
      {showResults && (
        <Section title={t('scoring.results.title')}>
          <RoundResults round={round} />
        </Section>
      )}
      <Section title={t('scoring.round.units', { submitted: round.submitted, units: round.units })}>
        <UnitTable round={round} />
      </Section>
      <Section title={t('scoring.council.title')}>
        <CouncilSection round={round} editable={manager && round.status !== 'published'} />
      </Section>
      {manager && ['self_assessment', 'appraisal', 'explanation', 'final_appraisal'].includes(round.status) && (
        <Section title={t('scoring.survey.title')}>
          <SurveyImport round={round} />
          <SurveyProposal round={round} />
        </Section>
      )}
    </>
  );
}

/** The next stage, for those who may move the round there; the server says what is still missing. */
function AdvanceStage({ round }: { round: RoundDetail }) {
  const t = useT();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = ROUND_STAGES[ROUND_STAGES.indexOf(round.status) + 1];
  const chair = round.council.some((m) => m.userId === user.id && m.chair);
  const [confirm, confirmDialog] = useConfirm();
  if (!next || !(canManageScoring(user.role) || (next === 'approved' && chair))) return null;
  const advance = async () => {
    // A stage cannot be undone and ends a window for every unit: say so, with the figures, first.
    if (!(await confirm(advanceConfirmation(round, next, todayInVietnam(), t)))) return;
    setError(null);
    setBusy(true);
    try {
      queryClient.setQueryData(scoringKeys.round(round.id), await advanceRound(round.id, round.version, next));
      await queryClient.invalidateQueries({ queryKey: scoringKeys.all });
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs">
      {confirmDialog}
      <Group>
        <Button onClick={() => void advance()} loading={busy}>
          {t(`scoring.advance.${next}` as 'scoring.advance.appraisal')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('scoring.advance.hint', { stage: t(`roundStage.${next}`) })}
        </Text>
      </Group>
      {error && (
        <Alert color="red" role="alert" title={t('scoring.advance.refused')} style={{ whiteSpace: 'pre-line' }}>
          {error}
        </Alert>
      )}
    </Stack>
  );
}

function UnitTable({ round }: { round: RoundDetail }) {
  const t = useT();
  return (
    <TableScroll>
      <Table aria-label={t('scoring.round.unitTable')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('scoring.results.unit')}</Table.Th>
            <Table.Th>{t('scoring.round.group')}</Table.Th>
            <Table.Th>{t('scoring.round.submittedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {round.roundUnits.map((u) => (
            <Table.Tr key={u.unitId}>
              <Table.Td>
                <AnchorLink
                  to="/cham-diem/dot/$roundId/don-vi/$unitId"
                  params={{ roundId: round.id, unitId: u.unitId }}
                  aria-label={t('scoring.round.openSheet', { unit: u.name })}
                >
                  {u.name}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{t(`scoring.group.${u.rankGroup}` as 'scoring.group.department')}</Table.Td>
              <Table.Td>
                {u.submittedAt ? (
                  formatDateTimeVi(u.submittedAt)
                ) : (
                  <Text span c="dimmed" size="sm">
                    {t('scoring.sheet.notSubmitted')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** Survey points (điều tra xã hội học) from a spreadsheet: unit code, criterion code, points. */
function SurveyImport({ round }: { round: RoundDetail }) {
  const t = useT();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [sent, setSent] = useState<number | null>(null);
  const [result, setResult] = useState<{ color: string; text: string } | null>(null);
  const [key, setKey] = useState(0);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setResult(null);
    setSent(0);
    try {
      const saved = await importSurveyFile(round.id, file, setSent);
      setResult({
        color: 'green',
        text: t('scoring.survey.saved', { saved: saved.saved, unchanged: saved.unchanged }),
      });
      await queryClient.invalidateQueries({ queryKey: scoringKeys.all });
    } catch (caught) {
      setResult({ color: 'red', text: isApiError(caught) ? caught.message : t('error.network') });
    } finally {
      setSent(null);
      setKey((k) => k + 1);
    }
  };
  return (
    <Stack gap="xs">
      <Text size="sm">{t('scoring.survey.hint')}</Text>
      <Input.Wrapper
        label={t('scoring.survey.file')}
        description={t('upload.limit', { limit: UPLOAD_LIMIT_MB })}
        id={inputId}
      >
        <input
          key={key}
          id={inputId}
          type="file"
          accept=".xlsx,.csv,.json"
          disabled={sent !== null}
          onChange={(e) => void upload(e.currentTarget.files?.[0])}
          style={{ display: 'block', marginTop: 4 }}
        />
      </Input.Wrapper>
      {sent !== null && <Progress value={sent * 100} animated={sent >= 1} aria-label={t('scoring.survey.progress')} />}
      {result && (
        <Alert
          color={result.color}
          role={result.color === 'red' ? 'alert' : 'status'}
          style={{ whiteSpace: 'pre-line' }}
        >
          {result.text}
        </Alert>
      )}
    </Stack>
  );
}

import { getRouteApi } from '@tanstack/react-router';
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { scoreUnit } from '../../../../src/domain/scoring/score-unit.js';
import type { CriteriaNode, CriteriaSet, UnitEntries } from '../../../../src/domain/scoring/types.js';
import { can } from '../../../../src/domain/access/policy.js';
import { isApiError } from '../../api/client.js';
import {
  acceptRemaining,
  criteriaSetQuery,
  scoreUnanswered,
  downloads,
  prefillUnit,
  roundQuery,
  scoringKeys,
  submitSelfAssessment,
  unitScoringQuery,
  type UnitScoring,
} from '../../api/scoring.js';
import { useCurrentUser } from '../../api/session.js';
import { BackLink } from '../../components/AnchorLink.js';
import { PageShell } from '../../components/PageShell.js';
import { useConfirm, type ConfirmRequest } from '../../components/ConfirmDialog.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { LeafCard, type LeafPermissions } from './LeafCard.js';
import { LeafHistory } from './LeafHistory.js';
import { useSelfDrafts } from './useSelfDrafts.js';
import { STAGE_COLORS, formatPercentVi, formatPointsVi } from './scoring-format.js';
import { requiredLeaves } from '../../../../src/domain/scoring/unanswered.js';
import { bandLabel } from '../../scoring/band.js';

const unitSheetRoute = getRouteApi('/app/cham-diem/dot/$roundId/don-vi/$unitId');

/** One unit's scoring sheet: self-assessment, appraisal, explanation and final appraisal, leaf by leaf. */
export function UnitSheetPage() {
  const t = useT();
  const { roundId, unitId } = unitSheetRoute.useParams();
  const sheetQuery = useQuery(unitScoringQuery(roundId, unitId));
  const round = useQuery(roundQuery(roundId));
  const set = useQuery({
    ...criteriaSetQuery(sheetQuery.data?.round.criteriaSet.id ?? ''),
    enabled: Boolean(sheetQuery.data),
  });
  // The sheet shows once all three are in; a failure of the sheet or its criteria set is the page's.
  const loaded =
    sheetQuery.data && set.data && round.data
      ? { sheet: sheetQuery.data, set: set.data.content, council: round.data.council }
      : undefined;
  return (
    <PageShell
      back={
        <BackLink to="/cham-diem/dot/$roundId" params={{ roundId }}>
          {t('scoring.sheet.back')}
        </BackLink>
      }
      query={{ data: loaded, error: sheetQuery.error ?? set.error }}
    >
      {(shown) => <Sheet {...shown} />}
    </PageShell>
  );
}

type Council = { userId: string; areas: string[] }[];

function Sheet({ sheet, set, council }: { sheet: UnitScoring; set: CriteriaSet; council: Council }) {
  const t = useT();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const { round, unit } = sheet;
  const [historyCode, setHistoryCode] = useState<string | null>(null);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const leaves = useMemo(() => new Map(sheet.leaves.map((l) => [l.code, l])), [sheet.leaves]);

  const writer = can(user, 'scoring.selfAssess', { unitId: unit.unitId });
  const seat = council.find((m) => m.userId === user.id);
  // The areas this user appraises: those of their council seat, when the policy lets a seat appraise.
  const myAreas = new Set(
    seat && can(user, 'scoring.appraise', { council: { areas: seat.areas, chair: false } }) ? seat.areas : [],
  );
  const selfOpen = writer && round.status === 'self_assessment' && !unit.submittedAt;
  const permissions = (code: string): LeafPermissions => {
    const leaf = leaves.get(code)!;
    const mine = myAreas.has(leaf.area) && leaf.source === 'self';
    const review =
      mine && round.status === 'appraisal'
        ? 'appraisal'
        : mine && round.status === 'final_appraisal' && (leaf.explanation || leaf.deducted > 0)
          ? 'final'
          : null;
    const explain = writer && round.status === 'explanation' && leaf.deducted > 0;
    const withdrawEvidence = selfOpen ? 'self' : writer && round.status === 'explanation' ? 'explanation' : null;
    return {
      selfAssess: selfOpen && leaf.source === 'self',
      review,
      explain,
      addEvidence: (selfOpen && leaf.source === 'self') || explain,
      withdrawEvidence,
    };
  };

  const saved = (next: UnitScoring) => {
    queryClient.setQueryData(scoringKeys.unit(round.id, unit.unitId), next);
    void queryClient.invalidateQueries({ queryKey: scoringKeys.rounds });
  };
  const self = useSelfDrafts(sheet, saved, t('error.network'));
  const drafts = self.drafts;
  const changed = Object.values(drafts).filter((draft) => draft.entry).length;

  // The self-assessment total as typed, before saving: the server's own scoring rules, run here.
  const live = useMemo(() => {
    if (!selfOpen) return null;
    const entries: UnitEntries = {};
    for (const leaf of sheet.leaves) {
      const entry = drafts[leaf.code]?.entry ?? leaf.self.entry;
      if (entry) entries[leaf.code] = entry;
      // Survey points enter the score as the method reads them (points, or their rate of the maximum).
      if (leaf.surveyPoints !== null)
        entries[leaf.code] =
          leaf.method === 'manual'
            ? { value: leaf.surveyPoints }
            : { value: (leaf.surveyPoints * 100) / leaf.maxPoints };
    }
    return scoreUnit(set, unit.unitId, entries);
  }, [selfOpen, sheet.leaves, drafts, set, unit.unitId]);

  const act = async (work: () => Promise<string>) => {
    setMessage(null);
    setBusy(true);
    try {
      setMessage({ color: 'green', text: await work() });
    } catch (caught) {
      setMessage({ color: 'red', text: isApiError(caught) ? caught.message : t('error.network') });
    } finally {
      setBusy(false);
    }
  };
  // Counted when clicked: a criterion the click's own blur is already autosaving is saved by then too.
  const saveAll = () =>
    act(async () => {
      const count = changed;
      await self.save();
      return t('scoring.sheet.savedAll', { count });
    });
  const submit = () =>
    act(async () => {
      saved(await submitSelfAssessment(round.id, unit.unitId, unit.version));
      return t('scoring.sheet.submitted');
    });
  const prefill = () =>
    act(async () => {
      const result = await prefillUnit(round.id, unit.unitId);
      await queryClient.invalidateQueries({ queryKey: scoringKeys.unit(round.id, unit.unitId) });
      return t('scoring.sheet.prefilled', { filled: result.prefilled.length, missing: result.missing.length });
    });
  // Criteria of my areas the unit never answered: each must still be appraised before the explanation round.
  const unanswered = useMemo(
    () =>
      myAreas.size > 0 && round.status === 'appraisal'
        ? requiredLeaves(set).filter((n) => {
            const l = leaves.get(n.code);
            return l && myAreas.has(l.area) && !l.self.entry && !l.appraisal;
          })
        : [],
    [round.status, set, leaves, myAreas],
  );
  const scoreUnansweredZero = () =>
    act(async () => {
      const result = await scoreUnanswered(round.id, unit.unitId);
      await queryClient.invalidateQueries({ queryKey: scoringKeys.unit(round.id, unit.unitId) });
      return t('scoring.sheet.zeroed', { count: result.scored, manual: result.manual.join(', ') || '—' });
    });
  const acceptRest = () =>
    act(async () => {
      const result = await acceptRemaining(round.id, unit.unitId);
      await queryClient.invalidateQueries({ queryKey: scoringKeys.unit(round.id, unit.unitId) });
      return t('scoring.sheet.acceptedRest', { accepted: result.accepted, remaining: result.remaining });
    });

  // Submitting, accepting the rest and scoring blanks 0 cannot be undone and touch many criteria: ask first, with the figures.
  const [confirm, confirmDialog] = useConfirm();
  const ask = async (request: ConfirmRequest, then: () => Promise<void>) => {
    if (await confirm(request)) await then();
  };
  const named = (leaf: { code: string; title: string }) => `${leaf.code}. ${leaf.title}`;
  const submitAsked = () => {
    // The criteria the unit must answer, as the server counts them (bonus and penalty items are optional).
    const own = requiredLeaves(set)
      .flatMap((n) => leaves.get(n.code) ?? [])
      .filter((l) => l.source === 'self');
    const blank = own.filter((l) => !l.self.entry);
    return ask(
      {
        title: t('confirm.selfSubmit.title'),
        lines: [
          t('confirm.selfSubmit.what', { unit: unit.name }),
          t('confirm.selfSubmit.figures', {
            answered: formatNumberVi(own.length - blank.length),
            total: formatNumberVi(own.length),
            points: `${formatPointsVi(sheet.scores.self.total)}/${formatPointsVi(sheet.scores.self.effectiveMax)}`,
          }),
        ],
        names: {
          label: t('confirm.selfSubmit.unanswered', { count: formatNumberVi(blank.length) }),
          items: blank.map(named),
        },
        confirmLabel: t('scoring.sheet.submit'),
      },
      submit,
    );
  };
  const acceptRestAsked = () => {
    const count = sheet.leaves.filter(
      (l) => myAreas.has(l.area) && l.source === 'self' && l.self.entry && !l.appraisal,
    ).length;
    return ask(
      {
        title: t('confirm.acceptRest.title'),
        lines: [t('confirm.acceptRest.what', { count: formatNumberVi(count), unit: unit.name })],
        confirmLabel: t('scoring.sheet.acceptRest'),
        color: 'teal',
      },
      acceptRest,
    );
  };
  const zeroAsked = () =>
    ask(
      {
        title: t('confirm.zero.title'),
        lines: [t('confirm.zero.what', { count: formatNumberVi(unanswered.length), unit: unit.name })],
        names: { label: t('confirm.zero.names'), items: unanswered.map(named) },
        confirmLabel: t('scoring.sheet.zero', { count: unanswered.length }),
        color: 'orange',
      },
      scoreUnansweredZero,
    );

  const totals = [
    { label: t('scoring.sheet.selfTotal'), score: sheet.scores.self },
    { label: t('scoring.sheet.appraisedTotal'), score: sheet.scores.appraised },
    { label: t('scoring.sheet.finalTotal'), score: sheet.scores.final },
  ];
  const errors = sheet.scores.self.issues.filter((i) => i.severity === 'error');

  const renderNodes = (nodes: readonly CriteriaNode[], depth: number): ReactNode =>
    nodes.map((node) => {
      if (node.method) {
        const leaf = leaves.get(node.code);
        return leaf ? (
          <LeafCard
            key={node.code}
            roundId={round.id}
            unitId={unit.unitId}
            node={node}
            leaf={leaf}
            can={permissions(node.code)}
            draft={drafts[node.code]}
            onDraft={self.setDraft}
            onSaveSelf={(code) => self.save([code])}
            saveState={self.states[node.code]}
            onSaved={saved}
            onHistory={setHistoryCode}
          />
        ) : null;
      }
      if (node.maxPoints === undefined) return null;
      const heading = (
        <Title order={depth === 0 ? 2 : 3} size={depth === 0 ? 'h3' : 'h5'} mt={depth === 0 ? 0 : 'xs'}>
          {node.code}. {node.title}{' '}
          <Text span c="dimmed" size="sm">
            ({t('scoring.leaf.max', { max: formatPointsVi(node.maxPoints) })})
          </Text>
        </Title>
      );
      return depth === 0 ? (
        <Paper key={node.code} withBorder p="md" component="section" aria-label={`${node.code}. ${node.title}`}>
          <Stack gap="sm">
            {heading}
            {areaLine(node.code)}
            {renderNodes(node.children ?? [], depth + 1)}
          </Stack>
        </Paper>
      ) : (
        <Fragment key={node.code}>
          {heading}
          {renderNodes(node.children ?? [], depth + 1)}
        </Fragment>
      );
    });
  const areaLine = (code: string) => {
    const parts = totals.flatMap(({ label, score }) => {
      const area = score?.areas.find((a) => a.code === code);
      return area ? [`${label}: ${formatPointsVi(area.points)}/${formatPointsVi(area.effectiveMax)}`] : [];
    });
    return (
      <Text size="sm" c="dimmed">
        {parts.join(' · ')}
      </Text>
    );
  };

  return (
    <>
      {confirmDialog}
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('scoring.sheet.title', { unit: unit.name })}</Title>
          <Group gap="xs" mt={4}>
            <Text c="dimmed">{round.name}</Text>
            <Badge color={STAGE_COLORS[round.status]}>{t(`roundStage.${round.status}`)}</Badge>
            {unit.submittedAt ? (
              <Badge color="green" variant="light">
                {t('scoring.sheet.isSubmitted')}
              </Badge>
            ) : (
              <Badge color="gray" variant="light">
                {t('scoring.sheet.notSubmitted')}
              </Badge>
            )}
          </Group>
        </div>
        <Group>
          {selfOpen && (
            <Button variant="default" onClick={() => void prefill()} loading={busy}>
              {t('scoring.sheet.prefill')}
            </Button>
          )}
          {selfOpen && (
            <Button
              variant="light"
              onClick={() => void saveAll()}
              loading={busy}
              disabled={changed === 0}
              title={t('scoring.sheet.autosaveHint')}
            >
              {t('scoring.sheet.saveAll', { count: changed })}
            </Button>
          )}
          {selfOpen && (
            <Button onClick={() => void submitAsked()} loading={busy} disabled={Object.keys(drafts).length > 0}>
              {t('scoring.sheet.submit')}
            </Button>
          )}
          {round.status === 'appraisal' && myAreas.size > 0 && (
            <Button color="teal" onClick={() => void acceptRestAsked()} loading={busy}>
              {t('scoring.sheet.acceptRest')}
            </Button>
          )}
          {unanswered.length > 0 && (
            <Button color="orange" variant="light" onClick={() => void zeroAsked()} loading={busy}>
              {t('scoring.sheet.zero', { count: unanswered.length })}
            </Button>
          )}
          <Button component="a" variant="default" href={downloads.unitSheet(round.id, unit.unitId)} download>
            {t('scoring.sheet.download')}
          </Button>
        </Group>
      </Group>
      {message && (
        <Alert
          color={message.color}
          role={message.color === 'red' ? 'alert' : 'status'}
          withCloseButton
          onClose={() => setMessage(null)}
          style={{ whiteSpace: 'pre-line' }}
        >
          {message.text}
        </Alert>
      )}
      {selfOpen && (
        <Text size="sm" c="dimmed">
          {t('scoring.sheet.autosaveHint')}
        </Text>
      )}
      {myAreas.size > 0 && <Text size="sm">{t('scoring.sheet.myAreas', { areas: [...myAreas].join(', ') })}</Text>}
      <SimpleGrid cols={{ base: 1, sm: live ? 4 : 3 }} role="group" aria-label={t('scoring.sheet.totals')}>
        {live && (
          <TotalCard
            label={t('scoring.sheet.liveTotal')}
            points={live.total}
            max={live.effectiveMax}
            percent={live.percent}
            band={live.band}
          />
        )}
        {totals.map(({ label, score }) => (
          <TotalCard
            key={label}
            label={label}
            points={score?.total ?? null}
            max={score?.effectiveMax ?? null}
            percent={score?.percent ?? null}
            band={score?.band ?? null}
          />
        ))}
      </SimpleGrid>
      {selfOpen && errors.length > 0 && (
        <Alert color="yellow" title={t('scoring.sheet.issues', { count: errors.length })}>
          <Text size="sm" lineClamp={4}>
            {errors.map((i) => i.message).join(' · ')}
          </Text>
        </Alert>
      )}
      {renderNodes(set.nodes, 0)}
      <LeafHistory roundId={round.id} unitId={unit.unitId} code={historyCode} onClose={() => setHistoryCode(null)} />
    </>
  );
}

function TotalCard({
  label,
  points,
  max,
  percent,
  band,
}: {
  label: string;
  points: number | null;
  max: number | null;
  percent: number | null;
  band: string | null;
}) {
  const t = useT();
  return (
    <Paper withBorder p="sm" aria-label={label}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {points === null ? (
        <Text fw={600}>—</Text>
      ) : (
        <>
          <Text fw={700} size="xl">
            {formatPointsVi(points)} / {formatPointsVi(max)}
          </Text>
          <Text size="sm">
            {t('scoring.sheet.index')}: {formatPercentVi(percent)} {band ? `· ${bandLabel(t, band)}` : ''}
          </Text>
        </>
      )}
    </Paper>
  );
}

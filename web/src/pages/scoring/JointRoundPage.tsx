import { getRouteApi } from '@tanstack/react-router';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Input,
  List,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { isApiError } from '../../api/client.js';
import { explain, prefillUnit, selfAssess } from '../../api/scoring.js';
import {
  createDeductionWork,
  importMinistryAppraisal,
  jointExportUrl,
  jointKeys,
  jointRoundQuery,
  lockJointRound,
  recordMinistryAppraisal,
  reviewJointLeaf,
  setJointAgencies,
  type JointLeaf,
  type JointRound,
} from '../../api/scoring-joint.js';
import { useCurrentUser } from '../../api/session.js';
import { canManageScoring } from '../../auth/roles.js';
import { planListQuery } from '../../api/plans.js';
import { AnchorLink, BackLink } from '../../components/AnchorLink.js';
import { DateField } from '../../components/DateField.js';
import { useConfirm } from '../../components/ConfirmDialog.js';
import { EmptyState } from '../../components/EmptyState.js';
import { FormDialog } from '../../components/FormDialog.js';
import { NumberField } from '../../components/NumberField.js';
import { PageShell } from '../../components/PageShell.js';
import { TableScroll } from '../../components/TableScroll.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { formatDateTimeVi, formatDateVi, formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { STAGE_COLORS } from './scoring-format.js';

const jointRoute = getRouteApi('/app/cham-diem/dot/$roundId/tu-danh-gia-chung');

const STATUS_COLORS: Record<JointLeaf['status'], string> = {
  open: 'gray',
  filled: 'blue',
  returned: 'orange',
  accepted: 'green',
};

/** The province's joint self-assessment: the coordinator's board, or an agency's own criteria. */
export function JointRoundPage() {
  const t = useT();
  const { roundId } = jointRoute.useParams();
  const query = useQuery(jointRoundQuery(roundId));
  return (
    <PageShell
      back={
        <BackLink to="/cham-diem/dot/$roundId" params={{ roundId }}>
          {t('joint.back')}
        </BackLink>
      }
      query={query}
    >
      {(joint) => <JointView joint={joint} />}
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

type Dialog =
  | { kind: 'fill' | 'return' | 'explain' | 'appraise' | 'work'; leaf: JointLeaf }
  | { kind: 'assign'; code?: string }
  | null;

/** An agency prefills its own linked criteria from the figures cchc tracks (the others are not touched). */
function AgencyPrefill({ joint }: { joint: JointRound }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ color: string; text: string; lines?: string[] } | null>(null);
  const { round, unit } = joint.sheet;
  const run = async () => {
    setBusy(true);
    try {
      const result = await prefillUnit(round.id, unit.unitId);
      await queryClient.invalidateQueries({ queryKey: ['scoring'] });
      setMessage({
        color: 'green',
        text: t('joint.prefilled', { filled: result.prefilled.length, missing: result.missing.length }),
        // Each figure recorded, with its criterion: the agency sees what was filled and from where.
        lines: result.prefilled.map((p) => `${p.code}${p.input ? ` (${p.input})` : ''}: ${p.label}`),
      });
    } catch (error) {
      setMessage({ color: 'red', text: isApiError(error) ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs">
      <Group>
        <Button variant="default" onClick={() => void run()} loading={busy}>
          {t('joint.prefill')}
        </Button>
      </Group>
      {message && (
        <Alert color={message.color} role="status">
          {message.text}
          {message.lines && message.lines.length > 0 && (
            <List size="sm" mt="xs" aria-label={t('joint.prefilledList')}>
              {message.lines.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}

function JointView({ joint }: { joint: JointRound }) {
  const t = useT();
  const user = useCurrentUser();
  const manager = canManageScoring(user.role);
  const { round, unit } = joint.sheet;
  const [dialog, setDialog] = useState<Dialog>(null);
  const agencyName = (id: string) => joint.agencies.find((a) => a.id === id)?.name ?? id;
  const myAgency = joint.agencyView ? agencyName(joint.agencyView) : null;
  return (
    <>
      <div>
        <Group gap="sm">
          <Title order={1}>{t('joint.title', { name: round.name })}</Title>
          <Badge color={STAGE_COLORS[round.status]} size="lg">
            {t(`roundStage.${round.status}`)}
          </Badge>
          {unit.submittedAt && (
            <Badge color="gray" size="lg">
              {t('joint.locked', { date: formatDateTimeVi(unit.submittedAt) })}
            </Badge>
          )}
        </Group>
        <Text c="dimmed" size="sm">
          {myAgency ? t('joint.agencyIntro', { agency: myAgency }) : t('joint.coordinatorIntro')}
        </Text>
        {joint.explanationDue && (
          <Text size="sm">{t('joint.explanationDue', { date: formatDateVi(joint.explanationDue) })}</Text>
        )}
      </div>
      {manager && <CoordinatorTools joint={joint} onAssign={() => setDialog({ kind: 'assign' })} />}
      {myAgency && round.status === 'self_assessment' && !unit.submittedAt && <AgencyPrefill joint={joint} />}
      <Section title={t('joint.progress')}>
        <ProgressTable joint={joint} />
      </Section>
      <Section title={t('joint.criteria')}>
        <CriteriaTable joint={joint} manager={manager} onAction={setDialog} agencyName={agencyName} />
      </Section>
      {dialog?.kind === 'assign' && <AssignDialog joint={joint} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'work' && (
        <DeductionWorkDialog joint={joint} leaf={dialog.leaf} agencyName={agencyName} onClose={() => setDialog(null)} />
      )}
      {dialog && dialog.kind !== 'assign' && dialog.kind !== 'work' && (
        <LeafDialog joint={joint} kind={dialog.kind} leaf={dialog.leaf} onClose={() => setDialog(null)} />
      )}
    </>
  );
}

function CoordinatorTools({ joint, onAssign }: { joint: JointRound; onAssign: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { round, unit } = joint.sheet;
  const [confirm, confirmDialog] = useConfirm();
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const inputId = useId();
  const [key, setKey] = useState(0);
  const run = async (work: () => Promise<unknown>, done?: (result: unknown) => string) => {
    setMessage(null);
    try {
      const result = await work();
      // The message comes once the table shows what was done.
      await queryClient.invalidateQueries({ queryKey: ['scoring'] });
      if (done) setMessage({ color: 'green', text: done(result) });
    } catch (caught) {
      setMessage({ color: 'red', text: isApiError(caught) ? caught.message : t('error.network') });
    }
  };
  const lock = async () => {
    const ok = await confirm({
      title: t('joint.lock'),
      lines: [t('joint.lockConfirm')],
      confirmLabel: t('joint.lock'),
      color: 'red',
    });
    if (ok) await run(() => lockJointRound(round.id, unit.version));
  };
  return (
    <Stack gap="xs">
      {confirmDialog}
      <Group>
        {round.status !== 'published' && (
          <Button variant="light" onClick={onAssign}>
            {t('joint.assign')}
          </Button>
        )}
        {round.status === 'self_assessment' && !unit.submittedAt && (
          <Button onClick={() => void lock()}>{t('joint.lock')}</Button>
        )}
        <Anchor href={jointExportUrl(round.id, 'xlsx')}>{t('joint.exportXlsx')}</Anchor>
        <Anchor href={jointExportUrl(round.id, 'docx')}>{t('joint.exportDocx')}</Anchor>
      </Group>
      {round.status === 'appraisal' && (
        <Input.Wrapper label={t('joint.import')} description={t('joint.importHint')} id={inputId}>
          <input
            key={key}
            id={inputId}
            type="file"
            accept=".xlsx,.csv"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file)
                void run(
                  () => importMinistryAppraisal(round.id, file),
                  (r) => t('joint.imported', r as { saved: number; unchanged: number }),
                ).finally(() => setKey((k) => k + 1));
            }}
            style={{ display: 'block', marginTop: 4 }}
          />
        </Input.Wrapper>
      )}
      {message && (
        <Alert
          color={message.color}
          role={message.color === 'red' ? 'alert' : 'status'}
          style={{ whiteSpace: 'pre-line' }}
        >
          {message.text}
        </Alert>
      )}
    </Stack>
  );
}

function ProgressTable({ joint }: { joint: JointRound }) {
  const t = useT();
  if (!joint.progress.length) return <EmptyState inline>{t('joint.none')}</EmptyState>;
  return (
    <TableScroll>
      <Table aria-label={t('joint.progress')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('joint.agency')}</Table.Th>
            <Table.Th ta="right">{t('joint.assigned')}</Table.Th>
            <Table.Th ta="right">{t('joint.filled')}</Table.Th>
            <Table.Th ta="right">{t('joint.returned')}</Table.Th>
            <Table.Th ta="right">{t('joint.accepted')}</Table.Th>
            <Table.Th ta="right">{t('joint.owed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {joint.progress.map((p) => (
            <Table.Tr key={p.agencyId}>
              <Table.Td>{p.agencyName}</Table.Td>
              <Table.Td ta="right">{p.assigned}</Table.Td>
              <Table.Td ta="right">{p.filled}</Table.Td>
              <Table.Td ta="right">{p.returned}</Table.Td>
              <Table.Td ta="right">{p.accepted}</Table.Td>
              <Table.Td ta="right">{p.explanationsOwed}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function CriteriaTable({
  joint,
  manager,
  onAction,
  agencyName,
}: {
  joint: JointRound;
  manager: boolean;
  onAction: (dialog: Dialog) => void;
  agencyName: (id: string) => string;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const { round, unit } = joint.sheet;
  const sheetLeaf = new Map(joint.sheet.leaves.map((l) => [l.code, l]));
  const [error, setError] = useState<string | null>(null);
  const selfOpen = round.status === 'self_assessment' && !unit.submittedAt;
  const accept = async (leaf: JointLeaf) => {
    setError(null);
    try {
      const next = await reviewJointLeaf(round.id, leaf.code, sheetLeaf.get(leaf.code)!.version, 'accept');
      queryClient.setQueryData(jointKeys.round(round.id), next);
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    }
  };
  if (!joint.leaves.length) return <EmptyState inline>{t('joint.none')}</EmptyState>;
  return (
    <Stack gap="xs">
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <TableScroll>
        {/* Below this width the columns would wrap word by word: the table scrolls sideways instead. */}
        <Table aria-label={t('joint.criteria')} striped verticalSpacing="xs" miw={960}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('joint.code')}</Table.Th>
              <Table.Th>{t('joint.criterion')}</Table.Th>
              <Table.Th>{t('joint.agencies')}</Table.Th>
              <Table.Th>{t('joint.status')}</Table.Th>
              <Table.Th ta="right">{t('joint.self')}</Table.Th>
              <Table.Th ta="right">{t('joint.ministry')}</Table.Th>
              <Table.Th>{t('joint.note')}</Table.Th>
              <Table.Th>{t('joint.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {joint.leaves.map((leaf) => {
              const view = sheetLeaf.get(leaf.code);
              const mine = joint.agencyView !== null && leaf.agencyIds.includes(joint.agencyView);
              const named = joint.agencies.filter(
                (a) => leaf.namedIds.includes(a.id) && !leaf.agencyIds.includes(a.id),
              );
              return (
                <Table.Tr key={leaf.code} data-code={leaf.code}>
                  <Table.Td>{leaf.code}</Table.Td>
                  <Table.Td maw={320}>
                    <Text size="sm">{view?.title}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {leaf.agencyIds.length ? leaf.agencyIds.map(agencyName).join('; ') : t('joint.nobody')}
                    </Text>
                    {named.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {t('joint.successorOf', { names: named.map((a) => a.name).join('; ') })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[leaf.status]} variant="light" style={{ minWidth: 'max-content' }}>
                      {t(`joint.status.${leaf.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    {view?.self.entry ? formatNumberVi(view.self.points ?? 0, 2) : '–'} /{' '}
                    {formatNumberVi(view?.maxPoints ?? 0, 2)}
                  </Table.Td>
                  <Table.Td ta="right">
                    {view?.appraisal?.points != null ? formatNumberVi(view.appraisal.points, 2) : '–'}
                  </Table.Td>
                  <Table.Td maw={280}>
                    <Stack gap={2}>
                      {view?.self.note && <Text size="xs">{view.self.note}</Text>}
                      {leaf.reviewReason && (
                        <Text size="xs" c="orange.8">
                          {t('joint.returnedBecause', { reason: leaf.reviewReason })}
                        </Text>
                      )}
                      {view?.appraisal?.reason && <Text size="xs">{view.appraisal.reason}</Text>}
                      {view?.explanation && (
                        <Text size="xs" c="dimmed">
                          {t('joint.explanation', { text: view.explanation })}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td miw={190}>
                    <Group gap={4}>
                      {mine && selfOpen && leaf.status !== 'accepted' && (
                        <Button size="compact-sm" onClick={() => onAction({ kind: 'fill', leaf })}>
                          {t('joint.fill')}
                        </Button>
                      )}
                      {mine && leaf.explanationOwed && (
                        <Button size="compact-sm" onClick={() => onAction({ kind: 'explain', leaf })}>
                          {t('joint.explain')}
                        </Button>
                      )}
                      {manager && selfOpen && leaf.status === 'filled' && (
                        <>
                          <Button
                            size="compact-sm"
                            color="green"
                            style={{ flexShrink: 0 }}
                            onClick={() => void accept(leaf)}
                          >
                            {t('joint.accept')}
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="light"
                            color="orange"
                            onClick={() => onAction({ kind: 'return', leaf })}
                          >
                            {t('joint.return')}
                          </Button>
                        </>
                      )}
                      {manager && round.status === 'appraisal' && (
                        <Button size="compact-sm" variant="light" onClick={() => onAction({ kind: 'appraise', leaf })}>
                          {t('joint.appraise')}
                        </Button>
                      )}
                      {manager && (view?.deducted ?? 0) > 0 && !leaf.work && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          color="grape"
                          aria-label={t('joint.workFor', { code: leaf.code })}
                          onClick={() => onAction({ kind: 'work', leaf })}
                        >
                          {t('joint.work')}
                        </Button>
                      )}
                      {leaf.work && (
                        <Text size="xs" c="grape.8">
                          {t('joint.workGiven', {
                            agency: leaf.work.unitName,
                            date: leaf.work.dueOn ? formatDateVi(leaf.work.dueOn) : '–',
                          })}
                        </Text>
                      )}
                      {(mine || manager) && (
                        <AnchorLink
                          to="/cham-diem/dot/$roundId/don-vi/$unitId"
                          params={{ roundId: round.id, unitId: unit.unitId }}
                          size="sm"
                        >
                          {t('joint.openSheet')}
                        </AnchorLink>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}

function LeafDialog({
  joint,
  kind,
  leaf,
  onClose,
}: {
  joint: JointRound;
  kind: 'fill' | 'return' | 'explain' | 'appraise';
  leaf: JointLeaf;
  onClose: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const { round, unit } = joint.sheet;
  const view = joint.sheet.leaves.find((l) => l.code === leaf.code)!;
  const initialPoints =
    kind === 'appraise'
      ? typeof view.appraisal?.entry?.value === 'number'
        ? view.appraisal.entry.value
        : null
      : typeof view.self.entry?.value === 'number'
        ? view.self.entry.value
        : null;
  const [points, setPoints] = useState<number | null>(initialPoints);
  const [text, setText] = useState(kind === 'fill' ? (view.self.note ?? '') : '');
  const { serverError, pending, submit } = useFormSubmission();
  const titles = {
    fill: t('joint.fillTitle', { code: leaf.code }),
    return: t('joint.returnTitle', { code: leaf.code }),
    explain: t('joint.explainTitle', { code: leaf.code }),
    appraise: t('joint.appraiseTitle', { code: leaf.code }),
  };
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['scoring'] });
    onClose();
  };
  const save = () =>
    void submit({ ok: true, data: null }, async () => {
      if (kind === 'fill')
        await selfAssess(round.id, unit.unitId, leaf.code, {
          version: view.version,
          entry: { value: points ?? Number.NaN },
          note: text.trim() || null,
        });
      if (kind === 'return') await reviewJointLeaf(round.id, leaf.code, view.version, 'return', text);
      if (kind === 'explain') await explain(round.id, unit.unitId, leaf.code, view.version, text);
      if (kind === 'appraise')
        await recordMinistryAppraisal(round.id, leaf.code, {
          version: view.version,
          entry: { value: points ?? Number.NaN },
          ...(text.trim() ? { reason: text.trim() } : {}),
        });
      await refresh();
    });
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={titles[kind]}
      intro={<Text size="sm">{`${view.code}. ${view.title}`}</Text>}
      error={serverError}
      submitLabel={kind === 'return' ? t('joint.return') : t('common.save')}
      pending={pending}
      onSubmit={save}
    >
      {(kind === 'fill' || kind === 'appraise') && (
        <NumberField
          label={t(kind === 'fill' ? 'joint.points' : 'joint.ministryPoints', {
            max: formatNumberVi(view.maxPoints, 2),
          })}
          value={points}
          onChange={setPoints}
          min={0}
          max={view.maxPoints}
          required
          data-autofocus
        />
      )}
      <Textarea
        label={t(
          kind === 'fill'
            ? 'joint.noteLabel'
            : kind === 'return'
              ? 'joint.reason'
              : kind === 'explain'
                ? 'joint.answer'
                : 'joint.ministryReason',
        )}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={3}
        required={kind === 'return' || kind === 'explain'}
        {...(kind === 'return' || kind === 'explain' ? { 'data-autofocus': true } : {})}
      />
    </FormDialog>
  );
}

/**
 * The coordinator turns a criterion the Ministry deducted into an assignment for its agency: the dialog says what
 * will be given to whom before anything is made (one per criterion; due 31/12 of the plan's year unless a date is set).
 */
function DeductionWorkDialog({
  joint,
  leaf,
  agencyName,
  onClose,
}: {
  joint: JointRound;
  leaf: JointLeaf;
  agencyName: (id: string) => string;
  onClose: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const { round } = joint.sheet;
  const view = joint.sheet.leaves.find((l) => l.code === leaf.code)!;
  const plans = useQuery(planListQuery);
  const open = (plans.data ?? []).filter((p) => !p.archived).sort((a, b) => b.year - a.year);
  const [planId, setPlanId] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(leaf.agencyIds.length === 1 ? leaf.agencyIds[0]! : null);
  const [dueOn, setDueOn] = useState<string | null>(null);
  const chosenPlan = planId ?? open[0]?.id ?? null;
  const { serverError, pending, submit } = useFormSubmission();
  const save = () =>
    void submit({ ok: true, data: null }, async () => {
      await createDeductionWork(round.id, leaf.code, {
        planId: chosenPlan ?? '',
        ...(unitId ? { unitId } : {}),
        dueOn,
      });
      await queryClient.invalidateQueries({ queryKey: ['scoring'] });
      onClose();
    });
  const year = open.find((p) => p.id === chosenPlan)?.year;
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('joint.workTitle', { code: leaf.code })}
      intro={
        <Text size="sm">
          {t('joint.workIntro', {
            code: leaf.code,
            title: view.title,
            lost: formatNumberVi(view.deducted, 2),
            max: formatNumberVi(view.maxPoints, 2),
          })}
        </Text>
      }
      error={serverError}
      submitLabel={t('joint.workConfirm')}
      pending={pending}
      onSubmit={save}
    >
      <Select
        label={t('joint.workAgency')}
        data={leaf.agencyIds.map((id) => ({ value: id, label: agencyName(id) }))}
        value={unitId}
        onChange={setUnitId}
        required
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t('joint.workPlan')}
        data={open.map((p) => ({ value: p.id, label: p.name }))}
        value={chosenPlan}
        onChange={setPlanId}
        required
        comboboxProps={{ withinPortal: true }}
      />
      <DateField
        label={t('joint.workDue')}
        description={year ? t('joint.workDueHint', { date: formatDateVi(`${year}-12-31`) }) : undefined}
        value={dueOn}
        onChange={setDueOn}
        clearable
      />
    </FormDialog>
  );
}

function AssignDialog({ joint, onClose }: { joint: JointRound; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { round } = joint.sheet;
  const codes = [
    ...joint.sheet.scores.self.areas.map((a) => ({ value: a.code, label: `${a.code}. ${a.title}` })),
    ...joint.sheet.leaves
      .filter((l) => !joint.sheet.scores.self.areas.some((a) => a.code === l.code))
      .map((l) => ({ value: l.code, label: `${l.code}. ${l.title}` })),
  ];
  const [code, setCode] = useState<string | null>(null);
  const namedFor = (c: string | null) => joint.named.find((n) => n.code === c)?.agencyIds ?? [];
  const [agencies, setAgencies] = useState<{ id: string; name: string }[]>([]);
  const nameOf = (id: string) => joint.agencies.find((a) => a.id === id)?.name ?? id;
  const { serverError, pending, submit } = useFormSubmission();
  const save = () =>
    void submit({ ok: true, data: null }, async () => {
      const next = await setJointAgencies(
        round.id,
        code ?? '',
        agencies.map((a) => a.id),
      );
      queryClient.setQueryData(jointKeys.round(round.id), next);
      onClose();
    });
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('joint.assignTitle')}
      size="lg"
      intro={<Text size="sm">{t('joint.assignHint')}</Text>}
      error={serverError}
      submitLabel={t('common.save')}
      pending={pending}
      onSubmit={save}
    >
      <Select
        label={t('joint.assignCode')}
        data={codes}
        value={code}
        searchable
        required
        onChange={(c) => {
          setCode(c);
          setAgencies(namedFor(c).map((id) => ({ id, name: nameOf(id) })));
        }}
        comboboxProps={{ withinPortal: true }}
      />
      <Group gap="xs">
        {agencies.map((a) => (
          <Badge
            key={a.id}
            size="lg"
            variant="light"
            rightSection={
              <ActionIcon
                size="xs"
                variant="transparent"
                aria-label={t('joint.removeAgency', { name: a.name })}
                onClick={() => setAgencies((all) => all.filter((x) => x.id !== a.id))}
              >
                ✕
              </ActionIcon>
            }
          >
            {a.name}
          </Badge>
        ))}
      </Group>
      <UnitPicker
        label={t('joint.addAgency')}
        value={null}
        onChange={(id, name) => {
          if (id && !agencies.some((a) => a.id === id)) setAgencies((all) => [...all, { id, name: name ?? id }]);
        }}
      />
    </FormDialog>
  );
}

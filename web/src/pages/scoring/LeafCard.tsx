import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FocusEvent } from 'react';
import { toMilli } from '../../../../src/domain/scoring/decimal.js';
import { scoreByMethod } from '../../../../src/domain/scoring/methods.js';
import type { CriteriaNode, LeafEntry } from '../../../../src/domain/scoring/types.js';
import { isApiError } from '../../api/client.js';
import { appraise, explain, type LeafView, type UnitScoring } from '../../api/scoring.js';
import { useT } from '../../i18n/I18nProvider.js';
import { LeafEvidence } from './LeafEvidence.js';
import { LeafInput, LivePoints } from './LeafInput.js';
import { describeEntry, formatPointsVi } from './scoring-format.js';
import type { SaveState, SelfDraft } from './useSelfDrafts.js';

/** What the signed-in user may do on this leaf now. */
export interface LeafPermissions {
  selfAssess: boolean;
  /** First appraisal or final appraisal (the stage says which). */
  review: 'appraisal' | 'final' | null;
  explain: boolean;
  addEvidence: boolean;
  /** Evidence of this stage may be withdrawn now (the stage it was added in is still open for the unit). */
  withdrawEvidence: 'self' | 'explanation' | null;
}

interface LeafCardProps {
  roundId: string;
  unitId: string;
  node: CriteriaNode;
  leaf: LeafView;
  can: LeafPermissions;
  /** The unsaved self-assessment (lifted so the totals follow it live and "Lưu tất cả" can save it). */
  draft: SelfDraft | undefined;
  onDraft: (code: string, draft: SelfDraft | null) => void;
  /** Saves this criterion's draft (the sheet queues saves so they never race). */
  onSaveSelf: (code: string) => Promise<unknown>;
  saveState: SaveState | undefined;
  onSaved: (sheet: UnitScoring) => void;
  onHistory: (code: string) => void;
}

/** One scored leaf: what it asks, what the unit declared, the appraisal, the explanation, and the actions open now. */
export function LeafCard({
  roundId,
  unitId,
  node,
  leaf,
  can,
  draft,
  onDraft,
  onSaveSelf,
  saveState,
  onSaved,
  onHistory,
}: LeafCardProps) {
  const t = useT();
  const [adjusting, setAdjusting] = useState(false);
  const [adjusted, setAdjusted] = useState<LeafEntry | null>(null);
  const [reason, setReason] = useState('');
  const [answer, setAnswer] = useState(leaf.explanation ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const words = {
    yes: t('scoring.leaf.yes'),
    no: t('scoring.leaf.no'),
    notApplicable: t('scoring.leaf.notApplicable'),
  };
  const method = node.method;

  const run = async (work: () => Promise<UnitScoring>) => {
    setError(null);
    setBusy(true);
    try {
      onSaved(await work());
      return true;
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const selfEntry = draft?.entry ?? leaf.self.entry;
  const note = draft?.note ?? leaf.self.note ?? '';
  const editSelf = (patch: Partial<SelfDraft>) => onDraft(leaf.code, { entry: selfEntry, note, ...patch });
  // Errors of a self-assessment save are shown by saveState, not here.
  const saveSelf = () => onSaveSelf(leaf.code).catch(() => undefined);
  // Save as you go: leaving a changed criterion whose entry scores saves it.
  const autosave = (event: FocusEvent<HTMLElement>) => {
    if (!can.selfAssess || !draft?.entry || !node.method) return;
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    if (!scoreByMethod(node.method, toMilli(node.maxPoints ?? 0), draft.entry).ok) return;
    void saveSelf();
  };
  const review = async (decision: 'accept' | 'adjust') => {
    const ok = await run(() =>
      appraise(
        roundId,
        unitId,
        leaf.code,
        decision === 'accept'
          ? { version: leaf.version, decision }
          : { version: leaf.version, decision, entry: adjusted ?? {}, reason },
      ),
    );
    if (ok) {
      setAdjusting(false);
      setReason('');
    }
  };
  const reviewed = can.review === 'final' ? leaf.final : leaf.appraisal;
  const saving = saveState?.kind === 'saving';

  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      aria-label={t('scoring.leaf.aria', { code: leaf.code })}
      data-leaf={leaf.code}
      onBlur={autosave}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text fw={600}>
              {leaf.code}. {leaf.title}
            </Text>
            <Group gap={6} mt={2}>
              <Badge variant="light">{t('scoring.leaf.max', { max: formatPointsVi(leaf.maxPoints) })}</Badge>
              <Badge variant="outline" color="gray">
                {t(`scoring.method.${leaf.method}` as 'scoring.method.yes_no')}
              </Badge>
              {leaf.source === 'survey' && <Badge color="grape">{t('scoring.leaf.survey')}</Badge>}
              {leaf.deducted > 0 && (
                <Badge color="red">{t('scoring.leaf.deducted', { points: formatPointsVi(leaf.deducted) })}</Badge>
              )}
            </Group>
          </div>
          <Button
            variant="subtle"
            size="xs"
            onClick={() => onHistory(leaf.code)}
            aria-label={t('scoring.history.open', { code: leaf.code })}
          >
            {t('scoring.history.button')}
          </Button>
        </Group>
        {leaf.guidance && (
          <Text size="xs" c="dimmed">
            {leaf.guidance}
          </Text>
        )}

        {leaf.source === 'survey' ? (
          <Text size="sm">{t('scoring.leaf.surveyPoints', { points: formatPointsVi(leaf.surveyPoints) })}</Text>
        ) : can.selfAssess ? (
          <Stack gap={6}>
            <LeafInput
              node={node}
              value={selfEntry}
              onChange={(entry) => editSelf({ entry })}
              label={t('scoring.leaf.selfLabel', { code: leaf.code })}
            />
            <LivePoints node={node} entry={selfEntry} />
            <Textarea
              label={t('scoring.leaf.note')}
              aria-label={t('scoring.leaf.noteOf', { code: leaf.code })}
              autosize
              minRows={1}
              value={note}
              onChange={(e) => editSelf({ note: e.currentTarget.value })}
            />
            <Group>
              <Button
                size="xs"
                onClick={() => void saveSelf()}
                loading={saving}
                disabled={!draft?.entry}
                aria-label={t('scoring.leaf.saveOf', { code: leaf.code })}
              >
                {t('common.save')}
              </Button>
              <SelfSaveStatus unsaved={draft !== undefined && !saving} state={saveState} />
            </Group>
          </Stack>
        ) : (
          <Text size="sm">
            {t('scoring.leaf.selfResult', {
              entry: describeEntry(leaf.self.entry, method, words),
              points: formatPointsVi(leaf.self.points),
            })}
            {leaf.self.note ? ` — ${leaf.self.note}` : ''}
          </Text>
        )}
        {leaf.self.prefilledFrom && (
          <Text size="xs" c="dimmed">
            {t('scoring.leaf.prefilled', { from: leaf.self.prefilledFrom })}
          </Text>
        )}

        {leaf.appraisal && (
          <Text size="sm" c={leaf.appraisal.reason ? 'red.8' : undefined}>
            {t('scoring.leaf.appraisalResult', {
              entry: describeEntry(leaf.appraisal.entry, method, words),
              points: formatPointsVi(leaf.appraisal.points),
            })}
            {leaf.appraisal.reason ? ` — ${t('scoring.leaf.reason')}: ${leaf.appraisal.reason}` : ''}
          </Text>
        )}
        {leaf.explanation && !can.explain && (
          <Text size="sm">{t('scoring.leaf.explanationResult', { answer: leaf.explanation })}</Text>
        )}
        {leaf.final && (
          <Text size="sm" c="teal.8">
            {t('scoring.leaf.finalResult', {
              entry: describeEntry(leaf.final.entry, method, words),
              points: formatPointsVi(leaf.final.points),
            })}
            {leaf.final.reason ? ` — ${t('scoring.leaf.reason')}: ${leaf.final.reason}` : ''}
          </Text>
        )}

        {can.review && leaf.source === 'self' && (
          <Stack gap={6}>
            <Group gap="xs">
              <Text size="sm" fw={500}>
                {reviewed ? t('scoring.review.done') : t('scoring.review.pending')}
              </Text>
              <Button
                size="xs"
                color="teal"
                variant="light"
                onClick={() => void review('accept')}
                loading={busy}
                aria-label={t('scoring.review.acceptOf', { code: leaf.code })}
              >
                {t('scoring.review.accept')}
              </Button>
              <Button
                size="xs"
                color="orange"
                variant="light"
                onClick={() => {
                  setAdjusting((open) => !open);
                  setAdjusted(reviewed?.entry ?? leaf.appraisal?.entry ?? leaf.self.entry);
                }}
                aria-label={t('scoring.review.adjustOf', { code: leaf.code })}
              >
                {t('scoring.review.adjust')}
              </Button>
            </Group>
            {adjusting && (
              <Stack gap={6}>
                <LeafInput
                  node={node}
                  value={adjusted}
                  onChange={setAdjusted}
                  label={t('scoring.review.valueOf', { code: leaf.code })}
                />
                <LivePoints node={node} entry={adjusted} />
                <Textarea
                  label={t('scoring.review.reason')}
                  aria-label={t('scoring.review.reasonOf', { code: leaf.code })}
                  required
                  autosize
                  minRows={2}
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                />
                <Group>
                  <Button
                    size="xs"
                    color="orange"
                    onClick={() => void review('adjust')}
                    loading={busy}
                    aria-label={t('scoring.review.saveOf', { code: leaf.code })}
                  >
                    {t('scoring.review.save')}
                  </Button>
                </Group>
              </Stack>
            )}
          </Stack>
        )}

        {can.explain && (
          <Stack gap={6}>
            <Textarea
              label={t('scoring.explain.label')}
              aria-label={t('scoring.explain.labelOf', { code: leaf.code })}
              autosize
              minRows={2}
              value={answer}
              onChange={(e) => setAnswer(e.currentTarget.value)}
            />
            <Group>
              <Button
                size="xs"
                onClick={() => void run(() => explain(roundId, unitId, leaf.code, leaf.version, answer))}
                loading={busy}
                aria-label={t('scoring.explain.saveOf', { code: leaf.code })}
              >
                {t('scoring.explain.save')}
              </Button>
            </Group>
          </Stack>
        )}

        {leaf.source === 'self' && (
          <LeafEvidence
            roundId={roundId}
            unitId={unitId}
            leaf={leaf}
            canAdd={can.addEvidence}
            withdrawable={can.withdrawEvidence}
            onSaved={onSaved}
          />
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** "Chưa lưu", "Đang lưu…", "Đã lưu" or why the save was refused, next to the criterion's save button. */
function SelfSaveStatus({ unsaved, state }: { unsaved: boolean; state: SaveState | undefined }) {
  const t = useT();
  if (state?.kind === 'saving')
    return (
      <Text size="xs" c="dimmed" role="status">
        {t('scoring.leaf.saving')}
      </Text>
    );
  if (state?.kind === 'failed')
    return (
      <Text size="xs" c="red" role="alert">
        {state.message}
      </Text>
    );
  if (unsaved)
    return (
      <Text size="xs" c="orange">
        {t('scoring.leaf.unsaved')}
      </Text>
    );
  if (state?.kind === 'saved')
    return (
      <Text size="xs" c="teal" role="status">
        {t('scoring.leaf.saved')}
      </Text>
    );
  return null;
}

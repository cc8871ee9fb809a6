import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { isApiError } from '../../api/client.js';
import {
  actOnReport,
  saveReport,
  type ReportAction,
  type ReportContent,
  type UnitReport,
} from '../../api/reporting.js';
import { useConfirm, type ConfirmRequest } from '../../components/ConfirmDialog.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { Section } from '../../components/Section.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/vi.js';
import { reportIssues, type ReportIssues } from '../../reporting/issues.js';
import type { ReviewComment } from './ItemComments.js';
import { ReportIndicators } from './ReportIndicators.js';
import { ReportItemCard } from './ReportItemCard.js';
import { ReportSections } from './ReportSections.js';
import { EmptyState } from '../../components/EmptyState.js';

interface ReportWorkspaceProps {
  report: UnitReport;
  onChanged: (next: UnitReport) => void;
  /** Someone else changed the report first (HTTP 409): the page reloads it. */
  onStale: () => void;
}

const NO_ISSUES = reportIssues(undefined);

/**
 * The report's content, editable by the unit while it is a draft or returned, with the reviewer's
 * comments beside the items they concern; the unit saves and submits, the coordinator returns, accepts or reopens.
 */
export function ReportWorkspace({ report, onChanged, onStale }: ReportWorkspaceProps) {
  const t = useT();
  const [draft, setDraft] = useState(report.content);
  const [base, setBase] = useState(report);
  const [issues, setIssues] = useState<ReportIssues>(NO_ISSUES);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<ReportAction['type'] | 'save' | null>(null);
  const [overallComment, setOverallComment] = useState('');
  const [comments, setComments] = useState<Record<string, string>>({});
  const [reopenOpen, reopenDialog] = useDisclosure(false);

  // A new version from the server (saved, acted on, reloaded) replaces the working copy.
  if (base !== report) {
    setBase(report);
    setDraft(report.content);
  }

  const { period, unitId, version } = report;
  const editable = report.allowedActions.includes('edit');
  const reviewing = report.allowedActions.includes('return');
  const dirty = JSON.stringify(draft) !== JSON.stringify(report.content);
  const returned = new Map(
    (report.status === 'returned' ? (report.lastReturn?.itemComments ?? []) : []).map((c) => [c.itemKey, c.comment]),
  );
  const returnedComment = (key: string) => returned.get(key);
  const review = (key: string): ReviewComment | null =>
    reviewing
      ? { value: comments[key] ?? '', onChange: (value) => setComments((current) => ({ ...current, [key]: value })) }
      : null;
  const assignments = new Map(report.assignments.map((a) => [a.id, a]));

  const run = async (kind: NonNullable<typeof busy>, work: () => Promise<UnitReport>, done: MessageKey) => {
    setBusy(kind);
    setError(null);
    setIssues(NO_ISSUES);
    try {
      const next = await work();
      notifications.show({ color: 'green', message: t(done) });
      onChanged(next);
    } catch (caught) {
      if (isApiError(caught) && caught.status === 409) return onStale();
      if (isApiError(caught)) setIssues(reportIssues(caught.details));
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setBusy(null);
    }
  };
  const save = () => saveReport(period.id, unitId, version, draft);
  const act = (action: ReportAction, at = version) => actOnReport(period.id, unitId, at, action);
  const submit = () =>
    run(
      'submit',
      async () => {
        if (!dirty && version > 0) return act({ type: 'submit' });
        const saved = await save();
        try {
          return await act({ type: 'submit' }, saved.version);
        } catch (caught) {
          onChanged(saved);
          throw caught;
        }
      },
      'report.submitted',
    );
  const sendBack = () =>
    run(
      'return',
      async () => {
        const itemComments = Object.entries(comments)
          .filter(([, comment]) => comment.trim())
          .map(([itemKey, comment]) => ({ itemKey, comment }));
        const next = await act({ type: 'return', overallComment: overallComment.trim() || null, itemComments });
        setComments({});
        setOverallComment('');
        return next;
      },
      'report.returned',
    );

  // Submitting hands the report over and accepting makes its figures count: both ask first, with the figures.
  const [confirm, confirmDialog] = useConfirm();
  const ask = async (request: ConfirmRequest, then: () => Promise<void>) => {
    if (await confirm(request)) await then();
  };
  const names = { period: period.label, unit: report.unitName };
  const submitAsked = () => {
    const finished = draft.items.filter((item) => item.status === 'done' || item.status === 'done_late').length;
    const notStarted = draft.items.filter((item) => item.status === 'not_started').length;
    // A figure given: typed, or a rate's two counts; one computed from tracked figures needs nothing.
    const automatic = new Set(report.indicators.filter((i) => i.entry === 'figure').map((i) => i.id));
    const values = draft.indicators.filter(
      (v) => automatic.has(v.indicatorId) || v.value !== null || (v.numerator != null && v.denominator != null),
    ).length;
    const figures = {
      items: formatNumberVi(draft.items.length),
      finished: formatNumberVi(finished),
      notStarted: formatNumberVi(notStarted),
      values: formatNumberVi(values),
      indicators: formatNumberVi(draft.indicators.length),
    };
    return ask(
      {
        title: t('confirm.submitReport.title'),
        lines: [t('confirm.submitReport.what', names), t('confirm.submitReport.figures', figures)],
        confirmLabel: t('report.submit'),
      },
      submit,
    );
  };
  const acceptAsked = () =>
    ask(
      {
        title: t('confirm.acceptReport.title'),
        lines: [t('confirm.acceptReport.what', names)],
        confirmLabel: t('report.accept'),
        color: 'green',
      },
      () => run('accept', () => act({ type: 'accept' }), 'report.accepted'),
    );

  const setItem = (index: number, next: ReportContent['items'][number]) =>
    setDraft((current) => ({ ...current, items: current.items.map((item, i) => (i === index ? next : item)) }));

  return (
    <Stack>
      {confirmDialog}
      {!editable && !reviewing && (
        <Text size="sm" c="dimmed">
          {t('report.readOnly', { state: t(`reportState.${report.status}`) })}
        </Text>
      )}
      <Section title={t('report.items')} hint={t('report.itemsHint')}>
        <Stack gap="sm">
          {draft.items.length === 0 && <EmptyState inline>{t('report.noItems')}</EmptyState>}
          {draft.items.map((item, index) => (
            <ReportItemCard
              key={item.assignmentId}
              item={item}
              assignment={assignments.get(item.assignmentId)}
              editable={editable}
              onChange={(next) => setItem(index, next)}
              errors={issues.of('items', index)}
              returnedComment={returnedComment(item.assignmentId)}
              review={review(item.assignmentId)}
            />
          ))}
        </Stack>
      </Section>
      <Section title={t('report.indicators')}>
        <ReportIndicators
          periodId={period.id}
          unitId={unitId}
          values={draft.indicators}
          indicators={report.indicators}
          editable={editable}
          onChange={(index, next) =>
            setDraft((current) => ({
              ...current,
              indicators: current.indicators.map((v, i) => (i === index ? next : v)),
            }))
          }
          returnedComment={returnedComment}
          review={review}
        />
      </Section>
      <Section title={t('report.sections')}>
        <ReportSections
          sections={draft.sections}
          editable={editable}
          onChange={(section, text) =>
            setDraft((current) => ({ ...current, sections: { ...current.sections, [section]: text } }))
          }
          returnedComment={returnedComment}
          review={review}
        />
      </Section>

      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {editable && (
        <Paper withBorder p="sm" shadow="sm" style={{ position: 'sticky', bottom: 0, zIndex: 5 }}>
          <Group justify="flex-end">
            {dirty && (
              <Text size="sm" c="orange" role="status">
                {t('report.unsaved')}
              </Text>
            )}
            <Button
              variant="default"
              loading={busy === 'save'}
              disabled={busy !== null}
              onClick={() => void run('save', save, 'report.saved')}
            >
              {t('report.save')}
            </Button>
            {report.allowedActions.includes('submit') && (
              <Button loading={busy === 'submit'} disabled={busy !== null} onClick={() => void submitAsked()}>
                {t('report.submit')}
              </Button>
            )}
          </Group>
        </Paper>
      )}
      {reviewing && (
        <Section title={t('report.review')} hint={t('report.reviewHint')}>
          <Stack>
            <Textarea
              label={t('report.overallComment')}
              autosize
              minRows={2}
              value={overallComment}
              onChange={(event) => setOverallComment(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button
                color="orange"
                loading={busy === 'return'}
                disabled={busy !== null}
                onClick={() => void sendBack()}
              >
                {t('report.return')}
              </Button>
              {report.allowedActions.includes('accept') && (
                <Button
                  color="green"
                  loading={busy === 'accept'}
                  disabled={busy !== null}
                  onClick={() => void acceptAsked()}
                >
                  {t('report.accept')}
                </Button>
              )}
            </Group>
          </Stack>
        </Section>
      )}
      {report.allowedActions.includes('reopen') && (
        <>
          <Group justify="flex-end">
            <Button variant="light" color="orange" onClick={reopenDialog.open}>
              {t('report.reopen')}
            </Button>
          </Group>
          <ReasonDialog
            opened={reopenOpen}
            onClose={reopenDialog.close}
            title={t('report.reopenTitle')}
            body={t('report.reopenBody')}
            confirmLabel={t('report.reopen')}
            onConfirm={async (reason) => {
              onChanged(await act({ type: 'reopen', reason }));
              notifications.show({ color: 'green', message: t('report.reopened') });
            }}
          />
        </>
      )}
    </Stack>
  );
}

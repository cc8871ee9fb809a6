import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import {
  answerFeedbackRequest,
  assignFeedbackRequest,
  publishFeedbackRequest,
  type FeedbackDetail,
} from '../../../../src/contracts/citizen-feedback.js';
import { localDateOf } from '../../../../src/domain/text/format.js';
import {
  answerFeedback,
  assignFeedback,
  cancelFeedback,
  feedbackKeys,
  feedbackQuery,
  publishFeedbackAnswer,
} from '../../api/citizen-feedback.js';
import { BackLink } from '../../components/AnchorLink.js';
import { DateField } from '../../components/DateField.js';
import { PageShell } from '../../components/PageShell.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { validateForm } from '../../forms/validate.js';
import { formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/vi.js';
import { FEEDBACK_STATUS_COLOR } from './FeedbackListPage.js';

const route = getRouteApi('/app/phan-anh-kien-nghi/$id');

/** One feedback item: what was received, its unit and due date, and the step the caller may take now. */
export function FeedbackPage() {
  const t = useT();
  const { id } = route.useParams();
  const query = useQuery(feedbackQuery(id));
  return (
    <PageShell back={<BackLink to="/phan-anh-kien-nghi">{t('fb.back')}</BackLink>} query={query}>
      {(f) => <Feedback item={f} />}
    </PageShell>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

function Feedback({ item: f }: { item: FeedbackDetail }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [cancelling, setCancelling] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
  return (
    <Stack>
      <div>
        <Title order={1}>{f.subject}</Title>
        <Group gap="xs">
          <Badge color={FEEDBACK_STATUS_COLOR[f.status]} variant="light" data-testid="feedback-status">
            {t(`fb.status.${f.status}` as MessageKey)}
          </Badge>
          {f.late && (
            <Badge color="red" variant="light">
              {t('fb.late')}
            </Badge>
          )}
          {f.status === 'answered' && !f.late && (
            <Badge color="green" variant="outline">
              {t('fb.onTimeBadge')}
            </Badge>
          )}
          {f.published && (
            <Badge color="teal" variant="outline">
              {t('fb.publishedBadge')} {f.publishedOn && formatDateVi(f.publishedOn)}
            </Badge>
          )}
        </Group>
      </div>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <Fact label={t('fb.receivedOn')}>{formatDateVi(f.receivedOn)}</Fact>
          <Fact label={t('fb.channel')}>{t(`fb.channel.${f.channel}` as MessageKey)}</Fact>
          <Fact label={t('fb.reference')}>{f.reference ?? '—'}</Fact>
          <Fact label={t('fb.sender')}>{f.senderName}</Fact>
          <Fact label={t('fb.contact')}>{f.senderContact ?? '—'}</Fact>
          <Fact label={t('fb.unit')}>{f.unitName ?? t('fb.noUnit')}</Fact>
          <Fact label={t('fb.dueOn')}>
            {formatDateVi(f.dueOn)}
            {f.workingDaysLeft !== null &&
              ` (${f.workingDaysLeft < 0 ? t('fb.daysLate', { days: -f.workingDaysLeft }) : t('fb.daysLeft', { days: f.workingDaysLeft })})`}
          </Fact>
          {f.answeredOn && <Fact label={t('fb.answeredOn')}>{formatDateVi(f.answeredOn)}</Fact>}
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt="sm">
          {t('fb.content')}
        </Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{f.content}</Text>
        {f.answer && (
          <>
            <Text size="sm" c="dimmed" mt="sm">
              {t('fb.answerText')}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="feedback-answer">
              {f.answer}
            </Text>
          </>
        )}
        {f.cancelReason && <Text mt="sm">{t('fb.cancelReason', { reason: f.cancelReason })}</Text>}
      </Paper>
      {f.can.assign && <AssignForm item={f} onDone={refresh} />}
      {f.can.answer && <AnswerForm item={f} onDone={refresh} />}
      {f.can.publish && <PublishForm item={f} onDone={refresh} />}
      {f.can.cancel && (
        <Group>
          <Button color="red" variant="subtle" onClick={() => setCancelling(true)}>
            {t('fb.cancel')}
          </Button>
        </Group>
      )}
      <ReasonDialog
        opened={cancelling}
        title={t('fb.cancel')}
        body={t('fb.cancelBody')}
        confirmLabel={t('fb.cancel')}
        onClose={() => setCancelling(false)}
        onConfirm={async (reason) => {
          await cancelFeedback(f.id, reason, f.version);
          await refresh();
        }}
      />
    </Stack>
  );
}

function StepForm(props: {
  title: string;
  submitLabel: string;
  pending: boolean;
  error: string | null;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md">
      <form
        aria-label={props.title}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h3">
            {props.title}
          </Title>
          {props.error && (
            <Text c="red" role="alert">
              {props.error}
            </Text>
          )}
          {props.children}
          <Group>
            <Button type="submit" loading={props.pending}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function AssignForm({ item: f, onDone }: { item: FeedbackDetail; onDone: () => Promise<void> }) {
  const t = useT();
  const [unitId, setUnitId] = useState<string | null>(f.unitId);
  const { errors, serverError, pending, submit } = useFormSubmission();
  const title = f.unitId ? t('fb.reassign') : t('fb.assign');
  return (
    <StepForm
      title={title}
      submitLabel={title}
      pending={pending}
      error={serverError}
      onSubmit={() =>
        void submit(validateForm(assignFeedbackRequest, { unitId, version: f.version }), async (data) => {
          await assignFeedback(f.id, data.unitId, data.version);
          await onDone();
        })
      }
    >
      <UnitPicker
        label={t('fb.unit')}
        value={unitId}
        valueLabel={f.unitName}
        onChange={(id) => setUnitId(id)}
        error={errors.unitId}
        required
      />
    </StepForm>
  );
}

function AnswerForm({ item: f, onDone }: { item: FeedbackDetail; onDone: () => Promise<void> }) {
  const t = useT();
  const today = localDateOf(new Date());
  const [answer, setAnswer] = useState('');
  const [answeredOn, setAnsweredOn] = useState<string | null>(today);
  const { errors, serverError, pending, submit } = useFormSubmission();
  return (
    <StepForm
      title={t('fb.answer')}
      submitLabel={t('fb.answer')}
      pending={pending}
      error={serverError}
      onSubmit={() =>
        void submit(validateForm(answerFeedbackRequest, { answer, answeredOn, version: f.version }), async (data) => {
          await answerFeedback(f.id, data);
          await onDone();
        })
      }
    >
      <Textarea
        label={t('fb.answerText')}
        value={answer}
        onChange={(e) => setAnswer(e.currentTarget.value)}
        error={errors.answer}
        autosize
        minRows={3}
        required
      />
      <DateField
        label={t('fb.answeredOn')}
        value={answeredOn}
        onChange={setAnsweredOn}
        maxDate={today}
        error={errors.answeredOn}
        required
        maw={240}
      />
    </StepForm>
  );
}

function PublishForm({ item: f, onDone }: { item: FeedbackDetail; onDone: () => Promise<void> }) {
  const t = useT();
  const today = localDateOf(new Date());
  const [publishedOn, setPublishedOn] = useState<string | null>(today);
  const { errors, serverError, pending, submit } = useFormSubmission();
  return (
    <StepForm
      title={t('fb.publish')}
      submitLabel={t('fb.publish')}
      pending={pending}
      error={serverError}
      onSubmit={() =>
        void submit(validateForm(publishFeedbackRequest, { publishedOn, version: f.version }), async (data) => {
          await publishFeedbackAnswer(f.id, data.publishedOn, data.version);
          await onDone();
        })
      }
    >
      <DateField
        label={t('fb.publishedOn')}
        value={publishedOn}
        onChange={setPublishedOn}
        maxDate={today}
        error={errors.publishedOn}
        required
        maw={240}
      />
    </StepForm>
  );
}

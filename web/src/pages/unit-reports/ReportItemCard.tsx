import { Anchor, Button, Checkbox, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { assignmentQuery, evidenceUrl, type ReportContent, type UnitReport } from '../../api/reporting.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import type { FieldErrors } from '../../forms/validate.js';
import { formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { ProgressFields } from '../../reporting/ProgressFields.js';
import { AssignmentStatusBadge } from '../tasks/AssignmentStatusBadge.js';
import { ItemComments, type ReviewComment } from './ItemComments.js';

type Item = ReportContent['items'][number];

interface ReportItemCardProps {
  item: Item;
  assignment: UnitReport['assignments'][number] | undefined;
  editable: boolean;
  onChange: (next: Item) => void;
  errors: FieldErrors;
  returnedComment?: string | undefined;
  review?: ReviewComment | null;
}

/** One assignment in the period's report: where it stands, what was done, which evidence goes with it. */
export function ReportItemCard({
  item,
  assignment,
  editable,
  onChange,
  errors,
  returnedComment,
  review,
}: ReportItemCardProps) {
  const t = useT();
  const none = t('common.none');
  const number = [assignment?.area, assignment?.number].filter(Boolean).join('.');
  const heading = `${number ? `${number}. ` : ''}${assignment?.title ?? item.assignmentId}`;
  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      aria-label={heading}
      bd={returnedComment ? '1px solid var(--mantine-color-orange-5)' : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} size="sm">
            {heading}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('assignment.dueOn')}: {assignment?.dueOn ? formatDateVi(assignment.dueOn) : none}
          </Text>
        </Group>
        {editable ? (
          <>
            <ProgressFields value={item} onChange={onChange} errors={errors} compact />
            <Textarea
              label={t('progress.result')}
              autosize
              minRows={2}
              value={item.result}
              onChange={(event) => onChange({ ...item, result: event.currentTarget.value })}
              error={errors.result}
            />
            <TaskResult text={assignment?.resultText ?? ''} item={item} onChange={onChange} />
          </>
        ) : (
          <ItemSummary item={item} />
        )}
        <ItemEvidence item={item} editable={editable} onChange={onChange} error={errors.evidenceFileIds} />
        <ItemComments returned={returnedComment} review={review} />
      </Stack>
    </Paper>
  );
}

/**
 * The task page's result where the report says something else: on submission the report's text becomes the
 * task's, so the unit sees what it replaces and can take it over in one click.
 */
function TaskResult({ text, item, onChange }: { text: string; item: Item; onChange: (next: Item) => void }) {
  const t = useT();
  if (!text.trim() || text.trim() === item.result.trim()) return null;
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap', flex: 1 }}>
        {t('report.taskResult', { text })}
      </Text>
      <Button size="compact-xs" variant="subtle" onClick={() => onChange({ ...item, result: text })}>
        {t('report.useTaskResult')}
      </Button>
    </Group>
  );
}

function ItemSummary({ item }: { item: Item }) {
  const t = useT();
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <AssignmentStatusBadge status={item.status} />
        <Text size="sm">{item.progress}%</Text>
        {item.completedOn && (
          <Text size="sm">
            {t('progress.completedOn')}: {formatDateVi(item.completedOn)}
          </Text>
        )}
      </Group>
      {item.reason && (
        <Text size="sm">
          {t('progress.reason')}: {item.reason}
        </Text>
      )}
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {item.result || t('common.none')}
      </Text>
    </Stack>
  );
}

/** The evidence that goes with the item, chosen among the files uploaded for the assignment. */
function ItemEvidence({
  item,
  editable,
  onChange,
  error,
}: {
  item: Item;
  editable: boolean;
  onChange: (next: Item) => void;
  error: string | undefined;
}) {
  const t = useT();
  const { data: assignment } = useQuery({
    ...assignmentQuery(item.assignmentId),
    enabled: editable || item.evidenceFileIds.length > 0,
  });
  const files = assignment?.evidence ?? [];
  const download = (file: (typeof files)[number], text = file.fileName) => (
    <Anchor
      href={evidenceUrl(file.id)}
      download={file.fileName}
      size="sm"
      aria-label={t('evidence.download', { name: file.fileName })}
    >
      {text}
    </Anchor>
  );
  if (!editable) {
    const chosen = files.filter((file) => item.evidenceFileIds.includes(file.fileId));
    if (!chosen.length) return null;
    return (
      <Group gap="xs">
        <Text size="sm" fw={500}>
          {t('report.evidence')}:
        </Text>
        {chosen.map((file) => (
          <span key={file.id}>{download(file)}</span>
        ))}
      </Group>
    );
  }
  return (
    <Checkbox.Group
      label={t('report.evidence')}
      value={item.evidenceFileIds}
      onChange={(evidenceFileIds) => onChange({ ...item, evidenceFileIds })}
      error={error}
    >
      <Stack gap={4} mt={4}>
        {assignment && files.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('report.evidenceNone')}
          </Text>
        )}
        {files.map((file) => (
          <Group key={file.id} gap="xs">
            <Checkbox value={file.fileId} label={file.fileName} />
            {download(file, t('evidence.downloadShort'))}
          </Group>
        ))}
        <AnchorLink to="/nhiem-vu/$assignmentId" params={{ assignmentId: item.assignmentId }} size="xs">
          {t('report.openAssignment')}
        </AnchorLink>
      </Stack>
    </Checkbox.Group>
  );
}

import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileButton,
  Group,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { can } from '../../../../src/domain/access/policy.js';
import { registerOf, type RegisterKey } from '../../../../src/domain/registers/index.js';
import { useCurrentUser } from '../../api/session.js';
import {
  addComment,
  addFollowUp,
  cancelEntry,
  closeFollowUp,
  acceptFollowUp,
  returnFollowUp,
  registerEntryQuery,
  registerFileUrl,
  registerKeys,
  uploadEntryFile,
  uploadFollowUpEvidence,
  type RegisterEntryDetail,
  type RegisterFollowUpView,
} from '../../api/registers.js';
import { BackLink } from '../../components/AnchorLink.js';
import { DateField } from '../../components/DateField.js';
import { FormDialog } from '../../components/FormDialog.js';
import { PageShell } from '../../components/PageShell.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { Section } from '../../components/Section.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { formatDateTimeVi, formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { fieldText } from './cells.js';
import { EntryFormDialog } from './EntryFormDialog.js';

const route = getRouteApi('/app/so-theo-doi/$register/$entryId');

/** One entry: its fields, files, comments and follow-ups, with what the caller may do on each. */
export function RegisterEntryPage() {
  const t = useT();
  const { register, entryId } = route.useParams() as { register: RegisterKey; entryId: string };
  const query = useQuery(registerEntryQuery(register, entryId));
  return (
    <PageShell
      back={
        <BackLink to="/so-theo-doi/$register" params={{ register }}>
          {t('reg.back')}
        </BackLink>
      }
      query={query}
    >
      {(entry) => <Entry register={register} entry={entry} />}
    </PageShell>
  );
}

function Entry({ register, entry }: { register: RegisterKey; entry: RegisterEntryDetail }) {
  const t = useT();
  const declaration = registerOf(register);
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: registerKeys.all });
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await refresh();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  const fileOf = (id: unknown) => entry.files.find((f) => f.id === id);
  const rows: [string, ReactNode][] = [
    [declaration.ownerLabel, entry.unitName],
    ...Object.entries(declaration.fields).map(([key, spec]): [string, ReactNode] => {
      if (spec.kind !== 'file') return [spec.label, fieldText(spec, entry.fields[key])];
      const file = fileOf(entry.fields[key]);
      return [
        spec.label,
        <Group key={key} gap="xs">
          {file ? (
            <Anchor href={registerFileUrl(register, file.id)}>{file.fileName}</Anchor>
          ) : (
            <Text size="sm" c="dimmed">
              {t('reg.noFile')}
            </Text>
          )}
          {entry.canRecord && (
            <FileButton onChange={(f) => f && void act(() => uploadEntryFile(register, entry.id, f, key))}>
              {(props) => (
                <Button size="xs" variant="light" {...props}>
                  {t('reg.uploadFor', { field: spec.label })}
                </Button>
              )}
            </FileButton>
          )}
        </Group>,
      ];
    }),
  ];
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text c="dimmed" size="sm">
            {declaration.name.vi}
          </Text>
          <Text component="h1" fz="h2" fw={700} m={0}>
            {entry.title}
          </Text>
        </div>
        {entry.canRecord && (
          <Group>
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('reg.edit')}
            </Button>
            <Button variant="default" color="red" onClick={() => setCancelling(true)}>
              {t('reg.cancel')}
            </Button>
          </Group>
        )}
      </Group>
      {entry.cancelled && <Alert color="gray">{t('reg.cancelled', { reason: entry.cancelReason ?? '' })}</Alert>}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Table withTableBorder variant="vertical">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w="35%">{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {declaration.followUps && (
        <FollowUps register={register} entry={entry} label={declaration.followUps.label} act={act} />
      )}
      <Comments register={register} entry={entry} act={act} />
      {editing && (
        <EntryFormDialog
          register={register}
          entry={entry}
          ownUnit={null}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void refresh();
          }}
        />
      )}
      <ReasonDialog
        opened={cancelling}
        title={t('reg.cancelTitle')}
        body={entry.title}
        confirmLabel={t('reg.cancel')}
        onClose={() => setCancelling(false)}
        onConfirm={async (reason) => {
          await cancelEntry(register, entry.id, { version: entry.version, reason });
          setCancelling(false);
          await refresh();
        }}
      />
    </Stack>
  );
}

type Act = (work: () => Promise<unknown>) => Promise<void>;

function FollowUps({
  register,
  entry,
  label,
  act,
}: {
  register: RegisterKey;
  entry: RegisterEntryDetail;
  label: string;
  act: Act;
}) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  return (
    <Section
      title={label}
      actions={
        entry.canAssign ? (
          <Button size="xs" onClick={() => setAdding(true)}>
            {t('reg.followUp.add')}
          </Button>
        ) : undefined
      }
    >
      {entry.followUps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reg.followUp.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          {entry.followUps.map((f) => (
            <FollowUpCard key={f.id} register={register} followUp={f} act={act} canAssign={entry.canAssign} />
          ))}
        </Stack>
      )}
      {adding && <AddFollowUpDialog register={register} entryId={entry.id} onClose={() => setAdding(false)} />}
    </Section>
  );
}

function FollowUpCard({
  register,
  followUp: f,
  act,
  canAssign,
}: {
  register: RegisterKey;
  followUp: RegisterFollowUpView;
  act: Act;
  /** The server's answer: this user gives (and so reviews) the entry's follow-ups. */
  canAssign: boolean;
}) {
  const t = useT();
  const user = useCurrentUser();
  // The owing unit's reporters, or a coordinator (the access policy's rule on a follow-up).
  const canClose = can(user, 'register.record', { unitId: f.unitId });
  // A reviewed follow-up (an inspection's remediation item) waits for a coordinator's acceptance or return:
  // whoever gives the entry's follow-ups reviews them (the office; a district for its communes' inspections).
  const canReview = f.status === 'reported' && canAssign;
  const [closing, setClosing] = useState(false);
  const [returning, setReturning] = useState(false);
  const [result, setResult] = useState('');
  const [reason, setReason] = useState('');
  const color =
    f.status === 'done'
      ? 'green'
      : f.status === 'cancelled'
        ? 'gray'
        : f.status === 'reported'
          ? 'yellow'
          : f.overdue
            ? 'red'
            : 'blue';
  return (
    <Stack
      gap={4}
      p="sm"
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6 }}
      data-follow-up={f.id}
    >
      <Group justify="space-between" wrap="wrap">
        <Text fw={600}>{f.title}</Text>
        <Badge color={color} variant="light">
          {f.overdue ? t('reg.followUp.overdue') : t(`reg.followUp.status.${f.status}`)}
        </Badge>
      </Group>
      <Text size="sm">
        {f.unitName} · {t('reg.followUp.due')}: {formatDateVi(f.dueOn)}
        {f.closedOn && ` · ${t('reg.followUp.closedOn', { date: formatDateVi(f.closedOn) })}`}
      </Text>
      {f.reportedOn && f.status !== 'open' && (
        <Text size="sm">{t('reg.followUp.reportedOn', { date: formatDateVi(f.reportedOn) })}</Text>
      )}
      {f.result && <Text size="sm">{f.result}</Text>}
      {f.returnReason && f.status === 'open' && (
        <Text size="sm" c="red">
          {t('reg.followUp.returned', { reason: f.returnReason })}
        </Text>
      )}
      {canReview && (
        <Group gap="xs">
          <Button size="xs" color="green" onClick={() => void act(() => acceptFollowUp(register, f.id, f.version))}>
            {t('reg.followUp.accept')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setReturning(true)}>
            {t('reg.followUp.return')}
          </Button>
        </Group>
      )}
      {returning && (
        <Stack gap="xs">
          <Textarea
            label={t('reg.followUp.returnReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group gap="xs">
            <Button
              size="xs"
              onClick={() =>
                void act(async () => {
                  await returnFollowUp(register, f.id, { version: f.version, reason });
                  setReturning(false);
                })
              }
            >
              {t('reg.followUp.return')}
            </Button>
          </Group>
        </Stack>
      )}
      {f.evidence.length > 0 && (
        <Group gap="xs">
          <Text size="sm">{t('reg.followUp.evidence')}:</Text>
          {f.evidence.map((e) => (
            <Anchor key={e.id} size="sm" href={registerFileUrl(register, e.id)}>
              {e.fileName}
            </Anchor>
          ))}
        </Group>
      )}
      {f.status === 'open' && canClose && (
        <Group gap="xs">
          <FileButton onChange={(file) => file && void act(() => uploadFollowUpEvidence(register, f.id, file))}>
            {(props) => (
              <Button size="xs" variant="light" {...props}>
                {t('reg.followUp.evidence')}
              </Button>
            )}
          </FileButton>
          <Button size="xs" onClick={() => setClosing(true)}>
            {t('reg.followUp.close')}
          </Button>
        </Group>
      )}
      {closing && (
        <Stack gap="xs">
          <Textarea
            label={t('reg.followUp.result')}
            value={result}
            onChange={(e) => setResult(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group gap="xs">
            <Button
              size="xs"
              onClick={() =>
                void act(async () => {
                  await closeFollowUp(register, f.id, { version: f.version, result });
                  setClosing(false);
                })
              }
            >
              {t('reg.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

function AddFollowUpDialog({
  register,
  entryId,
  onClose,
}: {
  register: RegisterKey;
  entryId: string;
  onClose: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState<string | null>(null);
  const form = useFormSubmission();
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('reg.followUp.add')}
      error={form.serverError}
      submitLabel={t('reg.followUp.add')}
      pending={form.pending}
      onSubmit={() =>
        form.submit({ ok: true, data: { unitId: unitId ?? '', title, dueOn: dueOn ?? '' } }, async (body) => {
          await addFollowUp(register, entryId, body);
          await queryClient.invalidateQueries({ queryKey: registerKeys.all });
          onClose();
        })
      }
    >
      <UnitPicker
        label={t('reg.followUp.unit')}
        required
        value={unitId}
        onChange={(id) => setUnitId(id)}
        error={form.errors.unitId}
      />
      <TextInput
        label={t('reg.followUp.title')}
        required
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={form.errors.title}
      />
      <DateField label={t('reg.followUp.due')} required value={dueOn} onChange={setDueOn} error={form.errors.dueOn} />
    </FormDialog>
  );
}

function Comments({ register, entry, act }: { register: RegisterKey; entry: RegisterEntryDetail; act: Act }) {
  const t = useT();
  const [text, setText] = useState('');
  return (
    <Section title={t('reg.comments')}>
      <Stack gap="xs">
        {entry.comments.map((c) => (
          <Text key={c.id} size="sm">
            <b>{c.author}</b> ({formatDateTimeVi(c.createdAt)}): {c.body}
          </Text>
        ))}
        {entry.canComment && (
          <Group align="flex-end">
            <Textarea
              label={t('reg.comment')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              style={{ flex: 1 }}
              autosize
              minRows={1}
            />
            <Button
              variant="default"
              onClick={() =>
                void act(async () => {
                  await addComment(register, entry.id, text);
                  setText('');
                })
              }
            >
              {t('reg.send')}
            </Button>
          </Group>
        )}
      </Stack>
    </Section>
  );
}

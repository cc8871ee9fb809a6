import { Alert, Badge, Button, FileInput, Group, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import {
  feedbackChannel,
  receiveFeedbackRequest,
  type FeedbackSummary,
} from '../../../../src/contracts/citizen-feedback.js';
import { can } from '../../../../src/domain/access/policy.js';
import { localDateOf } from '../../../../src/domain/text/format.js';
import { isApiError } from '../../api/client.js';
import { feedbackKeys, feedbackListQuery, importFeedbackFile, receiveFeedback } from '../../api/citizen-feedback.js';
import { useCurrentUser } from '../../api/session.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { DateField } from '../../components/DateField.js';
import { FigureGrid } from '../../components/FigureGrid.js';
import { FormDialog } from '../../components/FormDialog.js';
import { FilterSearch, FilterSelect, ListFilters } from '../../components/ListFilters.js';
import { PagedList } from '../../components/PagedList.js';
import { PageShell } from '../../components/PageShell.js';
import { TableScroll } from '../../components/TableScroll.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { validateForm } from '../../forms/validate.js';
import { formatDateVi, formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/vi.js';

const route = getRouteApi('/app/phan-anh-kien-nghi');
const STATUSES = ['received', 'assigned', 'answered', 'cancelled'] as const;
export const FEEDBACK_STATUS_COLOR = { received: 'orange', assigned: 'blue', answered: 'green', cancelled: 'gray' };

type Rate = { numerator: number; denominator: number; value: number | null } | null;

/**
 * Citizen feedback of a year: the two figures (handled on time, answers published; "Chưa có số liệu" with nothing
 * due), the list with its filters, and for the office the receive form and the spreadsheet import.
 */
export function FeedbackListPage() {
  const t = useT();
  const user = useCurrentUser();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/phan-anh-kien-nghi' });
  const year = search.year ?? new Date().getFullYear();
  const [page, setPage] = useState(1);
  const list = useQuery(
    feedbackListQuery({ year, status: search.status, unitId: search.unitId, late: search.late, q: search.q, page }),
  );
  const [receiving, setReceiving] = useState(false);
  const [importing, setImporting] = useState(false);
  const manage = can(user, 'feedback.manage');
  const rate = (r: Rate) => ({
    value: r && r.value !== null ? `${formatNumberVi(r.value, 1)}%` : t('fb.noData'),
    detail: r ? t('fb.counts', { numerator: r.numerator, denominator: r.denominator }) : null,
  });
  return (
    <PageShell
      title={t('fb.title')}
      intro={t('fb.intro')}
      actions={
        manage ? (
          <Group>
            <Button variant="default" onClick={() => setImporting(true)}>
              {t('fb.import')}
            </Button>
            <Button onClick={() => setReceiving(true)}>{t('fb.receive')}</Button>
          </Group>
        ) : null
      }
    >
      {/* The due dates are counted in working days: the calendar they skip is one click away. */}
      <AnchorLink to="/lich-lam-viec" size="sm">
        {t('wc.link')}
      </AnchorLink>
      <FigureGrid
        label={t('fb.title')}
        columns={2}
        figures={[
          { label: `${t('fb.onTime')} (${year})`, ...rate(list.data?.figures.onTime ?? null) },
          { label: `${t('fb.published')} (${year})`, ...rate(list.data?.figures.published ?? null) },
        ]}
      />
      <ListFilters cols={{ base: 1, sm: 2, md: 4 }}>
        <FilterSelect
          label={t('fb.year')}
          value={String(year)}
          data={[0, 1, 2, 3].map((d) => String(new Date().getFullYear() - d))}
          onChange={(v) => void navigate({ search: (s) => ({ ...s, year: v ? Number(v) : undefined }) })}
        />
        <FilterSelect
          label={t('fb.status')}
          value={search.status}
          data={STATUSES.map((s) => ({
            value: s,
            label: `${t(`fb.status.${s}` as MessageKey)} (${list.data?.counts[s] ?? 0})`,
          }))}
          onChange={(v) => void navigate({ search: (s) => ({ ...s, status: v }) })}
        />
        <FilterSelect
          label={t('fb.late')}
          value={search.late}
          data={[{ value: 'true', label: t('fb.lateOnly') }]}
          onChange={(v) => void navigate({ search: (s) => ({ ...s, late: v }) })}
        />
        <FilterSearch
          label={t('fb.search')}
          initial={search.q}
          pathname="/phan-anh-kien-nghi"
          onSearch={(q) => void navigate({ search: (s) => ({ ...s, q }) })}
        />
      </ListFilters>
      <PagedList
        data={list.data}
        isFetching={list.isFetching}
        isError={list.isError}
        page={page}
        pageSize={50}
        onPage={setPage}
      >
        <TableScroll>
          <Table striped highlightOnHover miw={700} aria-label={t('fb.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('fb.receivedOn')}</Table.Th>
                <Table.Th scope="col">{t('fb.subject')}</Table.Th>
                <Table.Th scope="col">{t('fb.unit')}</Table.Th>
                <Table.Th scope="col">{t('fb.dueOn')}</Table.Th>
                <Table.Th scope="col">{t('fb.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((i) => (
                <FeedbackRow key={i.id} item={i} />
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </PagedList>
      {manage && (
        <ReceiveDialog
          opened={receiving}
          onClose={() => setReceiving(false)}
          onDone={(id) => void navigate({ to: '/phan-anh-kien-nghi/$id', params: { id } })}
        />
      )}
      {manage && <ImportDialog opened={importing} onClose={() => setImporting(false)} />}
    </PageShell>
  );
}

function FeedbackRow({ item: i }: { item: FeedbackSummary }) {
  const t = useT();
  return (
    <Table.Tr>
      <Table.Td>{formatDateVi(i.receivedOn)}</Table.Td>
      <Table.Th scope="row" fw={400}>
        <AnchorLink to="/phan-anh-kien-nghi/$id" params={{ id: i.id }}>
          {i.subject}
        </AnchorLink>
        <Text size="xs" c="dimmed">
          {[i.reference, i.senderName].filter(Boolean).join(' · ')}
        </Text>
      </Table.Th>
      <Table.Td>{i.unitName ?? <Text c="dimmed">{t('fb.noUnit')}</Text>}</Table.Td>
      <Table.Td>
        {formatDateVi(i.dueOn)}
        {i.workingDaysLeft !== null && (
          <Text size="xs" c={i.workingDaysLeft < 0 ? 'red' : 'dimmed'}>
            {i.workingDaysLeft < 0
              ? t('fb.daysLate', { days: -i.workingDaysLeft })
              : t('fb.daysLeft', { days: i.workingDaysLeft })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          <Badge color={FEEDBACK_STATUS_COLOR[i.status]} variant="light">
            {t(`fb.status.${i.status}` as MessageKey)}
          </Badge>
          {i.late && (
            <Badge color="red" variant="light">
              {t('fb.late')}
            </Badge>
          )}
          {i.published && (
            <Badge color="teal" variant="outline">
              {t('fb.publishedBadge')}
            </Badge>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function ReceiveDialog(props: { opened: boolean; onClose: () => void; onDone: (id: string) => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const today = localDateOf(new Date());
  const empty = {
    receivedOn: today as string | null,
    channel: 'portal' as string | null,
    senderName: '',
    senderContact: '',
    subject: '',
    content: '',
    reference: '',
    unitId: null as string | null,
  };
  const [form, setForm] = useState(empty);
  const { errors, serverError, pending, clear, submit } = useFormSubmission();
  const set = <K extends keyof typeof empty>(key: K, value: (typeof empty)[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const close = () => {
    setForm(empty);
    clear();
    props.onClose();
  };
  return (
    <FormDialog
      opened={props.opened}
      onClose={close}
      title={t('fb.receive')}
      intro={<Text size="sm">{t('fb.dueHint')}</Text>}
      error={serverError}
      submitLabel={t('fb.receive')}
      pending={pending}
      size="lg"
      onSubmit={() =>
        void submit(validateForm(receiveFeedbackRequest, form), async (data) => {
          const created = await receiveFeedback(data);
          await queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
          close();
          props.onDone(created.id);
        })
      }
    >
      <Group grow align="flex-start">
        <DateField
          label={t('fb.receivedOn')}
          value={form.receivedOn}
          onChange={(v) => set('receivedOn', v)}
          maxDate={today}
          error={errors.receivedOn}
          required
        />
        <Select
          label={t('fb.channel')}
          data={feedbackChannel.options.map((c) => ({ value: c, label: t(`fb.channel.${c}` as MessageKey) }))}
          value={form.channel}
          onChange={(v) => set('channel', v)}
          error={errors.channel}
          allowDeselect={false}
          required
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('fb.sender')}
          value={form.senderName}
          onChange={(e) => set('senderName', e.currentTarget.value)}
          error={errors.senderName}
          required
        />
        <TextInput
          label={t('fb.contact')}
          value={form.senderContact}
          onChange={(e) => set('senderContact', e.currentTarget.value)}
          error={errors.senderContact}
        />
      </Group>
      <TextInput
        label={t('fb.subject')}
        value={form.subject}
        onChange={(e) => set('subject', e.currentTarget.value)}
        error={errors.subject}
        required
      />
      <Textarea
        label={t('fb.content')}
        value={form.content}
        onChange={(e) => set('content', e.currentTarget.value)}
        error={errors.content}
        autosize
        minRows={3}
        required
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('fb.reference')}
          value={form.reference}
          onChange={(e) => set('reference', e.currentTarget.value)}
          error={errors.reference}
        />
        <UnitPicker
          label={t('fb.unit')}
          value={form.unitId}
          onChange={(id) => set('unitId', id)}
          error={errors.unitId}
        />
      </Group>
    </FormDialog>
  );
}

function ImportDialog(props: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const close = () => {
    setFile(null);
    setProblems([]);
    setError(null);
    setDone(null);
    props.onClose();
  };
  const run = async () => {
    if (!file) return;
    setPending(true);
    setError(null);
    setProblems([]);
    setDone(null);
    try {
      const result = await importFeedbackFile(file);
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
      setDone(t('fb.imported', { imported: result.imported, assigned: result.assigned }));
      setFile(null);
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
      const details = isApiError(caught) ? (caught.details as { problems?: string[] } | undefined) : undefined;
      setProblems(details?.problems ?? []);
    } finally {
      setPending(false);
    }
  };
  return (
    <FormDialog
      opened={props.opened}
      onClose={close}
      title={t('fb.import')}
      intro={<Text size="sm">{t('fb.importHint')}</Text>}
      error={
        error && (
          <Stack gap={4}>
            <Text size="sm">{error}</Text>
            {problems.length > 0 && (
              <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="import-problems">
                {problems.map((p) => (
                  <li key={p}>
                    <Text size="sm">{p}</Text>
                  </li>
                ))}
              </ul>
            )}
          </Stack>
        )
      }
      submitLabel={t('fb.import')}
      pending={pending}
      size="lg"
      onSubmit={() => void run()}
    >
      {done && (
        <Alert color="green" role="status">
          {done}
        </Alert>
      )}
      <FileInput label={t('fb.importFile')} accept=".xlsx,.csv" value={file} onChange={setFile} clearable />
    </FormDialog>
  );
}

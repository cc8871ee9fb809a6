import { Alert, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { saveCalendarYearRequest, type CalendarYearView } from '../../../../src/contracts/working-calendar.js';
import { can } from '../../../../src/domain/access/policy.js';
import { calendarYearProblem } from '../../../../src/domain/citizen-feedback/working-days.js';
import { isApiError } from '../../api/client.js';
import { useCurrentUser } from '../../api/session.js';
import { calendarYearKey, calendarYearQuery, saveCalendarYear } from '../../api/working-calendar.js';
import { useConfirm } from '../../components/ConfirmDialog.js';
import { DateField } from '../../components/DateField.js';
import { PageShell } from '../../components/PageShell.js';
import { Section } from '../../components/Section.js';
import { StaleAlert } from '../../components/StaleAlert.js';
import { TableScroll } from '../../components/TableScroll.js';
import { serverIssues } from '../../forms/validate.js';
import { formatDateTimeVi, formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';

type Row = { date: string | null; name: string };
type ListKey = 'holidays' | 'workdays';

/**
 * The working calendar of a year: the days off and the weekend days worked in exchange that due dates in working
 * days are counted with. Everyone reads it; the office corrects it (the government's notice of Tết's bridges) and
 * confirms before saving, since every item received afterwards is counted with it.
 */
export function WorkingCalendarPage() {
  const t = useT();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const query = useQuery(calendarYearQuery(year));
  return (
    <PageShell title={t('wc.title')} intro={t('wc.intro')}>
      <Stack>
        <Select
          label={t('wc.year')}
          w={160}
          allowDeselect={false}
          value={String(year)}
          data={[-1, 0, 1, 2].map((d) => String(thisYear + d))}
          onChange={(v) => v && setYear(Number(v))}
        />
        {query.error && (
          <Alert color="red" role="alert">
            {query.error.message}
          </Alert>
        )}
        {/* A new version (saved here or elsewhere) starts the editor again from what is stored. */}
        {query.data && <CalendarEditor key={`${year}-${query.data.version}`} view={query.data} />}
      </Stack>
    </PageShell>
  );
}

function CalendarEditor({ view }: { view: CalendarYearView }) {
  const t = useT();
  const user = useCurrentUser();
  const manage = can(user, 'calendar.manage');
  const queryClient = useQueryClient();
  const [confirm, confirmDialog] = useConfirm();
  const [draft, setDraft] = useState<{ source: string; holidays: Row[]; workdays: Row[] }>({
    source: view.source ?? '',
    holidays: view.holidays,
    workdays: view.workdays,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [pending, setPending] = useState(false);

  const setRows = (key: ListKey, rows: Row[]) => setDraft((d) => ({ ...d, [key]: rows }));

  const save = async () => {
    setServerError(null);
    const request = { ...draft, version: view.version };
    const checked = saveCalendarYearRequest.safeParse(request);
    // The same rules the server holds a year to, so a wrong row is named before anything is sent.
    const problem = checked.success ? calendarYearProblem(view.year, checked.data) : null;
    if (!checked.success || problem) {
      setErrors(
        checked.success
          ? { [problem!.path]: problem!.message }
          : Object.fromEntries(checked.error.issues.map((i) => [i.path.join('.'), i.message])),
      );
      return;
    }
    setErrors({});
    const ok = await confirm({
      title: t('wc.confirmTitle', { year: view.year }),
      lines: [
        t('wc.confirmCounts', {
          year: view.year,
          holidays: checked.data.holidays.length,
          workdays: checked.data.workdays.length,
        }),
        t('wc.confirmDue'),
      ],
      confirmLabel: t('wc.save'),
    });
    if (!ok) return;
    setPending(true);
    try {
      const saved = await saveCalendarYear(view.year, checked.data);
      queryClient.setQueryData(calendarYearKey(view.year), saved);
      notifications.show({ color: 'green', message: t('wc.saved', { year: view.year }) });
    } catch (caught) {
      if (isApiError(caught, 'STALE_VERSION')) {
        setStale(true);
        void queryClient.invalidateQueries({ queryKey: calendarYearKey(view.year) });
      }
      if (isApiError(caught))
        setErrors(Object.fromEntries(serverIssues(caught.details).map((i) => [i.path, i.message])));
      setServerError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setPending(false);
    }
  };

  return (
    <Stack>
      {stale && <StaleAlert onClose={() => setStale(false)} />}
      <Text size="sm" c="dimmed">
        {view.origin === 'office'
          ? t('wc.origin.office', { date: formatDateTimeVi(view.updatedAt ?? ''), name: view.updatedByName ?? '' })
          : view.origin === 'shipped'
            ? t('wc.origin.shipped')
            : t('wc.origin.none', { year: view.year })}
      </Text>
      {manage ? (
        <TextInput
          label={t('wc.source')}
          value={draft.source}
          maxLength={500}
          error={errors.source}
          onChange={(e) => setDraft((d) => ({ ...d, source: e.currentTarget.value }))}
        />
      ) : (
        view.source && <Text size="sm">{`${t('wc.source')}: ${view.source}`}</Text>
      )}
      {(['holidays', 'workdays'] as const).map((key) => (
        <DayList
          key={key}
          list={key}
          year={view.year}
          rows={draft[key]}
          errors={errors}
          editable={manage}
          onChange={(rows) => setRows(key, rows)}
        />
      ))}
      {serverError && (
        <Alert color="red" role="alert">
          {serverError}
        </Alert>
      )}
      {manage && (
        <Group>
          <Button loading={pending} onClick={() => void save()}>
            {t('wc.save')}
          </Button>
        </Group>
      )}
      {confirmDialog}
    </Stack>
  );
}

const LIST_TEXT = {
  holidays: { title: 'wc.holidays', hint: 'wc.holidaysHint', add: 'wc.addHoliday' },
  workdays: { title: 'wc.workdays', hint: 'wc.workdaysHint', add: 'wc.addWorkday' },
} as const;

/** One list of days: a table whose rows are edited in place by the office, read by everyone else. */
function DayList(props: {
  list: ListKey;
  year: number;
  rows: Row[];
  errors: Record<string, string>;
  editable: boolean;
  onChange: (rows: Row[]) => void;
}) {
  const { list, year, rows, errors, editable, onChange } = props;
  const t = useT();
  const text = LIST_TEXT[list];
  const title = t(text.title);
  const weekday = (iso: string | null) => {
    if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '';
    const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
    return day === 0 ? t('wc.sunday') : t('wc.weekdayN', { n: day + 1 });
  };
  const edit = (i: number, change: Partial<Row>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <Section
      title={title}
      hint={t(text.hint)}
      actions={
        editable && (
          <Button variant="default" size="xs" onClick={() => onChange([...rows, { date: null, name: '' }])}>
            {t(text.add)}
          </Button>
        )
      }
    >
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('wc.none')}
        </Text>
      ) : (
        <TableScroll>
          <Table aria-label={title} miw={editable ? 560 : 400}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('wc.date')}</Table.Th>
                <Table.Th scope="col">{t('wc.weekday')}</Table.Th>
                <Table.Th scope="col">{t('wc.name')}</Table.Th>
                {editable && <Table.Th scope="col" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, i) => (
                <Table.Tr key={i}>
                  <Table.Td w={editable ? 190 : undefined}>
                    {editable ? (
                      <DateField
                        label={`${title} ${i + 1}: ${t('wc.date').toLowerCase()}`}
                        labelProps={{ className: 'visually-hidden' }}
                        value={row.date}
                        minDate={`${year}-01-01`}
                        maxDate={`${year}-12-31`}
                        error={errors[`${list}.${i}.date`]}
                        onChange={(date) => edit(i, { date })}
                      />
                    ) : (
                      formatDateVi(row.date)
                    )}
                  </Table.Td>
                  <Table.Td>{weekday(row.date)}</Table.Td>
                  <Table.Td>
                    {editable ? (
                      <TextInput
                        label={`${title} ${i + 1}: ${t('wc.name').toLowerCase()}`}
                        labelProps={{ className: 'visually-hidden' }}
                        value={row.name}
                        maxLength={200}
                        error={errors[`${list}.${i}.name`]}
                        onChange={(e) => edit(i, { name: e.currentTarget.value })}
                      />
                    ) : (
                      row.name
                    )}
                  </Table.Td>
                  {editable && (
                    <Table.Td>
                      <Button
                        variant="subtle"
                        color="red"
                        size="xs"
                        aria-label={`${title}: ${t('wc.remove', { n: i + 1 })}`}
                        onClick={() => onChange(rows.filter((_, j) => j !== i))}
                      >
                        {t('wc.removeShort')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Section>
  );
}

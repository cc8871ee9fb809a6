import { Alert, Button, Checkbox, Group, Loader, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { CALENDAR_PERIODS, type CalendarPeriod, type DueRule } from '../../../../src/domain/reporting/periods.js';
import { dueRuleText, readDueText } from '../../../../src/domain/reporting/reporting-calendar.js';
import { isApiError } from '../../api/client.js';
import {
  reportingCalendarQuery,
  saveReportingCalendar,
  type ReportingCalendarInput,
  type ReportingCalendarView,
} from '../../api/periods.js';
import { reportingKeys } from '../../api/reporting.js';
import { useCurrentUser } from '../../api/session.js';
import { useConfirm } from '../../components/ConfirmDialog.js';
import type { ConfirmRequest } from '../../components/confirm-request.js';
import { TableScroll } from '../../components/TableScroll.js';
import { serverIssues } from '../../forms/validate.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/vi.js';
import { canManagePeriods } from '../../reporting/access.js';
import { calendarChangeLines } from '../../plans/calendar-change.js';

const LEVELS = ['district', 'commune'] as const;
type Level = (typeof LEVELS)[number];

interface Row {
  enabled: boolean;
  due: string;
  district: string;
  commune: string;
}
interface Form {
  rows: Record<CalendarPeriod, Row>;
  window: 'cutoff' | 'calendar';
  cutoffDay: number;
}

function formOf(view: ReportingCalendarView): Form {
  const { calendar } = view;
  const rows = Object.fromEntries(
    CALENDAR_PERIODS.map((p) => [
      p,
      {
        enabled: calendar.periods.includes(p),
        due: dueRuleText(calendar.dueOverrides[p] ?? calendar.due),
        district: calendar.levelDue[p]?.district ? dueRuleText(calendar.levelDue[p].district) : '',
        commune: calendar.levelDue[p]?.commune ? dueRuleText(calendar.levelDue[p].commune) : '',
      },
    ]),
  ) as Record<CalendarPeriod, Row>;
  return {
    rows,
    window: calendar.window.rule,
    cutoffDay: calendar.window.rule === 'cutoff' ? calendar.window.day : 14,
  };
}

/** The form read into a calendar, or the fields whose due date cannot be read. */
function calendarOf(
  form: Form,
  view: ReportingCalendarView,
  unreadable: (period: CalendarPeriod, text: string) => string,
): { calendar: ReportingCalendarInput } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const dueOverrides: Partial<Record<CalendarPeriod, DueRule>> = {};
  const levelDue: Partial<Record<CalendarPeriod, Partial<Record<Level, DueRule>>>> = {};
  for (const p of CALENDAR_PERIODS) {
    const row = form.rows[p];
    if (!row.enabled) continue;
    const due = readDueText(row.due);
    if (due) dueOverrides[p] = due;
    else errors[`dueOverrides.${p}`] = unreadable(p, row.due);
    for (const level of LEVELS) {
      if (!row[level].trim()) continue;
      const rule = readDueText(row[level]);
      if (rule) levelDue[p] = { ...levelDue[p], [level]: rule };
      else errors[`levelDue.${p}.${level}`] = unreadable(p, row[level]);
    }
  }
  if (Object.keys(errors).length) return { errors };
  return {
    calendar: {
      periods: CALENDAR_PERIODS.filter((p) => form.rows[p].enabled),
      window: form.window === 'cutoff' ? { rule: 'cutoff', day: form.cutoffDay } : { rule: 'calendar' },
      due: view.calendar.due,
      dueOverrides,
      levelDue,
    },
  };
}

/** The plan's reporting calendar: periods, due day per period and level, data window; the coordinator edits it. */
export function ReportingCalendarSection({ planId }: { planId: string }) {
  const t = useT();
  const manager = canManagePeriods(useCurrentUser().role);
  const { data: view } = useQuery(reportingCalendarQuery(planId));
  if (!view) return <Loader aria-label={t('app.loading')} />;
  return <CalendarForm key={JSON.stringify(view)} view={view} planId={planId} editable={manager} />;
}

function CalendarForm({ view, planId, editable }: { view: ReportingCalendarView; planId: string; editable: boolean }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(() => formOf(view));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [confirm, confirmDialog] = useConfirm();

  const setRow = (p: CalendarPeriod, patch: Partial<Row>) =>
    setForm((f) => ({ ...f, rows: { ...f.rows, [p]: { ...f.rows[p], ...patch } } }));
  const periodName = (p: CalendarPeriod) => t(`calendar.${p}` as MessageKey);

  const save = async () => {
    setServerError(null);
    const read = calendarOf(form, view, (p, text) => t('calendar.unreadable', { period: periodName(p), text }));
    if ('errors' in read) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const preview = await saveReportingCalendar(planId, read.calendar, false);
      const lines = calendarChangeLines(preview, t);
      const request: ConfirmRequest = {
        title: t('calendar.confirmTitle'),
        lines: lines.length ? lines : [t('calendar.nothing')],
        confirmLabel: t('calendar.confirm'),
      };
      if (!(await confirm(request))) return;
      await saveReportingCalendar(planId, read.calendar, true);
      notifications.show({ color: 'green', message: t('calendar.saved') });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['plans', planId, 'reporting-calendar'] }),
        queryClient.invalidateQueries({ queryKey: reportingKeys.periods(planId) }),
      ]);
    } catch (caught) {
      if (isApiError(caught)) {
        setErrors(Object.fromEntries(serverIssues(caught.details).map((i) => [i.path, i.message])));
        setServerError(caught.message);
      } else setServerError(t('error.network'));
    } finally {
      setPending(false);
    }
  };

  const dueField = (p: CalendarPeriod, key: 'due' | Level, label: string, field: string) => (
    <TextInput
      aria-label={`${label} — ${periodName(p)}`}
      value={form.rows[p][key]}
      // A level left empty follows the general due date: shown greyed, so an empty box does not read as "no date".
      placeholder={key === 'due' ? undefined : form.rows[p].due}
      onChange={(e) => setRow(p, { [key]: e.currentTarget.value })}
      disabled={!editable || !form.rows[p].enabled}
      error={errors[field]}
      w={110}
    />
  );

  return (
    <Stack>
      <Text size="sm">{t('calendar.intro')}</Text>
      {!view.custom && (
        <Text size="sm" c="dimmed">
          {t('calendar.defaults')}
        </Text>
      )}
      <TableScroll>
        <Table aria-label={t('calendar.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('calendar.period')}</Table.Th>
              <Table.Th scope="col">{t('calendar.due')}</Table.Th>
              <Table.Th scope="col">{t('calendar.dueDistrict')}</Table.Th>
              <Table.Th scope="col">{t('calendar.dueCommune')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {CALENDAR_PERIODS.map((p) => (
              <Table.Tr key={p}>
                <Table.Td>
                  <Checkbox
                    label={periodName(p)}
                    aria-label={t('calendar.enabled', { period: periodName(p) })}
                    checked={form.rows[p].enabled}
                    disabled={!editable}
                    onChange={(e) => setRow(p, { enabled: e.currentTarget.checked })}
                  />
                </Table.Td>
                <Table.Td>{dueField(p, 'due', t('calendar.due'), `dueOverrides.${p}`)}</Table.Td>
                <Table.Td>{dueField(p, 'district', t('calendar.dueDistrict'), `levelDue.${p}.district`)}</Table.Td>
                <Table.Td>{dueField(p, 'commune', t('calendar.dueCommune'), `levelDue.${p}.commune`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Select
        label={t('calendar.window')}
        maw={480}
        allowDeselect={false}
        disabled={!editable}
        data={[
          { value: 'cutoff', label: t('calendar.windowCutoff') },
          { value: 'calendar', label: t('calendar.windowCalendar') },
        ]}
        value={form.window}
        onChange={(value) => setForm((f) => ({ ...f, window: value === 'calendar' ? 'calendar' : 'cutoff' }))}
        error={errors.window}
      />
      {serverError && (
        <Alert color="red" role="alert">
          {serverError}
        </Alert>
      )}
      {editable && (
        <Group>
          <Button onClick={() => void save()} loading={pending}>
            {t('calendar.save')}
          </Button>
        </Group>
      )}
      {confirmDialog}
    </Stack>
  );
}

import {
  Alert,
  Badge,
  Box,
  Button,
  Group,
  List,
  LoadingOverlay,
  Modal,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import type { periodSummary } from '../../../../src/contracts/reporting.js';
import type { ReportStanding, Timeliness } from '../../../../src/domain/reporting/completeness.js';
import { isApiError } from '../../api/client.js';
import { completenessQueryOptions, remindLateUnits, type PeriodCompleteness } from '../../api/reporting.js';
import { reminderMessage } from '../../reporting/reminders.js';
import { useCurrentUser } from '../../api/session.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { useConfirm } from '../../components/ConfirmDialog.js';
import { FigureGrid } from '../../components/FigureGrid.js';
import { FilterSelect, ListFilters } from '../../components/ListFilters.js';
import { formatDateVi, formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { canReviewReports } from '../../reporting/access.js';
import { unitsNotSubmitted } from '../../reporting/not-submitted.js';
import { AREA_CODES } from '../../reporting/areas.js';
import { formatRate } from '../../reporting/labels.js';
import type { ReportsSearch } from '../../reporting/routeSearch.js';
import { levelOptions, unitKindOptions } from '../../units/labels.js';
import { TableScroll } from '../../components/TableScroll.js';

const STANDING_COLORS: Record<ReportStanding, string> = {
  accepted: 'green',
  under_review: 'blue',
  returned: 'orange',
  draft: 'gray',
  missing: 'red',
};
const TIMELINESS_COLORS: Record<Timeliness, string> = {
  on_time: 'green',
  late: 'yellow',
  not_due: 'gray',
  overdue: 'red',
};

interface BoardProps {
  period: z.infer<typeof periodSummary>;
  search: ReportsSearch;
  onFilter: (patch: Partial<ReportsSearch>) => void;
}

/** Who has reported for the period: the figures, each unit's standing and timeliness, and who is missing. */
export function CompletenessBoard({ period, search, onFilter }: BoardProps) {
  const t = useT();
  const user = useCurrentUser();
  const filter = { area: search.area, kind: search.kind, level: search.level };
  const { data, isFetching, isError } = useQuery(completenessQueryOptions(period.id, filter));

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3">
            {t('board.title', { label: period.label })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('board.due', { date: formatDateVi(period.dueOn) })}
          </Text>
        </div>
        {canReviewReports(user.role) && data && data.missing.length > 0 && <RemindButton period={period} />}
      </Group>
      <ListFilters cols={{ base: 1, sm: 3 }}>
        <FilterSelect
          label={t('board.area')}
          data={AREA_CODES}
          value={search.area}
          onChange={(area) => onFilter({ area })}
        />
        <FilterSelect
          label={t('board.kind')}
          data={unitKindOptions(t)}
          value={search.kind}
          onChange={(kind) => onFilter({ kind })}
        />
        <FilterSelect
          label={t('board.level')}
          data={levelOptions(t)}
          value={search.level}
          onChange={(level) => onFilter({ level })}
        />
      </ListFilters>
      {isError && !data && <Alert color="red">{t('app.error')}</Alert>}
      {data && (
        <Box pos="relative">
          <LoadingOverlay
            visible={isFetching}
            zIndex={10}
            overlayProps={{ blur: 1 }}
            loaderProps={{ 'aria-label': t('app.loading') }}
          />
          <Stack>
            <Figures data={data} />
            {data.overdue.assignments > 0 && (
              <Text size="sm" c="red">
                {t('board.overdue', {
                  count: formatNumberVi(data.overdue.assignments),
                  activities: formatNumberVi(data.overdue.activities),
                })}
              </Text>
            )}
            <UnitLists data={data} periodId={period.id} />
          </Stack>
        </Box>
      )}
    </Stack>
  );
}

function Figures({ data }: { data: PeriodCompleteness }) {
  const t = useT();
  const none = t('common.none');
  const figures = [
    { label: t('board.expected'), value: formatNumberVi(data.expected) },
    {
      label: t('board.received'),
      value: formatNumberVi(data.received),
      detail: t('board.rate', { rate: formatRate(data.receivedRate, none) }),
    },
    {
      label: t('board.accepted'),
      value: formatNumberVi(data.accepted),
      detail: t('board.rate', { rate: formatRate(data.acceptedRate, none) }),
    },
    {
      label: t('board.onTimeRate'),
      value: formatRate(data.onTimeRate, none),
      detail: t('board.onTimeOf', { count: formatNumberVi(data.onTime), late: formatNumberVi(data.late) }),
    },
  ];
  return <FigureGrid figures={figures} label={t('board.figures')} />;
}

function UnitLists({ data, periodId }: { data: PeriodCompleteness; periodId: string }) {
  const t = useT();
  const reportLink = (unitId: string, name: string) => (
    <AnchorLink to="/bao-cao/$periodId/$unitId" params={{ periodId, unitId }} size="sm">
      {name}
    </AnchorLink>
  );
  return (
    <Tabs defaultValue="units" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="units">
          {t('board.units')} ({formatNumberVi(data.entries.length)})
        </Tabs.Tab>
        <Tabs.Tab value="missing">{t('board.missing', { count: formatNumberVi(data.missing.length) })}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="units" pt="sm">
        <TableScroll>
          <Table striped highlightOnHover aria-label={t('board.units')} miw={720}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('board.unit')}</Table.Th>
                <Table.Th scope="col">{t('board.standing')}</Table.Th>
                <Table.Th scope="col">{t('board.timeliness')}</Table.Th>
                <Table.Th scope="col">{t('board.firstSubmitted')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.entries.map((entry) => (
                <Table.Tr key={entry.unitId}>
                  <Table.Td>{reportLink(entry.unitId, entry.unitName)}</Table.Td>
                  <Table.Td>
                    <Badge color={STANDING_COLORS[entry.standing]} variant="light" tt="none">
                      {t(`standing.${entry.standing}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={TIMELINESS_COLORS[entry.timeliness]} variant="light" tt="none">
                      {t(`timeliness.${entry.timeliness}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {entry.firstSubmittedOn ? formatDateVi(entry.firstSubmittedOn) : t('common.none')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Tabs.Panel>
      <Tabs.Panel value="missing" pt="sm">
        {data.missing.length === 0 ? (
          <Text size="sm">{t('board.allReported')}</Text>
        ) : (
          <List
            aria-label={t('board.missing', { count: formatNumberVi(data.missing.length) })}
            size="sm"
            style={{ columns: '18rem' }}
          >
            {data.missing.map((unit) => (
              <List.Item key={unit.id}>{reportLink(unit.id, unit.name)}</List.Item>
            ))}
          </List>
        )}
      </Tabs.Panel>
    </Tabs>
  );
}

function RemindButton({ period }: { period: z.infer<typeof periodSummary> }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [confirm, confirmDialog] = useConfirm();
  const [busy, setBusy] = useState(false);
  const [unreached, setUnreached] = useState<string[] | null>(null);
  const remind = async () => {
    setBusy(true);
    try {
      // The reminder goes to every late unit, not only the filtered ones: ask with the whole list, as it stands now.
      const names = unitsNotSubmitted(
        await queryClient.fetchQuery({ ...completenessQueryOptions(period.id, {}), staleTime: 0 }),
      );
      const count = formatNumberVi(names.length);
      const ok = await confirm({
        title: t('confirm.remind.title'),
        lines: [t('confirm.remind.what', { count, period: period.label, due: formatDateVi(period.dueOn) })],
        names: { label: t('confirm.remind.names', { count }), items: names },
        confirmLabel: t('confirm.remind.go'),
      });
      if (!ok) return;
      const result = await remindLateUnits(period.id);
      const { lines, complete } = reminderMessage(t, result);
      // When some late units could not be reached, a dialog names them; otherwise a notice is enough.
      if (complete) notifications.show({ color: 'green', title: t('board.remindTitle'), message: lines.join(' ') });
      else setUnreached(lines);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('error.title'),
        message: isApiError(error) ? error.message : t('error.network'),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {confirmDialog}
      <Button variant="light" color="orange" loading={busy} onClick={() => void remind()}>
        {t('board.remind')}
      </Button>
      <Modal
        opened={unreached !== null}
        onClose={() => setUnreached(null)}
        title={t('board.remindTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          {unreached?.map((line, i) => (
            <Text key={line} size="sm" c={i === 0 ? undefined : 'orange.9'}>
              {line}
            </Text>
          ))}
          <Group justify="flex-end">
            <Button onClick={() => setUnreached(null)}>{t('common.close')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { COLUMN_ROLES } from '../../../../src/domain/plan/column-mapping.js';
import { isApiError } from '../../api/client.js';
import {
  mapPlanImportColumns,
  planKeys,
  type ColumnMapping,
  type PlanImportDetail,
  type PlanReading,
} from '../../api/plans.js';
import { useConfirm } from '../../components/ConfirmDialog.js';
import { Section } from '../../components/Section.js';
import { TableScroll } from '../../components/TableScroll.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/vi.js';

type Role = ColumnMapping['roles'][number];
type Candidate = PlanReading['candidates'][number];

const roleKey = (role: Role) => `planMapping.role.${role}` as MessageKey;

/** An activity as the confirmation lists it: its printed number and the start of its text. */
function activityName(activity: PlanImportDetail['content']['activities'][number]): string {
  const text = (activity.activity ?? activity.task ?? '').replace(/\s+/g, ' ').trim();
  const short = text.length > 90 ? `${text.slice(0, 89)}…` : text;
  return activity.number ? `${activity.number}. ${short}` : short;
}

/** What the step starts from: the reader's mapping (recognised, given or guessed) for its table, else a blank one. */
function startingMapping(reading: PlanReading, candidate: Candidate): ColumnMapping {
  const mapping = reading.mapping;
  if (mapping && mapping.table === candidate.table && mapping.roles.length === candidate.columns) return mapping;
  return {
    table: candidate.table,
    headerRow: 1,
    firstDataRow: 2,
    roles: Array.from({ length: candidate.columns }, () => 'other' as Role),
  };
}

/**
 * The mapping step of a plan import: the rows the reader found in a table, a select above each column saying what
 * it holds, the header row and first data row chosen by clicking a row, and a table chooser when the document has
 * several. "Áp dụng" has the server read the stored document again with the mapping.
 */
export function ColumnMappingStep({
  draft,
  reading,
  onClose,
}: {
  draft: PlanImportDetail;
  reading: PlanReading;
  /** Shown on request (the reader was sure): a way back without applying. */
  onClose?: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const candidates = reading.candidates;
  const first = candidates.find((c) => c.table === reading.mapping?.table) ?? candidates[0];
  const [mapping, setMapping] = useState<ColumnMapping | null>(() => (first ? startingMapping(reading, first) : null));
  const [mode, setMode] = useState<'header' | 'firstData'>('header');
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [saving, setSaving] = useState(false);
  const [confirm, confirmDialog] = useConfirm();
  const title = t('planMapping.title');

  if (!mapping) {
    return (
      <Section title={title}>
        <Alert color="orange">{reading.reason ?? t('planMapping.noCandidates')}</Alert>
      </Section>
    );
  }
  const candidate = candidates.find((c) => c.table === mapping.table) ?? (candidates[0] as Candidate);

  const change = (patch: Partial<ColumnMapping>) => {
    setMapping({ ...mapping, ...patch });
    setError(null);
  };
  const chooseTable = (table: number) => {
    const next = candidates.find((c) => c.table === table);
    if (next) change(startingMapping(reading, next));
  };
  const pickRow = (row: number) => {
    if (mode === 'header') {
      change({ headerRow: row, firstDataRow: Math.max(mapping.firstDataRow, row + 1) });
      setMode('firstData');
    } else {
      const headerRow = mapping.headerRow !== null && mapping.headerRow >= row ? null : mapping.headerRow;
      change({ firstDataRow: row, headerRow });
    }
  };

  const apply = async () => {
    if (!mapping.roles.includes('activity') && !mapping.roles.includes('task')) {
      setError(t('planMapping.needActivity'));
      return;
    }
    // A re-reading reads every activity afresh: corrections typed in review are lost, so the coordinator says so first.
    const edited = draft.content.activities.filter((a) => draft.handEdits.activityIds.includes(a.id));
    if (edited.length > 0) {
      const lines = [t('planMapping.confirmLost', { count: formatNumberVi(edited.length) })];
      if (draft.handEdits.duties > 0)
        lines.push(t('planMapping.confirmDutiesKept', { count: formatNumberVi(draft.handEdits.duties) }));
      const ok = await confirm({
        title: t('planMapping.confirmTitle'),
        lines,
        names: { label: t('planMapping.confirmEdited'), items: edited.map(activityName) },
        confirmLabel: t('planMapping.confirmApply'),
        color: 'red',
      });
      if (!ok) return;
    }
    setSaving(true);
    setError(null);
    setStale(false);
    try {
      const updated = await mapPlanImportColumns(draft.id, draft.version, mapping);
      queryClient.setQueryData(planKeys.import(draft.id), updated);
      void queryClient.invalidateQueries({ queryKey: planKeys.importList });
      notifications.show({
        color: 'green',
        message: t('planMapping.applied', { count: formatNumberVi(updated.content.activities.length) }),
      });
      onClose?.();
    } catch (caught) {
      setStale(isApiError(caught, 'STALE_VERSION'));
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setSaving(false);
    }
  };
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: planKeys.import(draft.id) });
    setError(null);
    setStale(false);
  };

  const roleOptions = COLUMN_ROLES.map((role) => ({ value: role, label: t(roleKey(role)) }));
  return (
    <Section
      title={title}
      hint={t('planMapping.hint')}
      actions={
        onClose && (
          <Button variant="subtle" size="compact-sm" onClick={onClose}>
            {t('planMapping.close')}
          </Button>
        )
      }
    >
      <Stack>
        {reading.state === 'needsMapping' && reading.reason && (
          <Alert color="orange" title={t('planMapping.needed')} role="status">
            {reading.reason}
          </Alert>
        )}
        <Group align="flex-end" wrap="wrap">
          {candidates.length > 1 && (
            <NativeSelect
              label={t('planMapping.table')}
              data={candidates.map((c) => ({
                value: String(c.table),
                label: t('planMapping.tableOption', {
                  table: c.table,
                  rows: formatNumberVi(c.rows),
                  columns: formatNumberVi(c.columns),
                }),
              }))}
              value={String(mapping.table)}
              onChange={(event) => chooseTable(Number(event.currentTarget.value))}
            />
          )}
          <Stack gap={4}>
            <Text size="sm" fw={500} id="plan-mapping-row-mode">
              {t('planMapping.rowMode')}
            </Text>
            <SegmentedControl
              aria-labelledby="plan-mapping-row-mode"
              value={mode}
              onChange={(value) => setMode(value as 'header' | 'firstData')}
              data={[
                { value: 'header', label: t('planMapping.pickHeader'), disabled: mapping.headerRow === null },
                { value: 'firstData', label: t('planMapping.pickFirstData') },
              ]}
            />
          </Stack>
          <Checkbox
            label={t('planMapping.noHeader')}
            checked={mapping.headerRow === null}
            onChange={(event) => {
              const none = event.currentTarget.checked;
              change({ headerRow: none ? null : Math.max(1, mapping.firstDataRow - 1) });
              setMode(none ? 'firstData' : 'header');
            }}
            mb={6}
          />
        </Group>
        <TableScroll>
          <Table
            aria-label={title}
            withColumnBorders
            striped={false}
            style={{ minWidth: 90 + 210 * candidate.columns }}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={90}>
                  {t('planMapping.row')}
                </Table.Th>
                {mapping.roles.map((role, column) => (
                  <Table.Th scope="col" key={column} miw={210}>
                    <NativeSelect
                      aria-label={t('planMapping.column', { column: column + 1 })}
                      data={roleOptions}
                      value={role}
                      onChange={(event) =>
                        change({
                          roles: mapping.roles.map((r, i) => (i === column ? (event.currentTarget.value as Role) : r)),
                        })
                      }
                    />
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidate.cells.map((cells, index) => {
                const row = index + 1;
                const isHeader = mapping.headerRow === row;
                const isFirstData = mapping.firstDataRow === row;
                const skipped = row < mapping.firstDataRow && !isHeader;
                return (
                  <Table.Tr
                    key={row}
                    onClick={() => pickRow(row)}
                    style={{ cursor: 'pointer', opacity: skipped ? 0.55 : 1 }}
                    bg={isHeader ? 'blue.0' : isFirstData ? 'green.0' : undefined}
                    data-row={row}
                  >
                    <Table.Td>
                      <UnstyledButton
                        aria-label={t('planMapping.rowButton', { row })}
                        aria-pressed={isHeader || isFirstData}
                        onClick={(event) => {
                          event.stopPropagation();
                          pickRow(row);
                        }}
                      >
                        <Text size="sm">{row}</Text>
                      </UnstyledButton>
                      {isHeader && (
                        <Badge size="xs" color="blue" variant="light" display="block">
                          {t('planMapping.headerBadge')}
                        </Badge>
                      )}
                      {isFirstData && (
                        <Badge size="xs" color="green" variant="light" display="block">
                          {t('planMapping.firstDataBadge')}
                        </Badge>
                      )}
                    </Table.Td>
                    {cells.map((text, column) => (
                      <Table.Td key={column} fw={isHeader ? 600 : undefined}>
                        <Text size="sm" lineClamp={4} style={{ whiteSpace: 'pre-line' }}>
                          {text}
                        </Text>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
        <Text size="xs" c="dimmed">
          {candidate.cells.length < candidate.rows
            ? t('planMapping.shownRows', {
                shown: formatNumberVi(candidate.cells.length),
                total: formatNumberVi(candidate.rows),
              })
            : t('planMapping.allRows', { total: formatNumberVi(candidate.rows) })}
        </Text>
        {error && (
          <Alert color={stale ? 'orange' : 'red'} role="alert" title={t('planMapping.failed')}>
            <Stack gap="xs" align="flex-start">
              {error}
              {stale && (
                <Button size="xs" variant="white" onClick={() => void reload()}>
                  {t('common.reload')}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        <Group>
          <Button onClick={() => void apply()} loading={saving}>
            {t('planMapping.apply')}
          </Button>
        </Group>
        {confirmDialog}
      </Stack>
    </Section>
  );
}

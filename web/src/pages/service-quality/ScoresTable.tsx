import { Badge, Group, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { ServiceQualityRowView } from '../../../../src/contracts/service-quality.js';
import { SERVICE_QUALITY_GROUPS } from '../../../../src/domain/service-quality/groups.js';
import type { ServiceQualityView } from '../../api/service-quality.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { EmptyState } from '../../components/EmptyState.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { DOSSIER_COLUMNS, firstDirection, sortRows, type Sort, type SortKey } from '../../service-quality/sort.js';

const points = (n: number | null, none: string) => (n === null ? none : formatNumberVi(n, 2, 2));
const percent = (n: number | null, none: string) => (n === null ? none : `${formatNumberVi(n, 2)}%`);
const count = (n: number | null, none: string) => (n === null ? none : formatNumberVi(n));

/** The units of the level with the six groups, total, rank and dossier figures; the level's row first. Sortable. */
export function ScoresTable({ data }: { data: ServiceQualityView }) {
  const t = useT();
  const [sort, setSort] = useState<Sort>({ key: data.scope === 'unit' ? 'unit' : 'rank', descending: false });
  const rows = sortRows(data.rows, sort);
  const none = t('common.none');
  const levelName = data.scope === 'unit' ? '' : t(`sq.level.${data.scope}`);

  const header = (key: SortKey, label: ReactNode, numeric = true) => {
    const active = sort.key === key;
    return (
      <Table.Th
        key={key}
        scope="col"
        ta={numeric ? 'right' : undefined}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      >
        <UnstyledButton
          onClick={() =>
            setSort(active ? { key, descending: !sort.descending } : { key, descending: firstDirection(key) })
          }
          aria-label={t('sq.sortBy', { column: typeof label === 'string' ? label : key })}
          fz="sm"
          fw={700}
        >
          {label}
          {active ? (sort.descending ? ' ↓' : ' ↑') : ''}
        </UnstyledButton>
      </Table.Th>
    );
  };

  const line = (row: ServiceQualityRowView, level: boolean) => (
    <Table.Tr key={row.unitId ?? 'level'} fw={level ? 600 : undefined} data-unit={row.unitCode ?? undefined}>
      <Table.Td>
        {row.rank === null ? none : `${formatNumberVi(row.rank)}/${formatNumberVi(row.rankedOf ?? 0)}`}
      </Table.Td>
      <Table.Th scope="row" fw={level ? 700 : 400}>
        {level ? t('sq.levelRow', { level: levelName }) : row.unitName}
      </Table.Th>
      {row.groups.map((g) => (
        <Table.Td key={g.group} ta="right">
          <Group gap={4} justify="flex-end" wrap="nowrap">
            {g.published === null ? (
              <Text span c="dimmed" title={t('sq.noData')}>
                {none}
              </Text>
            ) : (
              points(g.published, none)
            )}
            {g.differs && (
              <Tooltip
                label={t('sq.differs', {
                  published: points(g.published, none),
                  recomputed: points(g.recomputed, none),
                })}
              >
                <Badge
                  color="orange"
                  variant="light"
                  size="sm"
                  aria-label={t('sq.differs', {
                    published: points(g.published, none),
                    recomputed: points(g.recomputed, none),
                  })}
                >
                  {t('sq.differsMark')}
                </Badge>
              </Tooltip>
            )}
          </Group>
        </Table.Td>
      ))}
      <Table.Td ta="right" fw={700}>
        {points(row.total, none)}
      </Table.Td>
      <Table.Td ta="right">{count(row.dossiers.received, none)}</Table.Td>
      <Table.Td ta="right">{percent(row.dossiers.onTimeRate, none)}</Table.Td>
      <Table.Td ta="right">{count(row.dossiers.late, none)}</Table.Td>
      <Table.Td ta="right">
        {row.unitId && (row.dossiers.lateWithoutApology ?? 0) > 0 ? (
          <AnchorLink
            to="/chat-luong-phuc-vu/don-vi/$unitId/tre-han"
            params={{ unitId: row.unitId }}
            search={{ year: data.year, span: data.span, level: data.scope === 'unit' ? undefined : data.scope }}
            c="red"
            aria-label={t('sq.lateLink', {
              count: formatNumberVi(row.dossiers.lateWithoutApology!),
              unit: row.unitName,
            })}
          >
            {formatNumberVi(row.dossiers.lateWithoutApology!)}
          </AnchorLink>
        ) : (
          count(row.dossiers.lateWithoutApology, none)
        )}
      </Table.Td>
      <Table.Td ta="right">{percent(row.dossiers.onlineRate, none)}</Table.Td>
      <Table.Td ta="right">{percent(row.dossiers.paidOnlineRate, none)}</Table.Td>
      <Table.Td ta="right">{percent(row.dossiers.digitisedRate, none)}</Table.Td>
    </Table.Tr>
  );

  return (
    <>
      <Table striped aria-label={t('sq.scores')} miw={1580} fz="sm">
        <Table.Thead>
          <Table.Tr>
            {header('rank', t('sq.col.rank'), false)}
            {header('unit', t('sq.col.unit'), false)}
            {SERVICE_QUALITY_GROUPS.map((group) => header(group, t(`sq.group.${group}`)))}
            {header('total', t('sq.col.total'))}
            {DOSSIER_COLUMNS.map((column) => header(column, t(`sq.col.${column}`)))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.levelRow && line(data.levelRow, true)}
          {rows.map((row) => line(row, false))}
        </Table.Tbody>
      </Table>
      {data.levelRow && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('sq.levelRowHint')}
        </Text>
      )}
      {!rows.length && <EmptyState inline>{t('sq.noUnits')}</EmptyState>}
    </>
  );
}

import { Alert, Badge, Button, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  downloads,
  resultsQuery,
  roundsQuery,
  type RoundDetail,
  type RoundResults as Results,
} from '../../api/scoring.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { useT } from '../../i18n/I18nProvider.js';
import { formatPercentVi, formatPointsVi } from './scoring-format.js';
import { TableScroll } from '../../components/TableScroll.js';
import { bandLabel } from '../../scoring/band.js';

const GROUP_KEYS: Record<
  string,
  'scoring.group.department' | 'scoring.group.commune' | 'scoring.group.district' | 'scoring.group.province'
> = {
  department: 'scoring.group.department',
  commune: 'scoring.group.commune',
  district: 'scoring.group.district',
  province: 'scoring.group.province',
};

/** Totals per area and overall, the index, bands, ranking within each group, year over year, and where points were lost. */
export function RoundResults({ round }: { round: RoundDetail }) {
  const t = useT();
  const [previousRoundId, setPrevious] = useState<string | null>(null);
  const { data: rounds } = useQuery(roundsQuery);
  const { data, isError, error, isFetching } = useQuery({
    ...resultsQuery(round.id, previousRoundId ?? undefined),
    placeholderData: keepPreviousData,
  });
  const earlier = (rounds ?? []).filter(
    (r) =>
      r.id !== round.id &&
      r.criteriaSet.subject === round.criteriaSet.subject &&
      r.criteriaSet.year <= round.criteriaSet.year,
  );

  if (isError) return <Alert color="red">{error.message}</Alert>;
  if (!data) return <Loader size="sm" aria-label={t('app.loading')} />;
  const groups = [...new Set(data.units.map((u) => u.rankGroup))];
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group gap="xs">
          {data.provisional ? (
            <Badge color="orange">{t('scoring.results.provisional')}</Badge>
          ) : (
            <Badge color="green">{t('scoring.results.official')}</Badge>
          )}
          {isFetching && <Loader size="xs" aria-label={t('app.loading')} />}
        </Group>
        <Group align="flex-end">
          <Select
            label={t('scoring.results.compareWith')}
            placeholder={t('scoring.results.noComparison')}
            data={earlier.map((r) => ({ value: r.id, label: r.name }))}
            value={previousRoundId}
            onChange={setPrevious}
            clearable
            disabled={earlier.length === 0}
            w={320}
          />
          <Button component="a" href={downloads.results(round.id, 'xlsx')} download variant="default">
            {t('scoring.results.exportXlsx')}
          </Button>
          <Button component="a" href={downloads.results(round.id, 'docx')} download variant="default">
            {t('scoring.results.exportDocx')}
          </Button>
        </Group>
      </Group>
      {groups.map((group) => (
        <GroupTable
          key={group}
          title={GROUP_KEYS[group] ? t(GROUP_KEYS[group]) : group}
          results={data}
          units={data.units.filter((u) => u.rankGroup === group)}
          roundId={round.id}
          compared={previousRoundId !== null}
        />
      ))}
      <PointsLost results={data} />
      {data.consistency.length > 0 && (
        <Alert color="yellow" title={t('scoring.results.consistency')}>
          {data.consistency.map((c, i) => (
            <Text key={i} size="sm">
              {c.message}
            </Text>
          ))}
        </Alert>
      )}
    </Stack>
  );
}

function GroupTable({
  title,
  results,
  units,
  roundId,
  compared,
}: {
  title: string;
  results: Results;
  units: Results['units'];
  roundId: string;
  compared: boolean;
}) {
  const t = useT();
  const caption = t('scoring.results.ranking', { group: title });
  return (
    <section aria-label={caption}>
      <Title order={3} size="h5" mb={4}>
        {caption}
      </Title>
      <TableScroll>
        <Table aria-label={caption} striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('scoring.results.rank')}</Table.Th>
              <Table.Th>{t('scoring.results.unit')}</Table.Th>
              {results.areas.map((a) => (
                <Table.Th key={a.code} title={a.title}>
                  {t('scoring.results.area', { code: a.code })}
                </Table.Th>
              ))}
              <Table.Th>{t('scoring.results.total')}</Table.Th>
              <Table.Th>{t('scoring.results.index')}</Table.Th>
              <Table.Th>{t('scoring.results.band')}</Table.Th>
              {compared && <Table.Th>{t('scoring.results.previous')}</Table.Th>}
              <Table.Th>{t('scoring.results.lostMost')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {units.map((u) => (
              <Table.Tr key={u.unitId}>
                <Table.Td>
                  {u.rank}/{u.of}
                </Table.Td>
                <Table.Td miw={160}>
                  <AnchorLink to="/cham-diem/dot/$roundId/don-vi/$unitId" params={{ roundId, unitId: u.unitId }}>
                    {u.name}
                  </AnchorLink>
                </Table.Td>
                {results.areas.map((a) => (
                  <Table.Td key={a.code}>{formatPointsVi(u.areas.find((x) => x.code === a.code)?.points)}</Table.Td>
                ))}
                <Table.Td fw={600}>
                  {formatPointsVi(u.total)}/{formatPointsVi(u.effectiveMax)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatPercentVi(u.percent)}</Table.Td>
                <Table.Td>{u.band ? bandLabel(t, u.band) : '—'}</Table.Td>
                {compared && (
                  <Table.Td>
                    {u.previous
                      ? t('scoring.results.previousValue', {
                          rank: u.previous.rank ?? '—',
                          percent: formatPercentVi(u.previous.percent),
                          delta: formatPointsVi(u.previous.deltaPercent),
                        })
                      : '—'}
                  </Table.Td>
                )}
                <Table.Td>
                  <Text size="xs">
                    {u.lostMost.map((l) => `${l.code} (−${formatPointsVi(l.lost)})`).join(', ') || '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </section>
  );
}

function PointsLost({ results }: { results: Results }) {
  const t = useT();
  const lost = results.pointsLost.filter((c) => c.totalLost > 0).slice(0, 20);
  const caption = t('scoring.results.pointsLost');
  return (
    <section aria-label={caption}>
      <Title order={3} size="h5" mb={4}>
        {caption}
      </Title>
      {lost.length === 0 ? (
        <Text size="sm">{t('scoring.results.nothingLost')}</Text>
      ) : (
        <TableScroll>
          <Table aria-label={caption} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('scoring.results.criterion')}</Table.Th>
                <Table.Th>{t('scoring.results.max')}</Table.Th>
                <Table.Th>{t('scoring.results.unitsLosing')}</Table.Th>
                <Table.Th>{t('scoring.results.totalLost')}</Table.Th>
                <Table.Th>{t('scoring.results.averageLost')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lost.map((c) => (
                <Table.Tr key={c.code}>
                  <Table.Td>
                    {c.code}. {c.title}
                  </Table.Td>
                  <Table.Td>{formatPointsVi(c.maxPoints)}</Table.Td>
                  <Table.Td>
                    {c.unitsLosing}/{c.units}
                  </Table.Td>
                  <Table.Td>{formatPointsVi(c.totalLost)}</Table.Td>
                  <Table.Td>{formatPointsVi(c.averageLost)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

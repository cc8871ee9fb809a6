import { getRouteApi } from '@tanstack/react-router';
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { walk } from '../../../../src/domain/scoring/tree.js';
import type { CriteriaNode, LeafEntry } from '../../../../src/domain/scoring/types.js';
import { isApiError } from '../../api/client.js';
import { criteriaSetQuery, planWhatIf, type CriteriaSetDetail, type WhatIfResult } from '../../api/scoring.js';
import { BackLink } from '../../components/AnchorLink.js';
import { PageShell } from '../../components/PageShell.js';
import { useT } from '../../i18n/I18nProvider.js';
import { LeafInput } from './LeafInput.js';
import { formatPercentVi, formatPointsVi } from './scoring-format.js';
import { TableScroll } from '../../components/TableScroll.js';
import { NumberField } from '../../components/NumberField.js';

const whatIfRoute = getRouteApi('/app/cham-diem/bo-tieu-chi/$setId/phuong-an');

/** What-if for the province's PAR INDEX: last year's points and a target per area → what each criterion must reach. */
export function WhatIfPage() {
  const t = useT();
  const { setId } = whatIfRoute.useParams();
  const query = useQuery(criteriaSetQuery(setId));
  return (
    <PageShell
      back={
        <BackLink to="/cham-diem/bo-tieu-chi/$setId" params={{ setId }}>
          {t('scoring.whatIf.back')}
        </BackLink>
      }
      query={query}
    >
      {(detail) => <Planner detail={detail} />}
    </PageShell>
  );
}

function Planner({ detail }: { detail: CriteriaSetDetail }) {
  const t = useT();
  const areas = detail.content.nodes;
  const leavesByArea = useMemo(
    () =>
      new Map(
        areas.map((area) => [
          area.code,
          walk([area])
            .map((v) => v.node)
            .filter((n): n is CriteriaNode => n.method !== undefined),
        ]),
      ),
    [areas],
  );
  const [entries, setEntries] = useState<Record<string, LeafEntry>>({});
  const [targets, setTargets] = useState<Record<string, number>>({});
  const [result, setResult] = useState<WhatIfResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [fromYear, setFromYear] = useState<number | null>(new Date().getFullYear() - 1);

  /** Last year's entries filled from the province's PAR INDEX published for that year (the indices tracker). */
  const startFromPublished = async () => {
    if (fromYear === null) return;
    setError(null);
    setBusy(true);
    try {
      const started = await planWhatIf(detail.id, { entries: {}, targets, fromPublishedYear: fromYear });
      if (started.start) setEntries(started.start.entries);
      setResult(started);
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setBusy(false);
    }
  };

  const plan = async () => {
    setError(null);
    setBusy(true);
    try {
      setResult(await planWhatIf(detail.id, { entries, targets }));
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div>
        <Title order={1}>{t('scoring.whatIf.title')}</Title>
        <Text c="dimmed" size="sm">
          {detail.name} — {t('scoring.whatIf.intro')}
        </Text>
      </div>
      <Group align="flex-end">
        <NumberField label={t('scoring.whatIf.fromYear')} value={fromYear} onChange={setFromYear} integer w={260} />
        <Button variant="light" onClick={() => void startFromPublished()} loading={busy}>
          {t('scoring.whatIf.fromPublished')}
        </Button>
      </Group>
      {result?.start && (
        <Alert role="status" title={t('scoring.whatIf.started', { year: result.start.year, name: result.start.name })}>
          {result.start.areas
            .filter((a) => a.note)
            .map((a) => (
              <Text size="sm" key={a.code}>
                {a.code}. {a.title}: {a.note}
              </Text>
            ))}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {areas.map((area) => (
          <Paper key={area.code} withBorder p="sm" component="section" aria-label={`${area.code}. ${area.title}`}>
            <Stack gap="xs">
              <Text fw={600}>
                {area.code}. {area.title} <Badge variant="light">{formatPointsVi(area.maxPoints)}</Badge>
              </Text>
              {(leavesByArea.get(area.code) ?? []).map((leaf) => (
                <LeafInput
                  key={leaf.code}
                  node={leaf}
                  value={entries[leaf.code] ?? null}
                  onChange={(entry) => setEntries((all) => ({ ...all, [leaf.code]: entry }))}
                  label={t('scoring.whatIf.lastYear', {
                    code: leaf.code,
                    title: leaf.title,
                    max: formatPointsVi(leaf.maxPoints),
                  })}
                />
              ))}
              <NumberField
                label={t('scoring.whatIf.target', { code: area.code })}
                min={0}
                max={area.maxPoints ?? undefined}
                value={targets[area.code] ?? null}
                onChange={(v) =>
                  setTargets((all) => {
                    const next = { ...all };
                    if (v !== null && Number.isFinite(v)) next[area.code] = v;
                    else delete next[area.code];
                    return next;
                  })
                }
                w={260}
              />
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      <Group>
        <Button onClick={() => void plan()} loading={busy}>
          {t('scoring.whatIf.run')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" role="alert" style={{ whiteSpace: 'pre-line' }}>
          {error}
        </Alert>
      )}
      {result && <PlanView result={result} />}
    </>
  );
}

function PlanView({ result }: { result: WhatIfResult }) {
  const t = useT();
  return (
    <Paper withBorder p="md" component="section" aria-label={t('scoring.whatIf.result')}>
      <Stack>
        <Title order={2} size="h4">
          {t('scoring.whatIf.result')}
        </Title>
        <Text>
          {t('scoring.whatIf.totals', {
            lastYear: formatPointsVi(result.lastYear.total),
            percent: formatPercentVi(result.lastYear.percent),
            planned: formatPointsVi(result.total.planned),
          })}
        </Text>
        {result.problems.map((p, i) => (
          <Alert key={i} color="yellow">
            {p}
          </Alert>
        ))}
        {result.areas.map((area) => (
          <div key={area.code}>
            <Group gap="xs" mb={4}>
              <Text fw={600}>
                {area.code}. {area.title}
              </Text>
              <Text size="sm">
                {t('scoring.whatIf.areaLine', {
                  current: formatPointsVi(area.current),
                  target: formatPointsVi(area.target),
                  planned: formatPointsVi(area.planned),
                  max: formatPointsVi(area.maxPoints),
                })}
              </Text>
              {area.feasible ? (
                <Badge color="green">{t('scoring.whatIf.feasible')}</Badge>
              ) : (
                <Badge color="red">{t('scoring.whatIf.shortfall', { points: formatPointsVi(area.shortfall) })}</Badge>
              )}
            </Group>
            <TableScroll>
              <Table withTableBorder aria-label={t('scoring.whatIf.tableOf', { code: area.code })}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('scoring.results.criterion')}</Table.Th>
                    <Table.Th>{t('scoring.whatIf.current')}</Table.Th>
                    <Table.Th>{t('scoring.whatIf.required')}</Table.Th>
                    <Table.Th>{t('scoring.whatIf.increase')}</Table.Th>
                    <Table.Th>{t('scoring.results.max')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {area.leaves.map((leaf) => (
                    <Table.Tr key={leaf.code}>
                      <Table.Td>
                        {leaf.code}. {leaf.title}{' '}
                        {leaf.source === 'survey' && (
                          <Badge size="xs" color="grape">
                            {t('scoring.source.survey')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{formatPointsVi(leaf.current)}</Table.Td>
                      <Table.Td fw={600}>
                        {formatPointsVi(leaf.required)}
                        {leaf.requiredValue ? ` (${leaf.requiredValue})` : ''}
                      </Table.Td>
                      <Table.Td>{leaf.increase > 0 ? `+${formatPointsVi(leaf.increase)}` : '—'}</Table.Td>
                      <Table.Td>{formatPointsVi(leaf.maxPoints)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

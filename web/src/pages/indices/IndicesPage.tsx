import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  FileButton,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { endpoints } from '../../../../src/contracts/endpoints/index.js';
import { reachesEverywhere } from '../../../../src/domain/access/policy.js';
import { call, upload } from '../../api/client.js';
import { indexSourceUrl, indexTrackerQuery, lostPointsQuery } from '../../api/indices.js';
import { planListQuery } from '../../api/plans.js';
import { useCurrentUser } from '../../api/session.js';
import { unitTreeQuery } from '../../api/units.js';
import { FormDialog } from '../../components/FormDialog.js';
import { NumberField } from '../../components/NumberField.js';
import { PageShell } from '../../components/PageShell.js';
import { Section } from '../../components/Section.js';
import { TableScroll } from '../../components/TableScroll.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { indexChartOption } from '../../indices/chart-options.js';
import { ChartPanel } from '../dashboard/ChartPanel.js';
import { AddIndexButton, AddTargetButton, SourceUpload } from './IndexForms.js';

const points = (x: number | null | undefined) => (x === null || x === undefined ? '—' : formatNumberVi(x, 2));
const VERDICT_COLOR = { met: 'green', not_met: 'red', no_data: 'gray' } as const;

/** "Chỉ số quốc gia": the province's national indices by year, with chart, table, targets and points lost. */
export function IndicesPage() {
  const t = useT();
  const user = useCurrentUser();
  const manages = reachesEverywhere(user, 'indices.manage');
  const query = useQuery(indexTrackerQuery);
  const client = useQueryClient();
  const [code, setCode] = useState('PAR_INDEX');
  const [resultId, setResultId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const index = query.data?.indices.find((i) => i.code === code);
  const reload = () => client.invalidateQueries({ queryKey: ['indices'] });
  const byYear = useMemo(() => {
    const rows = index?.own ?? [];
    const years = [...new Set(rows.map((r) => r.year))];
    // A year with two provinces (before a merger) has no single point: its rows stay in the table.
    return years.map((year) => {
      const of = rows.filter((r) => r.year === year);
      return { year, score: of.length === 1 ? of[0]!.score : null, rank: of.length === 1 ? of[0]!.rank : null };
    });
  }, [index]);
  const option = useMemo(() => indexChartOption(byYear, { score: t('ix.score'), rank: t('ix.rank') }), [byYear, t]);

  const importFile = async (file: File | null) => {
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    try {
      const done = await upload(endpoints.importIndexResults, {}, form);
      setMessage(t('ix.imported', { count: done.imported }));
      await reload();
    } catch (error) {
      const details = (error as { details?: { errors?: { message: string }[] } }).details;
      setMessage([(error as Error).message, ...(details?.errors ?? []).map((e) => e.message)].join('\n'));
    }
  };

  return (
    <PageShell
      title={t('ix.title')}
      intro={t('ix.intro')}
      actions={
        manages && (
          <Group>
            <EnterResult code={code} onDone={reload} />
            <AddIndexButton
              onAdded={(added) => {
                setCode(added);
                setResultId(null);
              }}
            />
            <FileButton onChange={(f) => void importFile(f)} accept=".xlsx,.csv">
              {(props) => (
                <Button variant="light" {...props}>
                  {t('ix.import')}
                </Button>
              )}
            </FileButton>
          </Group>
        )
      }
      actionsAlign="flex-end"
    >
      {message && (
        <Alert role="status" style={{ whiteSpace: 'pre-line' }} onClose={() => setMessage(null)} withCloseButton>
          {message}
        </Alert>
      )}
      <Select
        label={t('ix.index')}
        maw={420}
        allowDeselect={false}
        data={(query.data?.indices ?? []).map((i) => ({ value: i.code, label: i.name }))}
        value={code}
        onChange={(v) => {
          setCode(v ?? 'PAR_INDEX');
          setResultId(null);
        }}
      />
      {index && (
        <>
          <ChartPanel
            title={t('ix.chart')}
            hint={t('ix.chartHint')}
            periodLabel={index.code}
            caption={index.name}
            option={option}
            height={300}
          >
            <TableScroll>
              <Table striped aria-label={`${t('ix.chart')}: ${index.name}`} miw={640}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('ix.year')}</Table.Th>
                    <Table.Th scope="col">{t('ix.province')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('ix.score')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('ix.rank')}
                    </Table.Th>
                    <Table.Th scope="col">{t('ix.change')}</Table.Th>
                    <Table.Th scope="col">{t('ix.source')}</Table.Th>
                    <Table.Th scope="col" />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {index.own.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Th scope="row" fw={400}>
                        {r.year}
                      </Table.Th>
                      <Table.Td>{r.name}</Table.Td>
                      <Table.Td ta="right">{points(r.score)}</Table.Td>
                      <Table.Td ta="right">{r.rank === null ? '—' : `${r.rank}/${r.rankOf ?? '—'}`}</Table.Td>
                      <Table.Td>
                        {r.comparisons.map((c) => (
                          <Text size="sm" key={c.against}>
                            {r.comparisons.length > 1 ? `${c.against}: ` : ''}
                            {c.text}
                          </Text>
                        ))}
                      </Table.Td>
                      <Table.Td>
                        {r.sourceFile ? (
                          <Anchor href={indexSourceUrl(r.id)} download>
                            {r.sourceFile.fileName}
                          </Anchor>
                        ) : (
                          r.sourceNote || '—'
                        )}
                        {manages && <SourceUpload resultId={r.id} year={r.year} onMessage={setMessage} />}
                      </Table.Td>
                      <Table.Td>
                        <Button size="xs" variant="subtle" onClick={() => setResultId(r.id)}>
                          {t('ix.lost')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </ChartPanel>
          <Section title={t('ix.targets')}>
            <Stack gap="xs">
              {manages && (
                <Group>
                  <AddTargetButton code={index.code} />
                </Group>
              )}
              {index.targets.length === 0 && <Text c="dimmed">{t('ix.none')}</Text>}
              {index.targets.map((target) => (
                <Group key={target.id} gap="sm">
                  <Badge color={VERDICT_COLOR[target.verdict]}>{t(`ix.verdict.${target.verdict}`)}</Badge>
                  <Text size="sm">
                    {target.year}: {target.text} — {target.verdictText}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Section>
          {index.peers.length > 0 && (
            <Section title={t('ix.peers')}>
              <Table striped miw={420} aria-label={t('ix.peers')}>
                <Table.Tbody>
                  {index.peers.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>{r.year}</Table.Td>
                      <Table.Td>{r.name}</Table.Td>
                      <Table.Td ta="right">{points(r.score)}</Table.Td>
                      <Table.Td ta="right">{r.rank === null ? '—' : `${r.rank}/${r.rankOf ?? '—'}`}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Section>
          )}
          {resultId && <LostPoints resultId={resultId} manages={manages} />}
        </>
      )}
    </PageShell>
  );
}

function LostPoints({ resultId, manages }: { resultId: string; manages: boolean }) {
  const t = useT();
  const { data } = useQuery(lostPointsQuery(resultId));
  const [assigning, setAssigning] = useState<{ area: string; criterion: string | null; name: string } | null>(null);
  if (!data) return null;
  return (
    <Section title={t('ix.lostTitle', { year: data.result.year, name: data.result.name })}>
      <Text size="sm">{t('ix.totalLost', { lost: points(data.totalLost) })}</Text>
      <TableScroll>
        <Table striped miw={640} aria-label={t('ix.lost')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('ix.area')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('ix.score')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('ix.max')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('ix.lost')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('ix.lastYear')}
              </Table.Th>
              <Table.Th scope="col">{t('ix.work')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.lines.map((line) => (
              <Table.Tr key={line.code}>
                <Table.Th scope="row" fw={line.parent ? 400 : 600} pl={line.parent ? 'lg' : undefined}>
                  {line.code}. {line.name}
                </Table.Th>
                <Table.Td ta="right">{points(line.score)}</Table.Td>
                <Table.Td ta="right">{points(line.maxPoints)}</Table.Td>
                <Table.Td ta="right">{line.lost === null ? t('ix.none') : points(line.lost)}</Table.Td>
                <Table.Td ta="right">{points(line.lastYearLost)}</Table.Td>
                <Table.Td>
                  {line.work.map((w) => (
                    <Text size="sm" key={w.id}>
                      {w.unitName}
                    </Text>
                  ))}
                  {manages && line.lost !== null && line.lost > 0 && (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() =>
                        setAssigning({
                          area: line.parent ?? line.code,
                          criterion: line.parent ? line.code : null,
                          name: `${line.code}. ${line.name}`,
                        })
                      }
                    >
                      {t('ix.assign')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {data.consistency.length > 0 && (
        <Alert color="yellow" title={t('ix.consistency')}>
          {data.consistency.map((d) => (
            <Text size="sm" key={`${d.check}-${d.code}`}>
              {d.message}
            </Text>
          ))}
        </Alert>
      )}
      {assigning && <AssignDialog resultId={resultId} item={assigning} onClose={() => setAssigning(null)} />}
    </Section>
  );
}

function AssignDialog({
  resultId,
  item,
  onClose,
}: {
  resultId: string;
  item: { area: string; criterion: string | null; name: string };
  onClose: () => void;
}) {
  const t = useT();
  const client = useQueryClient();
  const units = useQuery(unitTreeQuery);
  const plans = useQuery(planListQuery);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [planId, setPlanId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async () => {
    if (!unitId || !planId) return setError(`${t('ix.agency')} / ${t('ix.plan')}`);
    setPending(true);
    try {
      await call(endpoints.createLostPointsWork, {
        params: { id: resultId },
        body: { areaCode: item.area, criterionCode: item.criterion, unitId, planId },
      });
      await client.invalidateQueries({ queryKey: ['indices'] });
      onClose();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setPending(false);
    }
  };
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('ix.assignTitle', { area: item.name })}
      error={error}
      submitLabel={t('ix.assign')}
      pending={pending}
      onSubmit={() => void submit()}
    >
      <Select
        label={t('ix.agency')}
        searchable
        data={(units.data ?? []).filter((u) => u.kind === 'department').map((u) => ({ value: u.id, label: u.name }))}
        value={unitId}
        onChange={setUnitId}
      />
      <Select
        label={t('ix.plan')}
        data={(plans.data ?? []).filter((p) => !p.archived).map((p) => ({ value: p.id, label: p.name }))}
        value={planId}
        onChange={setPlanId}
      />
    </FormDialog>
  );
}

function EnterResult({ code, onDone }: { code: string; onDone: () => Promise<void> }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState<number | null>(new Date().getFullYear() - 1);
  const [province, setProvince] = useState('');
  const [label, setLabel] = useState('');
  const [own, setOwn] = useState(true);
  const [score, setScore] = useState<number | null>(null);
  const [rank, setRank] = useState<number | null>(null);
  const [rankOf, setRankOf] = useState<number | null>(34);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async () => {
    setPending(true);
    try {
      await call(endpoints.recordIndexResult, {
        params: { code },
        body: {
          year: year ?? 0,
          province,
          label,
          own,
          score,
          rank,
          rankOf,
          areas: [],
          declaredSums: [],
          sourceNote: '',
        },
      });
      await onDone();
      setOpen(false);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('ix.enter')}</Button>
      <FormDialog
        opened={open}
        onClose={() => setOpen(false)}
        title={t('ix.enter')}
        error={error}
        submitLabel={t('ix.save')}
        pending={pending}
        onSubmit={() => void submit()}
      >
        <NumberField label={t('ix.year')} value={year} onChange={setYear} integer />
        <TextInput label={t('ix.province')} value={province} onChange={(e) => setProvince(e.currentTarget.value)} />
        <TextInput label={t('ix.label')} value={label} onChange={(e) => setLabel(e.currentTarget.value)} />
        <Checkbox label={t('ix.own')} checked={own} onChange={(e) => setOwn(e.currentTarget.checked)} />
        <NumberField label={t('ix.score')} value={score} onChange={setScore} />
        <NumberField label={t('ix.rank')} value={rank} onChange={setRank} integer />
        <NumberField label={t('ix.rankOf')} value={rankOf} onChange={setRankOf} integer />
      </FormDialog>
    </>
  );
}
